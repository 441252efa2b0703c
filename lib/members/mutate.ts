// Changing or removing a teammate's role. Either ends that user's sessions
// at once (endSessions), so a demoted or removed person holds no stale
// rights. The last owner cannot be demoted or removed: the owners' rows are
// locked (FOR UPDATE) and counted in the transaction that changes one, so
// two owners demoting each other at once cannot both succeed.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { endSessions } from "@/lib/auth/sessions";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ChangeRoleInput } from "./schema";

type Tx = Prisma.TransactionClient;

async function lockTeammate(tx: Tx, ctx: AuthContext, membershipId: string) {
  const workspaceId = ctx.workspace.id;
  const owners = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'owner' FOR UPDATE`;
  const m = await tx.membership.findFirst({ where: { id: membershipId, workspaceId }, select: { id: true, userId: true, role: true, user: { select: { email: true } } } });
  // creators' memberships are managed from their creator profile, not here
  if (!m || m.role === "creator") throw new AppError("not_found", "No such teammate in this workspace.");
  return { m, owners: owners.length };
}

const lastOwner = () => new AppError("conflict", "This is the workspace's last owner: make someone else owner first.", { errors: [{ path: "role", message: "last owner" }] });

export async function changeRole(ctx: AuthContext, membershipId: string, input: ChangeRoleInput) {
  const result = await prisma.$transaction(async (tx) => {
    const { m, owners } = await lockTeammate(tx, ctx, membershipId);
    if (m.role === input.role) return { m, changed: false };
    if (m.role === "owner" && owners <= 1) throw lastOwner();
    await tx.membership.update({ where: { id: m.id }, data: { role: input.role } });
    await audit(tx, ctx, { action: "member.role_changed", entityType: "Membership", entityId: m.id, before: { email: m.user.email, role: m.role }, after: { email: m.user.email, role: input.role } });
    return { m, changed: true };
  });
  if (result.changed) await endSessions(result.m.userId);
  return { id: membershipId, role: input.role };
}

export async function removeMember(ctx: AuthContext, membershipId: string) {
  const m = await prisma.$transaction(async (tx) => {
    const { m, owners } = await lockTeammate(tx, ctx, membershipId);
    if (m.role === "owner" && owners <= 1) throw lastOwner();
    await tx.membership.delete({ where: { id: m.id } });
    await audit(tx, ctx, { action: "member.removed", entityType: "Membership", entityId: m.id, before: { email: m.user.email, role: m.role } });
    return m;
  });
  await endSessions(m.userId);
}

export function listTeam(workspaceId: string) {
  return prisma.membership.findMany({
    where: { workspaceId, role: { not: "creator" } },
    select: { id: true, role: true, createdAt: true, userId: true, user: { select: { name: true, email: true } } },
    orderBy: { createdAt: "asc" },
  });
}
