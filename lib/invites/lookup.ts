// Resolving an invite token: the token arrives without a workspace, so its
// hash is looked up once (index on tokenHash) and everything after works
// inside the invite's workspace.
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { hashInviteToken } from "./token";

export async function findInvite(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  return prisma.invite.findFirst({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      id: true, workspaceId: true, role: true, email: true, creatorId: true, expiresAt: true, usedAt: true, revokedAt: true,
      workspace: { select: { name: true } },
      creator: { select: { name: true } },
    },
  });
}

export type FoundInvite = NonNullable<Awaited<ReturnType<typeof findInvite>>>;

/** Why an invite cannot be used (null when it can): the words the page and the API show. */
export function inviteRefusal(invite: FoundInvite | null, now = new Date()): AppError | null {
  if (!invite) return new AppError("not_found", "This invite link is not valid. Check that you copied all of it, or ask whoever invited you for a new one.");
  if (invite.usedAt) return new AppError("gone", "This invite link has already been used. Sign in instead, or ask for a new link.");
  if (invite.revokedAt) return new AppError("gone", "This invite link was replaced or withdrawn. Ask whoever invited you for a new one.");
  if (invite.expiresAt <= now) return new AppError("gone", `This invite link expired on ${invite.expiresAt.toISOString().slice(0, 10)}. Ask whoever invited you for a new one.`);
  return null;
}
