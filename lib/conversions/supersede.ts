// A server postback (signed POST or token GET) for an order the pixel already
// reported: the server's version wins. In one transaction the pixel's row is
// locked (still a pixel row, or another server postback won), its commissions
// removed, the sale re-attributed and re-planned from the server's fields, the
// pixel's version appended to Conversion.history and the accepted log line
// written; the answer is a 201, as for a new sale. Only a claim that lost to a
// pixel row comes here, so the ordinary sale path pays nothing for it.
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import type { Conversion, Prisma } from "@/lib/generated/prisma/client";
import { reverseSaleCommissions } from "@/lib/commissions/reverse";
import { newId } from "@/lib/ids";
import { answerFor } from "./answer";
import type { AcceptedLog, NewConversion } from "./claim";
import type { Planner, Recorded } from "./record";

/** What the pixel said, kept when the server's version replaces it. */
function versionOf(old: Conversion, commissions: { part: string; amountMinor: number; status: string }[], replacedAt: Date) {
  return {
    channel: old.channel, amountMinor: old.amountMinor, currency: old.currency, clickId: old.clickId, couponCode: old.couponCode, customerHash: old.customerHash,
    orderCountry: old.orderCountry, occurredAt: old.occurredAt.toISOString(), receivedAt: old.receivedAt.toISOString(), attributionMethod: old.attributionMethod,
    attributionReason: old.attributionReason, creatorId: old.creatorId, campaignId: old.campaignId, linkId: old.linkId, placement: old.placement,
    commissions: commissions.map((c) => ({ part: c.part, amountMinor: c.amountMinor, status: c.status })), replacedAt: replacedAt.toISOString(),
  };
}

/**
 * A refund or cancel the server sent before its sale (out of order) was applied to the pixel's
 * commissions: apply it again to the new ones, so the replacement never undoes it.
 */
async function replayReversals(tx: Prisma.TransactionClient, saleId: string, row: NewConversion): Promise<void> {
  const reversals = await tx.conversion.findMany({ where: { saleId, workspaceId: row.workspaceId }, orderBy: { occurredAt: "asc" }, include: { commissions: true } });
  for (const r of reversals) {
    if (r.commissions.some((c) => c.status === "paid")) {
      throw new AppError("conflict", `Order ${row.orderId} was refunded after the pixel's version was paid out; report a difference as a refund.`);
    }
    // its lines were computed against the pixel's commissions
    await tx.commission.deleteMany({ where: { conversionId: r.id, workspaceId: row.workspaceId } });
    await reverseSaleCommissions(tx, { id: r.id, workspaceId: r.workspaceId, amountMinor: r.amountMinor, event: r.event === "cancel" ? "cancel" : "refund", occurredAt: r.occurredAt }, { id: saleId, amountMinor: row.amountMinor });
  }
}

/** Replaces the pixel's version of the sale; null when it is no longer a pixel row (another server postback replaced it first). */
export async function supersedePixelSale(conversionId: string, row: NewConversion, plan: Planner, log: AcceptedLog): Promise<Recorded | null> {
  return prisma.$transaction(async (tx) => {
    // FOR UPDATE re-checks the channel after waiting, so of two concurrent server postbacks one replaces and the other is answered against it
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Conversion" WHERE id = ${conversionId} AND "workspaceId" = ${row.workspaceId} AND channel = 'pixel' FOR UPDATE`;
    if (!locked.length) return null;
    const old = await tx.conversion.findUniqueOrThrow({ where: { id: conversionId }, include: { commissions: true } });
    if (old.commissions.some((c) => c.status === "paid")) {
      throw new AppError("conflict", `Order ${row.orderId} was reported by the pixel and its commission already paid out; report a difference as a refund.`);
    }
    // gone before the plan reads the creator's history, so the cap and tiers do not count the pixel's version
    await tx.commission.deleteMany({ where: { conversionId, workspaceId: row.workspaceId } });
    const planned = await plan(tx);
    const now = new Date();
    const isNewCustomer = row.customerHash
      ? (await tx.conversion.count({ where: { workspaceId: row.workspaceId, customerHash: row.customerHash, event: "sale", isTest: row.isTest, occurredAt: { lt: row.occurredAt }, id: { not: conversionId } } })) === 0
      : null;
    const history = [...(Array.isArray(old.history) ? old.history : []), versionOf(old, old.commissions, now)] as Prisma.InputJsonArray;
    const updated = await tx.conversion.update({
      where: { id: conversionId },
      data: {
        amountMinor: row.amountMinor, currency: row.currency, clickId: row.clickId, couponCode: row.couponCode, customerHash: row.customerHash, orderCountry: row.orderCountry,
        occurredAt: row.occurredAt, attributionMethod: row.attributionMethod as Conversion["attributionMethod"], attributionReason: row.attributionReason, creatorId: row.creatorId,
        campaignId: row.campaignId, linkId: row.linkId, placement: row.placement, isNewCustomer, channel: row.channel, history,
      },
    });
    const commissions = planned.commissions.map((c) => ({
      id: c.id, workspaceId: row.workspaceId, conversionId, part: c.part, creatorId: row.creatorId ?? "", campaignId: row.campaignId ?? "", amountMinor: c.amountMinor,
      currency: row.currency, status: c.status, isTest: row.isTest, holdUntil: c.holdUntil, note: c.note, basis: c.basis,
    }));
    if (commissions.length) await tx.commission.createMany({ data: commissions });
    await replayReversals(tx, conversionId, row);
    if (planned.review) {
      const r = planned.review;
      await tx.reviewItem.createMany({ data: [{ id: r.id, workspaceId: row.workspaceId, kind: "cap_reached", dedupeKey: r.dedupeKey, creatorId: row.creatorId, conversionId, evidence: r.evidence }], skipDuplicates: true });
    }
    await tx.postbackLog.create({
      data: {
        id: newId("pbl"), workspaceId: row.workspaceId, merchantId: row.merchantId, channel: log.channel, webhookId: log.webhookId, httpStatus: log.httpStatus, verdict: "accepted",
        reason: `${row.attributionReason}; replaces the pixel's unverified report of this order`, payload: (log.payload ?? undefined) as Prisma.InputJsonObject | undefined, conversionId, isTest: row.isTest,
      },
    });
    return { answer: answerFor(updated, await tx.commission.findMany({ where: { conversionId, workspaceId: row.workspaceId } }), false), created: true };
  });
}
