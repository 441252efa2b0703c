// POST /api/invites/{id}/revoke – withdraw an open teammate invite (owners only).
import { withWorkspace } from "@/lib/api/with-workspace";
import { revokeInvite } from "@/lib/invites/create";

export const POST = withWorkspace<{ id: string }>("members.manage", async ({ params, ctx }) => {
  await revokeInvite(ctx, params.id, "team");
  return { revoked: params.id };
});
