// PATCH /api/members/{id} – change a teammate's role; DELETE – remove them. Owners only; either ends their sessions.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { changeRole, removeMember } from "@/lib/members/mutate";
import { changeRoleSchema } from "@/lib/members/schema";

export const PATCH = withWorkspace<{ id: string }>("members.manage", async ({ req, params, ctx }) => ({ member: await changeRole(ctx, params.id, await parseJson(req, changeRoleSchema)) }));

export const DELETE = withWorkspace<{ id: string }>("members.manage", async ({ params, ctx }) => {
  await removeMember(ctx, params.id);
  return { removed: params.id };
});
