// Deciding a review item: claimed atomically (open → approved/rejected by an
// updateMany guarded on status, so two reviewers cannot both decide it), with
// the commissions the item holds moved in the same transaction. A cap_reached
// item holds the creator's excess commissions over the cap in that campaign
// and month: approving releases them (approved), rejecting rejects them.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { applyCommissionDecision } from "@/lib/commissions/decide";
import { periodOf } from "@/lib/commissions/period";
import type { ReviewDecisionInput } from "./schema";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { refreshConversionDays } from "@/lib/analytics/rollup/rebuild";
import type { Prisma, ReviewItem } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** The commissions an item holds back until it is decided. */
async function heldBy(tx: Tx, item: ReviewItem): Promise<string[]> {
  if (item.kind !== "cap_reached" || !item.conversionId || !item.creatorId) return [];
  const sale = await tx.conversion.findFirst({ where: { id: item.conversionId, workspaceId: item.workspaceId }, select: { campaignId: true, occurredAt: true, isTest: true } });
  if (!sale?.campaignId) return [];
  const month = periodOf(sale.occurredAt, "month");
  const held = await tx.commission.findMany({
    where: { workspaceId: item.workspaceId, creatorId: item.creatorId, campaignId: sale.campaignId, part: "excess", status: "held", isTest: sale.isTest, conversion: { occurredAt: { gte: month.from, lt: month.to } } },
    select: { id: true },
  });
  return held.map((c) => c.id);
}

export async function decideReviewItem(ctx: AuthContext, id: string, input: ReviewDecisionInput) {
  const status = input.decision === "approve" ? "approved" : "rejected";
  const decided = await prisma.$transaction(async (tx) => {
    const item = await tx.reviewItem.findFirst({ where: { id, workspaceId: ctx.workspace.id } });
    if (!item) throw new AppError("not_found", "No such review item in this workspace.");
    const { count } = await tx.reviewItem.updateMany({ where: { id, workspaceId: ctx.workspace.id, status: "open" }, data: { status, note: input.note ?? null, decidedById: ctx.userId, decidedAt: new Date() } });
    if (count === 0) throw new AppError("conflict", `This item was already ${item.status}${item.decidedAt ? ` on ${item.decidedAt.toISOString().slice(0, 10)}` : ""}; decisions are final.`);
    const held = await heldBy(tx, item);
    const moved = held.length ? await applyCommissionDecision(tx, ctx, held, input.decision, input.note ?? `over the cap: ${status} on review`) : null;
    await audit(tx, ctx, { action: `review.${status}`, entityType: "ReviewItem", entityId: id, before: { status: item.status }, after: { status, note: input.note ?? null, commissions: held.length } });
    return { status, commissions: held.length, conversionIds: moved?.conversionIds ?? [] };
  });
  const { conversionIds, ...result } = decided;
  await refreshConversionDays(pool, ctx.workspace.id, conversionIds);
  return result;
}
