// One reported order event → one Conversion row, attributed, with its
// commissions and its accepted log line, claimed atomically (claim.ts).
// Sales of ordinary campaigns need two round trips (the signal lookup and the
// claim); capped or tiered campaigns read the creator's history under a lock
// in a transaction; refunds and cancels read the sale they reverse.
// A claim that loses to an existing row costs one more read: a retry gets the
// first answer; a server postback that finds the pixel's unverified version
// replaces it (supersede.ts); the sandbox and the live books never answer or
// reverse each other's orders.
import { AppError } from "@/lib/api/errors";
import { attribute, type Attribution } from "@/lib/attribution/attribute";
import { REASONS } from "@/lib/attribution/explain";
import { dependsOnHistory, NO_HISTORY, planSaleCommissions, readHistory, type CommissionPlan, type SaleForCommission } from "@/lib/commissions/plan";
import { reverseSaleCommissions } from "@/lib/commissions/reverse";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PixelSalesPolicy } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import { customerHashOf } from "@/lib/fraud/customer-hash";
import { answerFor, type PostbackAnswer } from "./answer";
import { inTransaction } from "@/lib/db/sql";
import { claimBatched, claimConversion, EMPTY_PLAN, type AcceptedLog, type NewConversion } from "./claim";
import { applyPixelPolicy } from "./pixel-policy";
import { MAX_AMOUNT_MINOR, type PostbackInput } from "./schema";
import { supersedePixelSale } from "./supersede";

type Tx = Prisma.TransactionClient;

export interface MerchantRef {
  id: string;
  workspaceId: string;
}

export interface Recorded {
  answer: PostbackAnswer;
  /** true when this request made (or, for a pixel-reported sale, replaced) the conversion: its log line is already written */
  created: boolean;
}

/** Plans the sale's commissions; inside a transaction, capped or tiered campaigns read the creator's history under its lock. */
export type Planner = (tx?: Tx) => Promise<CommissionPlan>;

const modeOf = (isTest: boolean) => (isTest ? "a test" : "a live");

type Existing = Prisma.ConversionGetPayload<{ include: { commissions: true } }>;

const readExisting = (db: Tx | typeof prisma, c: NewConversion): Promise<Existing> =>
  db.conversion.findUniqueOrThrow({ where: { merchantId_orderId_event: { merchantId: c.merchantId, orderId: c.orderId, event: c.event } }, include: { commissions: true } });

/** A retry, or a concurrent twin that lost the claim: the first answer, unless the order now says something else. */
function answerExisting(first: Existing, c: NewConversion): Recorded {
  // the order id is taken on the other side of the sandbox: say so, and show nothing of that row
  if (first.isTest !== c.isTest) {
    throw new AppError("conflict", `Order ${c.orderId} was already reported as ${modeOf(first.isTest)} ${c.event}; test and live orders need distinct order ids.`);
  }
  // the merchant's server has confirmed this order: a pixel report of it changes nothing, whatever it says
  if (c.channel === "pixel" && first.channel !== "pixel") return { answer: answerFor(first, first.commissions, true), created: false };
  if (first.amountMinor !== c.amountMinor || first.currency !== c.currency) {
    throw new AppError("conflict", `Order ${c.orderId} was already reported as a ${first.event} of ${first.amountMinor} ${first.currency} (minor units); this one says ${c.amountMinor} ${c.currency}. Report a change as a refund, or use a new order id.`);
  }
  return { answer: answerFor(first, first.commissions, true), created: false };
}

/** The sale's claim lost: a server postback replaces the pixel's unverified version; anything else gets the first answer. */
async function lostSaleClaim(row: NewConversion, plan: Planner, log: AcceptedLog): Promise<Recorded> {
  const first = await readExisting(prisma, row);
  if (first.channel === "pixel" && row.channel !== "pixel" && first.isTest === row.isTest) {
    const replaced = await supersedePixelSale(first.id, row, plan, log);
    // null: another server postback replaced it first; answer against its version
    if (replaced) return replaced;
    return answerExisting(await readExisting(prisma, row), row);
  }
  return answerExisting(first, row);
}

function newConversion(merchant: MerchantRef, input: PostbackInput, isTest: boolean, occurredAt: Date, attribution: Attribution, amountMinor: number, saleId: string | null, log: AcceptedLog): NewConversion {
  const { method, reason, creatorId, campaignId, linkId, placement } = attribution;
  return {
    id: newId("cnv"), workspaceId: merchant.workspaceId, merchantId: merchant.id, orderId: input.order_id, event: input.event, amountMinor, currency: input.currency,
    clickId: input.click_id ?? null, couponCode: input.coupon?.toUpperCase() ?? null,
    customerHash: input.customer_ref ? customerHashOf(merchant.workspaceId, input.customer_ref) : null,
    orderCountry: input.order_country ?? null, occurredAt, isTest, attributionMethod: method, attributionReason: reason, creatorId, campaignId, linkId, placement, saleId, channel: log.channel,
  };
}

/** No derived amount may exceed what the int4 column holds (a rule above 100% on a maximal order could). */
function withinColumn(plan: CommissionPlan): CommissionPlan {
  if (plan.commissions.every((c) => c.amountMinor <= MAX_AMOUNT_MINOR)) return plan;
  return { ...plan, commissions: plan.commissions.map((c) => (c.amountMinor <= MAX_AMOUNT_MINOR ? c : { ...c, amountMinor: MAX_AMOUNT_MINOR, status: "held", note: "commission above the largest storable amount: held for review" })) };
}

async function recordSale(merchant: MerchantRef, input: PostbackInput, isTest: boolean, occurredAt: Date, log: AcceptedLog, pixelPolicy: PixelSalesPolicy | undefined): Promise<Recorded> {
  const { attribution, campaign } = await attribute({ workspaceId: merchant.workspaceId, clickId: input.click_id, coupon: input.coupon, occurredAt });
  const row = newConversion(merchant, input, isTest, occurredAt, attribution, input.amount ?? 0, null, log);
  const withHistory = Boolean(campaign && row.creatorId && dependsOnHistory(campaign));
  const plan: Planner = async (tx) => {
    if (!campaign || !row.creatorId) return EMPTY_PLAN;
    const sale: SaleForCommission = { workspaceId: row.workspaceId, creatorId: row.creatorId, campaignId: campaign.id, amountMinor: row.amountMinor, currency: row.currency, occurredAt, isTest };
    const planned = withinColumn(planSaleCommissions(campaign, sale, tx && withHistory ? await readHistory(tx, campaign, sale) : NO_HISTORY));
    return row.channel === "pixel" && pixelPolicy ? applyPixelPolicy(planned, pixelPolicy) : planned;
  };
  // with history: inside the lock's transaction; otherwise the claim is one statement on the pool, batched
  const claimed = withHistory ? await prisma.$transaction(async (tx) => claimConversion(inTransaction(tx), row, await plan(tx), log)) : await claimBatched(row, await plan(), log);
  return claimed ? { answer: answerFor(claimed, claimed.commissions, false), created: true } : lostSaleClaim(row, plan, log);
}

async function recordReversal(merchant: MerchantRef, input: PostbackInput, event: "refund" | "cancel", isTest: boolean, occurredAt: Date, log: AcceptedLog): Promise<Recorded> {
  return prisma.$transaction(async (tx) => {
    const sale = await tx.conversion.findUnique({ where: { merchantId_orderId_event: { merchantId: merchant.id, orderId: input.order_id, event: "sale" } } });
    // a test event reverses only test sales, a live one only live sales
    if (sale && sale.isTest !== isTest) {
      throw new AppError("conflict", `Order ${input.order_id} is ${modeOf(sale.isTest)} sale: ${modeOf(isTest)} ${event} cannot reverse it. Test and live orders need distinct order ids.`);
    }
    if (sale && sale.currency !== input.currency) {
      throw new AppError("unprocessable", `currency ${input.currency} differs from the sale's ${sale.currency}.`, { errors: [{ path: "currency", message: `must be ${sale.currency}, the sale's currency` }] });
    }
    const attribution: Attribution = sale
      ? { method: sale.attributionMethod, creatorId: sale.creatorId, campaignId: sale.campaignId, linkId: sale.linkId, placement: sale.placement, reason: REASONS.reverses(input.order_id, sale.attributionReason) }
      : { method: "none", reason: REASONS.noSale(input.order_id), creatorId: null, campaignId: null, linkId: null, placement: null };
    const row = newConversion(merchant, input, isTest, occurredAt, attribution, input.amount ?? sale?.amountMinor ?? 0, sale?.id ?? null, log);
    const claimed = await claimConversion(inTransaction(tx), row, EMPTY_PLAN, log);
    if (!claimed) return answerExisting(await readExisting(tx, row), row);
    if (sale) await reverseSaleCommissions(tx, { id: row.id, workspaceId: row.workspaceId, amountMinor: row.amountMinor, event, occurredAt }, sale);
    return { answer: answerFor(claimed, await tx.commission.findMany({ where: { conversionId: row.id } }), false), created: true };
  });
}

/** Records one validated order event. pixelPolicy: for pixel-reported sales, what their commissions wait for (pixel-policy.ts). */
export async function recordConversion(merchant: MerchantRef, input: PostbackInput, isTest: boolean, log: AcceptedLog, pixelPolicy?: PixelSalesPolicy): Promise<Recorded> {
  // handle-pixel refuses these first, with the field named; this keeps the rule true for any other caller
  if (log.channel === "pixel" && (input.event !== "sale" || isTest)) throw new AppError("unprocessable", "The pixel reports live sales only.");
  const occurredAt = input.occurred_at ? new Date(input.occurred_at) : new Date();
  return input.event === "sale" ? recordSale(merchant, input, isTest, occurredAt, log, pixelPolicy) : recordReversal(merchant, input, input.event, isTest, occurredAt, log);
}
