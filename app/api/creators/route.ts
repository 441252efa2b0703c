// GET /api/creators – one page of the workspace's creators (?q, status, campaign, country, brief, sort, dir, page, limit ≤ 50).
// POST /api/creators – create a creator with contract v1 and, unless invite is false, a one-time invite link.
import { parseJson } from "@/lib/api/body";
import { appOrigin } from "@/lib/api/same-origin";
import { withWorkspace } from "@/lib/api/with-workspace";
import { listCreatorPage, parseCreatorListState, parseCreatorPageSize } from "@/lib/creators/list";
import { createCreator } from "@/lib/creators/mutate";
import { createCreatorSchema } from "@/lib/creators/schema";
import { inviteAnswer } from "@/lib/invites/issue";

export const GET = withWorkspace("creators.read", async ({ req, ctx }) => {
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const { rows, total, pageSize } = await listCreatorPage(ctx.workspace.id, parseCreatorListState(params), parseCreatorPageSize(params));
  return { creators: rows, total, pageSize };
});

export const POST = withWorkspace("creators.write", async ({ req, ctx }) => {
  const { creator, invite } = await createCreator(ctx, await parseJson(req, createCreatorSchema));
  return Response.json({ creator, ...(invite ? await inviteAnswer(ctx, appOrigin(req.url), invite) : {}) }, { status: 201 });
});
