// POST /api/invites – invite a teammate with a role (owners only); answers the one-time link, shown once.
import { parseJson } from "@/lib/api/body";
import { appOrigin } from "@/lib/api/same-origin";
import { withWorkspace } from "@/lib/api/with-workspace";
import { inviteTeammate } from "@/lib/invites/create";
import { inviteAnswer } from "@/lib/invites/issue";
import { teammateInviteSchema } from "@/lib/invites/schema";

export const POST = withWorkspace("members.manage", async ({ req, ctx }) =>
  Response.json(await inviteAnswer(ctx, appOrigin(req.url), await inviteTeammate(ctx, await parseJson(req, teammateInviteSchema))), { status: 201 }),
);
