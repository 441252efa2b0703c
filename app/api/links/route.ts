// GET /api/links – links and coupon codes of the workspace.
// POST /api/links – create a tracking link (destination checked against the merchant's allow-list).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { listLinksAndCoupons } from "@/lib/links/list";
import { createLink } from "@/lib/links/mutate";
import { createLinkSchema } from "@/lib/links/schema";

export const GET = withWorkspace("links.read", async ({ ctx }) => listLinksAndCoupons({ workspaceId: ctx.workspace.id }));

export const POST = withWorkspace("links.write", async ({ req, ctx }) => {
  const link = await createLink(ctx, await parseJson(req, createLinkSchema));
  return Response.json({ link }, { status: 201 });
});
