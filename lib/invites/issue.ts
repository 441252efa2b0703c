// What the API answers after making an invite: the link (shown once) and
// whether it was emailed.
import type { AuthContext } from "@/lib/auth/context";
import { sendInviteEmail } from "./email";
import type { NewInvite } from "./create";
import { inviteUrl } from "./token";

export async function inviteAnswer(ctx: AuthContext, origin: string, invite: NewInvite) {
  const url = inviteUrl(origin, invite.token);
  const email = await sendInviteEmail({ to: invite.email, url, workspaceName: ctx.workspace.name, role: invite.role, expiresAt: invite.expiresAt });
  return { invite: { id: invite.id, email: invite.email, role: invite.role, expiresAt: invite.expiresAt, url }, email };
}
