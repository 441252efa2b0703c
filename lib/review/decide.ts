// Deciding a review item: claimed atomically (open → approved/rejected by an
// updateMany guarded on status, so two reviewers cannot both decide it), with
// the commissions the item holds moved in the same transaction and audited.
// A cap_reached item holds the creator's excess over the cap in that campaign
// and month (approve releases it as approved, reject rejects it); a fraud
// item holds the creator's open commissions from its period (ReviewHold):
// approve gives each its earlier status back, reject rejects them with the
// note, which the creator reads in the portal. A large_payment item is an
// owner's second approval: approving pays the held commissions onto the run
// that stopped them. Some commissions can be decided before the item
// (decideHeld); bulk decisions decide several items all or nothing.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { applyCommissionDecision } from "@/lib/commissions/decide";
import { periodOf } from "@/lib/commissions/period";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { inTransaction } from "@/lib/db/sql";
import { payHeldOnRun } from "@/lib/fraud/large-payments";
import { refreshConversionDays } from "@/lib/analytics/rollup/rebuild";
import type { Prisma, ReviewItem } from "@/lib/generated/prisma/client";
import { closeHolds, holdForOpenItems, openHolds, releaseHolds } from "./holds";
import type { BulkReviewDecisionInput, HeldDecisionInput, ReviewDecisionInput } from "./schema";

type Tx = Prisma.TransactionClient;
type Decision = ReviewDecisionInput["decision"];

/** The excess commissions a cap item holds back until it is decided. */
async function capHeld(tx: Tx, item: ReviewItem): Promise<string[]> {
  if (!item.conversionId || !item.creatorId) return [];
  const sale = await tx.conversion.findFirst({ where: { id: item.conversionId, workspaceId: item.workspaceId }, select: { campaignId: true, occurredAt: true, isTest: true } });
  if (!sale?.campaignId) return [];
  const month = periodOf(sale.occurredAt, "month");
  const held = await tx.commission.findMany({
    where: { workspaceId: item.workspaceId, creatorId: item.creatorId, campaignId: sale.campaignId, part: "excess", status: "held", isTest: sale.isTest, conversion: { occurredAt: { gte: month.from, lt: month.to } } },
    select: { id: true },
  });
  return held.map((c) => c.id);
}

/** A second approval is an owner's, and (where the workspace has another owner) not the one who started the run. */
async function assertSecondApprover(tx: Tx, ctx: AuthContext, item: ReviewItem) {
  if (item.kind !== "large_payment") return;
  if (ctx.role !== "owner") throw new AppError("forbidden", "A large payment needs an owner's approval.");
  const run = item.payoutId ? await tx.payout.findFirst({ where: { id: item.payoutId, workspaceId: ctx.workspace.id }, select: { createdById: true } }) : null;
  const owners = await tx.membership.count({ where: { workspaceId: ctx.workspace.id, role: "owner" } });
  if (run?.createdById === ctx.userId && owners > 1) throw new AppError("forbidden", "Another owner must approve this payment: you started the payout run.");
}

/** Moves the named held commissions of a fraud or payment item; returns the conversions touched. */
async function moveHeld(tx: Tx, ctx: AuthContext, item: ReviewItem, ids: string[], decision: Decision, note: string | null): Promise<string[]> {
  if (ids.length === 0) return [];
  const db = inTransaction(tx);
  if (decision === "reject") {
    const moved = await applyCommissionDecision(tx, ctx, ids, "reject", note);
    await closeHolds(db, ctx.workspace.id, item.id, ids);
    return moved.conversionIds;
  }
  const released = await releaseHolds(db, ctx.workspace.id, item.id, ids);
  for (const id of released) await audit(tx, ctx, { action: "commission.released", entityType: "Commission", entityId: id, before: { status: "held" }, after: { reviewItemId: item.id } });
  if (item.kind === "large_payment" && item.payoutId) await payHeldOnRun(tx, ctx, item.payoutId, released);
  else await holdForOpenItems(db, ctx.workspace.id);
  return [];
}

async function decideOne(tx: Tx, ctx: AuthContext, id: string, input: ReviewDecisionInput) {
  const status = input.decision === "approve" ? "approved" : "rejected";
  const item = await tx.reviewItem.findFirst({ where: { id, workspaceId: ctx.workspace.id } });
  if (!item) throw new AppError("not_found", "No such review item in this workspace.");
  await assertSecondApprover(tx, ctx, item);
  const { count } = await tx.reviewItem.updateMany({ where: { id, workspaceId: ctx.workspace.id, status: "open" }, data: { status, note: input.note ?? null, decidedById: ctx.userId, decidedAt: new Date() } });
  if (count === 0) throw new AppError("conflict", `This item was already ${item.status}${item.decidedAt ? ` on ${item.decidedAt.toISOString().slice(0, 10)}` : ""}; decisions are final.`);
  let commissions: number;
  let conversionIds: string[];
  if (item.kind === "cap_reached") {
    const held = await capHeld(tx, item);
    conversionIds = held.length ? (await applyCommissionDecision(tx, ctx, held, input.decision, input.note ?? `over the cap: ${status} on review`)).conversionIds : [];
    commissions = held.length;
  } else {
    const held = (await openHolds(inTransaction(tx), ctx.workspace.id, id)).filter((h) => h.status === "held").map((h) => h.commissionId);
    conversionIds = await moveHeld(tx, ctx, item, held, input.decision, input.note ?? null);
    commissions = held.length;
  }
  await audit(tx, ctx, { action: `review.${status}`, entityType: "ReviewItem", entityId: id, before: { status: item.status }, after: { status, note: input.note ?? null, commissions } });
  return { id, status, commissions, conversionIds };
}

async function afterwards<T extends { conversionIds: string[] }>(ctx: AuthContext, results: T[]) {
  await refreshConversionDays(pool, ctx.workspace.id, [...new Set(results.flatMap((r) => r.conversionIds))]);
  return results.map(({ conversionIds: _, ...r }) => r);
}

export async function decideReviewItem(ctx: AuthContext, id: string, input: ReviewDecisionInput) {
  const [result] = await afterwards(ctx, [await prisma.$transaction((tx) => decideOne(tx, ctx, id, input))]);
  return result;
}

export async function decideReviewItems(ctx: AuthContext, input: BulkReviewDecisionInput) {
  const ids = [...new Set(input.itemIds)].sort();
  const results = await prisma.$transaction(async (tx) => {
    const out = [];
    for (const id of ids) out.push(await decideOne(tx, ctx, id, { decision: input.decision, note: input.note }));
    return out;
  });
  return { items: await afterwards(ctx, results) };
}

/** Some of an open item's held commissions, before the item itself is decided. */
export async function decideHeld(ctx: AuthContext, itemId: string, input: HeldDecisionInput) {
  const ids = [...new Set(input.commissionIds)];
  const result = await prisma.$transaction(async (tx) => {
    const item = await tx.reviewItem.findFirst({ where: { id: itemId, workspaceId: ctx.workspace.id } });
    if (!item) throw new AppError("not_found", "No such review item in this workspace.");
    if (item.status !== "open") throw new AppError("conflict", `This item was already ${item.status}; decisions are final.`);
    await assertSecondApprover(tx, ctx, item);
    const holds = await openHolds(inTransaction(tx), ctx.workspace.id, itemId);
    const strangers = ids.filter((id) => !holds.some((h) => h.commissionId === id && h.status === "held"));
    if (strangers.length) throw new AppError("conflict", `${strangers.join(", ")}: not held by this item (decided already, or never held by it). Nothing was changed.`);
    const conversionIds = await moveHeld(tx, ctx, item, ids, input.decision, input.note ?? null);
    await audit(tx, ctx, { action: `review.commissions.${input.decision}`, entityType: "ReviewItem", entityId: itemId, after: { commissionIds: ids, note: input.note ?? null } });
    return { decided: ids.length, conversionIds };
  });
  const [out] = await afterwards(ctx, [result]);
  return out;
}
