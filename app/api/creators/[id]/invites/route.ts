// POST /api/creators/{id}/invites – a new one-time invite link for the creator (earlier open links stop working).
import { appOrigin } from "@/lib/api/same-origin";
import { withWorkspace } from "@/lib/api/with-workspace";
import { inviteCreator } from "@/lib/invites/create";
import { inviteAnswer } from "@/lib/invites/issue";

export const POST = withWorkspace<{ id: string }>("creators.write", async ({ req, params, ctx }) =>
  Response.json(await inviteAnswer(ctx, appOrigin(req.url), await inviteCreator(ctx, params.id)), { status: 201 }),
);
