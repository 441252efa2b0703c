// One reported order event → one Conversion row, attributed, with its
// commissions and its accepted log line, claimed atomically (claim.ts).
// Sales of ordinary campaigns need two round trips (the signal lookup and the
// claim); capped or tiered campaigns read the creator's history under a lock
// in a transaction; refunds and cancels read the sale they reverse.
import { AppError } from "@/lib/api/errors";
import { attribute, type Attribution } from "@/lib/attribution/attribute";
import { dependsOnHistory, NO_HISTORY, planSaleCommissions, readHistory, type SaleForCommission } from "@/lib/commissions/plan";
import { reverseSaleCommissions } from "@/lib/commissions/reverse";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { sha256Hex } from "@/lib/security/secret-box";
import { answerFor, type PostbackAnswer } from "./answer";
import { inTransaction } from "@/lib/db/sql";
import { claimBatched, claimConversion, EMPTY_PLAN, type AcceptedLog, type NewConversion } from "./claim";
import type { PostbackInput } from "./schema";

type Tx = Prisma.TransactionClient;

export interface MerchantRef {
  id: string;
  workspaceId: string;
}

export interface Recorded {
  answer: PostbackAnswer;
  /** true when this request made the conversion (its log line is already written) */
  created: boolean;
}

/** A retry, or a concurrent twin that lost the claim: the first answer, unless the order now says something else. */
async function firstAnswer(db: Tx | typeof prisma, c: NewConversion): Promise<Recorded> {
  const first = await db.conversion.findUniqueOrThrow({ where: { merchantId_orderId_event: { merchantId: c.merchantId, orderId: c.orderId, event: c.event } }, include: { commissions: true } });
  if (first.amountMinor !== c.amountMinor || first.currency !== c.currency) {
    throw new AppError("conflict", `Order ${c.orderId} was already reported as a ${first.event} of ${first.amountMinor} ${first.currency} (minor units); this one says ${c.amountMinor} ${c.currency}. Report a change as a refund, or use a new order id.`);
  }
  return { answer: answerFor(first, first.commissions, true), created: false };
}

function newConversion(merchant: MerchantRef, input: PostbackInput, isTest: boolean, occurredAt: Date, attribution: Attribution, amountMinor: number, saleId: string | null): NewConversion {
  const { method, reason, creatorId, campaignId, linkId, placement } = attribution;
  return {
    id: newId("cnv"), workspaceId: merchant.workspaceId, merchantId: merchant.id, orderId: input.order_id, event: input.event, amountMinor, currency: input.currency,
    clickId: input.click_id ?? null, couponCode: input.coupon?.toUpperCase() ?? null,
    customerHash: input.customer_ref ? sha256Hex(`${merchant.workspaceId}:${input.customer_ref}`) : null,
    orderCountry: input.order_country ?? null, occurredAt, isTest, attributionMethod: method, attributionReason: reason, creatorId, campaignId, linkId, placement, saleId,
  };
}

async function recordSale(merchant: MerchantRef, input: PostbackInput, isTest: boolean, occurredAt: Date, log: AcceptedLog): Promise<Recorded> {
  const { attribution, campaign } = await attribute({ workspaceId: merchant.workspaceId, clickId: input.click_id, coupon: input.coupon, occurredAt });
  const row = newConversion(merchant, input, isTest, occurredAt, attribution, input.amount ?? 0, null);
  // tx: inside the history lock's transaction; otherwise the claim is one statement on the pool
  const settle = async (plan = EMPTY_PLAN, tx?: Tx) => {
    const claimed = tx ? await claimConversion(inTransaction(tx), row, plan, log) : await claimBatched(row, plan, log);
    return claimed ? { answer: answerFor(claimed, claimed.commissions, false), created: true } : firstAnswer(tx ?? prisma, row);
  };
  if (!campaign || !row.creatorId) return settle();

  const sale: SaleForCommission = { workspaceId: row.workspaceId, creatorId: row.creatorId, campaignId: campaign.id, amountMinor: row.amountMinor, currency: row.currency, occurredAt, isTest };
  if (!dependsOnHistory(campaign)) return settle(planSaleCommissions(campaign, sale, NO_HISTORY));
  return prisma.$transaction(async (tx) => settle(planSaleCommissions(campaign, sale, await readHistory(tx, campaign, sale)), tx));
}

async function recordReversal(merchant: MerchantRef, input: PostbackInput, event: "refund" | "cancel", isTest: boolean, occurredAt: Date, log: AcceptedLog): Promise<Recorded> {
  return prisma.$transaction(async (tx) => {
    const sale = await tx.conversion.findUnique({ where: { merchantId_orderId_event: { merchantId: merchant.id, orderId: input.order_id, event: "sale" } } });
    if (sale && sale.currency !== input.currency) {
      throw new AppError("unprocessable", `currency ${input.currency} differs from the sale's ${sale.currency}.`, { errors: [{ path: "currency", message: `must be ${sale.currency}, the sale's currency` }] });
    }
    const attribution: Attribution = sale
      ? { method: sale.attributionMethod, creatorId: sale.creatorId, campaignId: sale.campaignId, linkId: sale.linkId, placement: sale.placement, reason: `reverses order ${input.order_id} (${sale.attributionReason})` }
      : { method: "none", reason: `no sale with order id ${input.order_id} was reported`, creatorId: null, campaignId: null, linkId: null, placement: null };
    const row = newConversion(merchant, input, isTest, occurredAt, attribution, input.amount ?? sale?.amountMinor ?? 0, sale?.id ?? null);
    const claimed = await claimConversion(inTransaction(tx), row, EMPTY_PLAN, log);
    if (!claimed) return firstAnswer(tx, row);
    if (sale) await reverseSaleCommissions(tx, { id: row.id, workspaceId: row.workspaceId, amountMinor: row.amountMinor, event, occurredAt }, sale);
    return { answer: answerFor(claimed, await tx.commission.findMany({ where: { conversionId: row.id } }), false), created: true };
  });
}

export async function recordConversion(merchant: MerchantRef, input: PostbackInput, isTest: boolean, log: AcceptedLog): Promise<Recorded> {
  const occurredAt = input.occurred_at ? new Date(input.occurred_at) : new Date();
  if (occurredAt.getTime() > Date.now() + 5 * 60_000) {
    throw new AppError("unprocessable", "occurred_at is in the future.", { errors: [{ path: "occurred_at", message: "must not be in the future" }] });
  }
  return input.event === "sale" ? recordSale(merchant, input, isTest, occurredAt, log) : recordReversal(merchant, input, input.event, isTest, occurredAt, log);
}
