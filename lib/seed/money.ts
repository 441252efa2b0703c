// Turns seeded sales into Conversion, Commission, Payout and PayoutLine rows
// the way the live pipeline would have left them: refunds as their own
// events, commissions held for the campaign's holding period, the oldest
// month already paid out.
import type { Prisma } from "@/lib/generated/prisma/client";
import { CAMPAIGNS, DAY_MS } from "./catalog";
import type { SeedSale } from "./orders";
import type { IdSource } from "./random";
import { utcDayStart, windowStart, type SeedCreatorRef } from "./traffic";

export const HOLDING_DAYS = 30;
const CURRENCY = "USD";

export interface MoneyRows {
  conversions: Prisma.ConversionCreateManyInput[];
  commissions: Prisma.CommissionCreateManyInput[];
  payout: Prisma.PayoutCreateManyInput | null;
  payoutLines: Prisma.PayoutLineCreateManyInput[];
}

interface Context {
  ids: IdSource;
  now: number;
  workspaceId: string;
  merchantId: string;
  ownerId: string;
  creators: SeedCreatorRef[];
}

/** Percent commission in integer math, rounding half up. */
export function percentOf(amountMinor: number, bps: number): number {
  return Math.floor((amountMinor * bps + 5_000) / 10_000);
}

function monthKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

function money(minor: number): string {
  return `$${(minor / 100).toFixed(2)}`;
}

export function buildMoneyRows(ctx: Context, sales: SeedSale[]): MoneyRows {
  const { ids, now, workspaceId, merchantId } = ctx;
  const conversions: Prisma.ConversionCreateManyInput[] = [];
  const commissions: Prisma.CommissionCreateManyInput[] = [];
  const capUsed = new Map<string, number>();

  for (const sale of sales) {
    const creator = sale.creatorIdx === null ? null : ctx.creators[sale.creatorIdx];
    const attribution = {
      attributionMethod: sale.method,
      attributionReason: sale.reason,
      creatorId: creator?.id ?? null,
      campaignId: sale.link?.campaignId ?? null,
      linkId: sale.method === "click" ? (sale.link?.linkId ?? null) : null,
      placement: sale.placement,
    };
    const conversionId = ids.id("cnv");
    conversions.push({
      id: conversionId, workspaceId, merchantId, orderId: sale.orderId, event: "sale", amountMinor: sale.amount,
      currency: CURRENCY, clickId: sale.click?.id ?? null, couponCode: sale.coupon, customerHash: sale.customerHash,
      orderCountry: sale.country, occurredAt: new Date(sale.at), receivedAt: new Date(sale.at + 1_500),
      isNewCustomer: sale.isNewCustomer, ...attribution,
    });
    if (sale.refund) {
      conversions.push({
        id: ids.id("cnv"), workspaceId, merchantId, orderId: sale.orderId, event: "refund", amountMinor: sale.refund.amount,
        currency: CURRENCY, customerHash: sale.customerHash, orderCountry: sale.country, occurredAt: new Date(sale.refund.at),
        receivedAt: new Date(sale.refund.at + 1_500), ...attribution, attributionReason: `refund of order ${sale.orderId}`,
      });
    }
    if (!creator || !sale.link) continue;

    const campaign = CAMPAIGNS[sale.link.campaignIdx];
    let amount = percentOf(sale.amount, campaign.bps);
    let note: string | null = null;
    if (campaign.capPerCreatorMinor !== null && !sale.refund) {
      const key = `${creator.idx}:${campaign.key}:${monthKey(sale.at)}`;
      const used = capUsed.get(key) ?? 0;
      if (used + amount > campaign.capPerCreatorMinor) {
        amount = Math.max(0, campaign.capPerCreatorMinor - used);
        note = `monthly cap of ${money(campaign.capPerCreatorMinor)} reached`;
      }
      capUsed.set(key, used + amount);
    }
    const holdUntil = sale.at + HOLDING_DAYS * DAY_MS;
    const status = sale.refund ? "reversed" : holdUntil < now ? "approved" : "pending";
    commissions.push({
      id: ids.id("com"), workspaceId, conversionId, creatorId: creator.id, campaignId: sale.link.campaignId, amountMinor: amount,
      currency: CURRENCY, status, holdUntil: new Date(holdUntil), approvedAt: status === "approved" ? new Date(holdUntil) : null,
      note: sale.refund ? `order ${sale.orderId} refunded` : note, createdAt: new Date(sale.at + 1_500), updatedAt: new Date(sale.at + 1_500),
    });
  }

  const { payout, payoutLines } = payOldestMonth(ctx, commissions, conversions);
  return { conversions, commissions, payout, payoutLines };
}

// The oldest month in the data is already paid; later approved commissions
// wait for the next payout run, which the demo leaves to the user. The period
// ends where commissions are still inside their holding period.
function payOldestMonth(ctx: Context, commissions: Prisma.CommissionCreateManyInput[], conversions: Prisma.ConversionCreateManyInput[]) {
  const first = new Date(windowStart(ctx.now));
  const periodStart = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1);
  const heldFrom = utcDayStart(ctx.now - HOLDING_DAYS * DAY_MS);
  const periodEnd = Math.min(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1), heldFrom);
  const occurred = new Map(conversions.map((c) => [c.id, new Date(c.occurredAt).getTime()]));
  const due = commissions.filter((c) => {
    const at = occurred.get(c.conversionId) ?? 0;
    return c.status === "approved" && at >= periodStart && at < periodEnd && c.amountMinor > 0;
  });
  if (due.length === 0) return { payout: null, payoutLines: [] };

  const lastHold = Math.max(...due.map((c) => new Date(c.holdUntil).getTime()));
  const paidAt = Math.min(ctx.now - 3_600_000, lastHold + 3_600_000);
  const payoutId = ctx.ids.id("pay");
  const payout: Prisma.PayoutCreateManyInput = {
    id: payoutId, workspaceId: ctx.workspaceId, periodStart: new Date(periodStart), periodEnd: new Date(periodEnd),
    currency: CURRENCY, status: "paid", createdById: ctx.ownerId, createdAt: new Date(paidAt - DAY_MS), paidAt: new Date(paidAt),
  };
  const payoutLines = due.map((c): Prisma.PayoutLineCreateManyInput => {
    c.status = "paid";
    c.updatedAt = new Date(paidAt);
    return {
      id: ctx.ids.id("pl"), workspaceId: ctx.workspaceId, payoutId, creatorId: c.creatorId, kind: "commission",
      commissionId: c.id, amountMinor: c.amountMinor, currency: CURRENCY,
    };
  });
  return { payout, payoutLines };
}
