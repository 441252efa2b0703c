// Accepting an invite: claim it (one guarded UPDATE: unused, not revoked,
// not expired), make or join the account, the membership, link the creator
// and record their acceptance of the current brief and terms, all in one
// transaction, so a failure leaves the invite unused and nothing half-made.
// Two concurrent claims of one token: the second UPDATE waits for the
// first's row lock, then finds usedAt set and matches nothing.
import { AppError } from "@/lib/api/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { newPasswordSchema } from "@/lib/auth/sessions";
import { recordAcceptance } from "@/lib/contracts/accept";
import { currentTerms } from "@/lib/contracts/current";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { findInvite, inviteRefusal } from "./lookup";
import type { AcceptInviteInput } from "./schema";

const field = (path: string, message: string, code: "unprocessable" | "unauthorized" = "unprocessable") => new AppError(code, message, { errors: [{ path, message }] });

export interface AcceptedInvite {
  email: string;
  role: string;
  /** where to go once signed in */
  landing: "/portal" | "/app";
}

export async function acceptInvite(input: AcceptInviteInput, ipHashFor: (workspaceId: string) => string): Promise<AcceptedInvite> {
  const invite = await findInvite(input.token);
  const refusal = inviteRefusal(invite);
  if (refusal) throw refusal;
  const inv = invite!;
  const workspaceId = inv.workspaceId;

  // the creator accepts what the page showed; both boxes are required when there is something to accept
  if (inv.role === "creator" && inv.creatorId) {
    const terms = await currentTerms({ workspaceId, creatorId: inv.creatorId });
    if (terms.brief && !input.briefId) throw field("briefId", "Read and accept the disclosure brief to continue.");
    if (terms.contract && !input.contractId) throw field("contractId", "Read and accept the contract terms to continue.");
  }

  // slow work (bcrypt) before the transaction, so the invite's row lock is held briefly
  const existing = await prisma.user.findUnique({ where: { email: inv.email }, select: { id: true, passwordHash: true } });
  let passwordHash: string | null = null;
  if (existing) {
    if (!(await verifyPassword(input.password, existing.passwordHash))) throw field("password", "You already have an account with this email: enter its current password.");
  } else {
    const pw = newPasswordSchema.safeParse(input.password);
    if (!pw.success) throw field("password", pw.error.issues[0]?.message ?? "Choose a longer password.");
    if (!input.name && !inv.creator?.name) throw field("name", "Enter your name.");
    passwordHash = await hashPassword(input.password);
  }

  const now = new Date();
  await prisma.$transaction(async (tx) => {
    const claim = await tx.invite.updateMany({
      where: { workspaceId, id: inv.id, usedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claim.count !== 1) {
      const again = await tx.invite.findFirst({ where: { workspaceId, id: inv.id }, select: { id: true, workspaceId: true, role: true, email: true, creatorId: true, expiresAt: true, usedAt: true, revokedAt: true, workspace: { select: { name: true } }, creator: { select: { name: true } } } });
      throw inviteRefusal(again, now) ?? new AppError("gone", "This invite link has already been used.");
    }
    const userId = existing?.id ?? newId("usr");
    if (!existing) await tx.user.create({ data: { id: userId, email: inv.email, name: input.name ?? inv.creator!.name, passwordHash: passwordHash! } });
    await tx.membership.create({ data: { id: newId("mem"), workspaceId, userId, role: inv.role } });
    if (inv.role === "creator" && inv.creatorId) {
      const linked = await tx.creator.updateMany({ where: { id: inv.creatorId, workspaceId, userId: null, status: { not: "archived" } }, data: { userId, status: "active" } });
      if (linked.count !== 1) throw new AppError("conflict", "This creator profile is archived or already has an account; ask the brand for a new invite.");
      await recordAcceptance(tx, { workspaceId, creatorId: inv.creatorId, userId, ipHash: ipHashFor(workspaceId) }, { briefId: input.briefId, contractId: input.contractId }, now);
    }
    await tx.invite.updateMany({ where: { workspaceId, id: inv.id }, data: { usedByUserId: userId } });
    await tx.auditLog.create({
      data: { id: newId("aud"), workspaceId, actorId: userId, action: "invite.accepted", entityType: inv.creatorId ? "Creator" : "Membership", entityId: inv.creatorId ?? userId, after: { inviteId: inv.id, email: inv.email, role: inv.role, newAccount: !existing } },
    });
  });
  return { email: inv.email, role: inv.role, landing: inv.role === "creator" ? "/portal" : "/app" };
}
