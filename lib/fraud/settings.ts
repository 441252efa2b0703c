// Reading and saving a workspace's fraud thresholds. Saving is the owner's
// (workspace.settings), audited with before and after in one transaction.
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import { thresholdsOf, type Thresholds } from "./thresholds";

export async function readThresholds(workspaceId: string): Promise<Thresholds> {
  const row = await prisma.fraudSettings.findUnique({ where: { workspaceId } });
  return thresholdsOf(row?.thresholds);
}

export async function saveThresholds(ctx: AuthContext, next: Thresholds): Promise<Thresholds> {
  return prisma.$transaction(async (tx) => {
    const before = thresholdsOf((await tx.fraudSettings.findUnique({ where: { workspaceId: ctx.workspace.id } }))?.thresholds);
    await tx.fraudSettings.upsert({ where: { workspaceId: ctx.workspace.id }, create: { workspaceId: ctx.workspace.id, thresholds: next, updatedById: ctx.userId }, update: { thresholds: next, updatedById: ctx.userId } });
    await audit(tx, ctx, { action: "fraud.thresholds", entityType: "FraudSettings", entityId: ctx.workspace.id, before, after: next });
    return next;
  });
}
