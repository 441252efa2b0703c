// Making invites. A new invite for an email replaces that email's open ones
// in the workspace (revoked in the same transaction), so only the newest
// link works. The token is returned once, to be shown once.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { INVITE_TTL_DAYS, newInviteToken } from "./token";
import type { TeammateInviteInput } from "./schema";

type Tx = Prisma.TransactionClient;

export interface NewInvite {
  id: string;
  token: string;
  email: string;
  role: Role;
  expiresAt: Date;
}

export async function insertInvite(tx: Tx, ctx: AuthContext, target: { email: string; role: Role; creatorId?: string }, now = new Date()): Promise<NewInvite> {
  const workspaceId = ctx.workspace.id;
  await tx.invite.updateMany({ where: { workspaceId, email: target.email, usedAt: null, revokedAt: null }, data: { revokedAt: now } });
  const { token, tokenHash } = newInviteToken();
  const invite = await tx.invite.create({
    data: { id: newId("inv"), workspaceId, role: target.role, email: target.email, creatorId: target.creatorId ?? null, tokenHash, createdById: ctx.userId, createdAt: now, expiresAt: new Date(now.getTime() + INVITE_TTL_DAYS * 86_400_000) },
    select: { id: true, email: true, role: true, expiresAt: true },
  });
  await audit(tx, ctx, { action: "invite.created", entityType: target.creatorId ? "Creator" : "Invite", entityId: target.creatorId ?? invite.id, after: { inviteId: invite.id, email: invite.email, role: invite.role, expiresAt: invite.expiresAt } });
  return { ...invite, token };
}

export async function inviteTeammate(ctx: AuthContext, input: TeammateInviteInput): Promise<NewInvite> {
  const member = await prisma.membership.findFirst({ where: { workspaceId: ctx.workspace.id, user: { email: input.email } }, select: { role: true } });
  if (member) throw new AppError("conflict", `${input.email} is already a member of this workspace (${member.role}).`, { errors: [{ path: "email", message: "already a member" }] });
  return prisma.$transaction((tx) => insertInvite(tx, ctx, input));
}

export async function inviteCreator(ctx: AuthContext, creatorId: string): Promise<NewInvite> {
  return prisma.$transaction(async (tx) => {
    const creator = await tx.creator.findFirst({ where: { id: creatorId, workspaceId: ctx.workspace.id }, select: { email: true, userId: true, status: true } });
    if (!creator) throw new AppError("not_found", "No such creator in this workspace.");
    if (creator.userId) throw new AppError("conflict", "This creator already has a portal account.");
    if (creator.status === "archived") throw new AppError("conflict", "This creator is archived: restore them before inviting.");
    return insertInvite(tx, ctx, { email: creator.email, role: "creator", creatorId });
  });
}

export async function revokeInvite(ctx: AuthContext, id: string, scope: "creator" | "team"): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const n = await tx.invite.updateMany({
      where: { workspaceId: ctx.workspace.id, id, usedAt: null, revokedAt: null, role: scope === "creator" ? "creator" : { not: "creator" } },
      data: { revokedAt: new Date() },
    });
    if (n.count !== 1) throw new AppError("not_found", "No open invite with this id in this workspace.");
    await audit(tx, ctx, { action: "invite.revoked", entityType: "Invite", entityId: id });
  });
}

export function listOpenTeamInvites(workspaceId: string) {
  return prisma.invite.findMany({
    where: { workspaceId, usedAt: null, revokedAt: null, role: { not: "creator" }, expiresAt: { gt: new Date() } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}
