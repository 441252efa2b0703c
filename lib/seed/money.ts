// Turns seeded orders into Conversion, Commission, Payout and PayoutLine rows
// by replaying them, in time order, through the live pipeline's own rules:
// commissions planned by lib/commissions/plan.ts (cap splits with the excess
// held and a cap review item, the creator's history read as readHistory
// reads it), refunds reversed by lib/commissions/reverse.ts (whole or
// partial, clawbacks after payout), approval when the holding period ends
// (approve-due.ts) and one payout run claiming what payout.ts would claim.
// Only what happens in the database is done here, in memory.
import { applyContract, type AppliedRules } from "@/lib/attribution/contract-terms";
import { REASONS } from "@/lib/attribution/explain";
import { periodOf } from "@/lib/commissions/period";
import { planSaleCommissions, type CommissionHistory } from "@/lib/commissions/plan";
import { planReversal, type ReversibleCommission } from "@/lib/commissions/reverse";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS } from "./catalog";
import type { SeedSale } from "./orders";
import type { IdSource } from "./random";
import { utcDayStart, windowStart, type SeedCreatorRef } from "./traffic";

const CURRENCY = "USD";
const RECEIVED_AFTER_MS = 1_500;

export interface MoneyRows {
  conversions: Prisma.ConversionCreateManyInput[];
  commissions: Prisma.CommissionCreateManyInput[];
  payout: Prisma.PayoutCreateManyInput | null;
  payoutLines: Prisma.PayoutLineCreateManyInput[];
  capReviews: Prisma.ReviewItemCreateManyInput[];
}

interface Context {
  ids: IdSource;
  now: number;
  workspaceId: string;
  merchantId: string;
  ownerId: string;
  creators: SeedCreatorRef[];
  /** each campaign's terms, by the catalog's campaign index */
  campaigns: AppliedRules[];
}

type Row = ReversibleCommission & { conversionId: string; approvedAt: Date | null; note: string | null; createdAt: Date; updatedAt: Date };

type Event = { at: number; order: number; run: () => void };

/** A seeded campaign's rules as the postback path applies them: the demo's contracts override nothing, and no terms version was ever edited. */
export function rulesOf(c: Prisma.CampaignCreateManyInput): AppliedRules {
  return applyContract({
    id: c.id, termsVersion: null, attributionWindowDays: c.attributionWindowDays ?? 14, priority: c.priority ?? "click", commissionType: c.commissionType,
    commissionBps: c.commissionBps ?? null, commissionFlatMinor: c.commissionFlatMinor ?? null, commissionTiers: c.commissionTiers ?? null,
    capPerCreatorMinor: c.capPerCreatorMinor ?? null, capPeriod: c.capPeriod ?? null, holdingDays: c.holdingDays ?? 30,
  }, null);
}

/** The oldest month in the data, up to where commissions are still inside their holding period: one run pays it. */
function payoutPeriod(now: number, holdingDays: number) {
  const first = new Date(windowStart(now));
  const start = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const end = Math.min(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1), utcDayStart(now - holdingDays * DAY_MS));
  // run once the period's last order is past its hold, paid a day later
  const runAt = Math.min(now - 2 * 3_600_000 - DAY_MS, end + holdingDays * DAY_MS + 3_600_000);
  return { start, end, runAt };
}

export function buildMoneyRows(ctx: Context, sales: SeedSale[]): MoneyRows {
  const { ids, now, workspaceId, merchantId } = ctx;
  const conversions: Prisma.ConversionCreateManyInput[] = [];
  const rows: Row[] = [];
  const capReviews: Prisma.ReviewItemCreateManyInput[] = [];
  const occurred = new Map<string, number>();
  const bySale = new Map<string, Row[]>();
  const conversionOf = new Map<SeedSale, Prisma.ConversionCreateManyInput>();
  const saleAmounts: { creatorId: string; campaignId: string; at: number; amount: number }[] = [];
  let payout: Prisma.PayoutCreateManyInput | null = null;
  const payoutLines: Prisma.PayoutLineCreateManyInput[] = [];

  // the maintenance pass approves pending commissions the minute their hold ends
  const approveDue = (at: number) => {
    for (const r of rows) {
      if (r.status === "pending" && !r.isTest && r.holdUntil.getTime() <= at) Object.assign(r, { status: "approved", approvedAt: r.holdUntil, updatedAt: r.holdUntil });
    }
  };

  // readHistory, over the rows written so far
  const history = (rules: AppliedRules, creatorId: string, at: Date): CommissionHistory => {
    const month = periodOf(at, "month");
    const period = periodOf(at, rules.capPeriod ?? "month");
    const inRange = (t: number, r: { from: Date; to: Date }, before = Infinity) => t >= r.from.getTime() && t < Math.min(r.to.getTime(), before);
    return {
      revenueBeforeMinor: rules.commissionType === "tiered" ? saleAmounts.filter((s) => s.creatorId === creatorId && s.campaignId === rules.id && inRange(s.at, month, at.getTime())).reduce((sum, s) => sum + s.amount, 0) : 0,
      earnedMinor: rules.capPerCreatorMinor === null ? 0 : rows
        .filter((r) => r.creatorId === creatorId && r.campaignId === rules.id && r.part === "base" && r.status !== "rejected" && r.status !== "reversed" && inRange(occurred.get(r.conversionId)!, period))
        .reduce((sum, r) => sum + r.amountMinor, 0),
    };
  };

  const recordSale = (sale: SeedSale) => {
    const creator = sale.creatorIdx === null ? null : ctx.creators[sale.creatorIdx];
    const credited = creator !== null && sale.link !== null;
    const id = ids.id("cnv");
    conversions.push({
      id, workspaceId, merchantId, orderId: sale.orderId, event: "sale", amountMinor: sale.amount, currency: CURRENCY,
      clickId: sale.click?.id ?? null, couponCode: sale.coupon, customerHash: sale.customerHash, orderCountry: sale.country,
      occurredAt: new Date(sale.at), receivedAt: new Date(sale.at + RECEIVED_AFTER_MS), isNewCustomer: sale.isNewCustomer,
      attributionMethod: sale.method, attributionReason: sale.reason, creatorId: credited ? creator.id : null,
      campaignId: credited ? sale.link!.campaignId : null, linkId: credited && sale.method === "click" ? sale.link!.linkId : null, placement: credited ? sale.placement : null,
    });
    conversionOf.set(sale, conversions[conversions.length - 1]);
    occurred.set(id, sale.at);
    if (!credited) return;
    const rules = ctx.campaigns[sale.link!.campaignIdx];
    const at = new Date(sale.at);
    const input = { workspaceId, creatorId: creator.id, campaignId: rules.id, amountMinor: sale.amount, currency: CURRENCY, occurredAt: at, isTest: false };
    const plan = planSaleCommissions(rules, input, history(rules, creator.id, at));
    saleAmounts.push({ creatorId: creator.id, campaignId: rules.id, at: sale.at, amount: sale.amount });
    const received = new Date(sale.at + RECEIVED_AFTER_MS);
    const mine = plan.commissions.map((p): Row => ({
      id: ids.id("com"), workspaceId, conversionId: id, part: p.part, creatorId: creator.id, campaignId: rules.id, amountMinor: p.amountMinor,
      currency: CURRENCY, isTest: false, status: p.status, holdUntil: p.holdUntil, approvedAt: null, note: p.note, createdAt: received, updatedAt: received,
    }));
    rows.push(...mine);
    bySale.set(id, mine);
    // claim.ts inserts the cap item ON CONFLICT (workspaceId, dedupeKey) DO NOTHING: the month's first excess opens it
    if (plan.review && !capReviews.some((r) => r.dedupeKey === plan.review!.dedupeKey)) {
      capReviews.push({ id: ids.id("rev"), workspaceId, kind: "cap_reached", dedupeKey: plan.review.dedupeKey, creatorId: creator.id, conversionId: id, evidence: plan.review.evidence, createdAt: received });
    }
  };

  const recordRefund = (sale: SeedSale, refund: NonNullable<SeedSale["refund"]>) => {
    const id = ids.id("cnv");
    const saleRow = conversionOf.get(sale)!;
    conversions.push({
      ...saleRow, id, event: "refund", amountMinor: refund.amount, occurredAt: new Date(refund.at), receivedAt: new Date(refund.at + RECEIVED_AFTER_MS),
      isNewCustomer: null, attributionReason: REASONS.reverses(sale.orderId, sale.reason), saleId: saleRow.id,
    });
    occurred.set(id, refund.at);
    approveDue(refund.at);
    const plan = planReversal(bySale.get(saleRow.id) ?? [], { id, workspaceId, amountMinor: refund.amount, event: "refund", occurredAt: new Date(refund.at) }, { amountMinor: sale.amount });
    const at = new Date(refund.at + RECEIVED_AFTER_MS);
    for (const r of plan.reverse) Object.assign(rows.find((x) => x.id === r.id)!, { status: "reversed", note: r.note, updatedAt: at });
    rows.push(...plan.lines.map((l): Row => ({ ...l, id: ids.id("com"), createdAt: at, updatedAt: at })));
  };

  const period = payoutPeriod(now, ctx.campaigns[0]?.holdingDays ?? 30);
  const runPayout = () => {
    approveDue(period.runAt);
    // payout.ts: every approved live commission from orders before the period's end
    const due = rows.filter((r) => r.status === "approved" && !r.isTest && occurred.get(r.conversionId)! < period.end);
    if (due.length === 0) return;
    const paidAt = new Date(period.runAt + DAY_MS);
    const payoutId = ids.id("pay");
    payout = {
      id: payoutId, workspaceId, periodStart: new Date(period.start), periodEnd: new Date(period.end), currency: CURRENCY, status: "paid",
      createdById: ctx.ownerId, createdAt: new Date(period.runAt), paidAt,
    };
    for (const c of due.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))) {
      Object.assign(c, { status: "paid", updatedAt: new Date(period.runAt) });
      payoutLines.push({ id: ids.id("pl"), workspaceId, payoutId, creatorId: c.creatorId, kind: c.amountMinor < 0 ? "clawback" : "commission", commissionId: c.id, amountMinor: c.amountMinor, currency: CURRENCY, note: c.note });
    }
  };

  const events: Event[] = [];
  for (const sale of sales) {
    events.push({ at: sale.at, order: 0, run: () => recordSale(sale) });
    const refund = sale.refund;
    if (refund) events.push({ at: refund.at, order: 1, run: () => recordRefund(sale, refund) });
  }
  if (period.end > period.start) events.push({ at: period.runAt, order: 2, run: runPayout });
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  for (const e of events) e.run();
  approveDue(now);

  const commissions = rows.map((r): Prisma.CommissionCreateManyInput => ({ ...r }));
  return { conversions, commissions, payout, payoutLines, capReviews };
}
