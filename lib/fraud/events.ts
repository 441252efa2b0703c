// The fraud facts computed from plain events in memory, exactly as
// facts-sql.ts computes them from the Click and Conversion tables: the
// scenario bench judges generated workspaces with it, and the fixed-scenario
// test checks that both give the same counts.
import { REPEAT_WINDOW_SECONDS } from "@/lib/tracking/invalid-clicks";
import { customerHashOf } from "./customer-hash";
import { EMPTY_DAY, isoDay, type CreatorHistory, type DayFacts, type RefundFacts, type SelfPurchase } from "./facts";
import type { Thresholds } from "./thresholds";

export interface ClickEvent {
  id: string;
  creatorId: string;
  linkId: string;
  at: number;
  country: string | null;
  device: string;
  isBot: boolean;
  ipHash: string;
}

export interface SaleEvent {
  id: string;
  orderId: string;
  creatorId: string | null;
  method: "click" | "coupon" | "none";
  clickId: string | null;
  at: number;
  orderCountry: string | null;
  isNewCustomer: boolean | null;
  customerRef: string | null;
  amountMinor: number;
  refundAt: number | null;
}

export interface CreatorInfo {
  id: string;
  email: string;
  audienceCountry: string | null;
}

const byTime = (a: ClickEvent, b: ClickEvent) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

/** lib/tracking/invalid-clicks.ts in memory: a bot, or an earlier click by the same IP hash on the same link within the repeat window. */
function invalidIds(clicks: readonly ClickEvent[]): Set<string> {
  const out = new Set<string>();
  for (const list of groupBy(clicks, (c) => `${c.linkId}|${c.ipHash}`).values()) {
    list.sort(byTime);
    list.forEach((c, i) => {
      if (c.isBot || (i > 0 && list[i - 1].at >= c.at - REPEAT_WINDOW_SECONDS * 1000)) out.add(c.id);
    });
  }
  return out;
}

/** Non-bot clicks with at least `repeats` non-bot clicks (themselves included) from one visitor and device on one link within the window, that day. */
function burstIds(clicks: readonly ClickEvent[], t: Thresholds["velocity"]): Set<string> {
  const out = new Set<string>();
  const windowMs = t.windowMinutes * 60_000;
  for (const list of groupBy(clicks.filter((c) => !c.isBot), (c) => `${c.linkId}|${c.ipHash}|${c.device}|${isoDay(c.at)}`).values()) {
    list.sort(byTime);
    let lo = 0;
    let hi = 0;
    for (const c of list) {
      while (list[lo].at < c.at - windowMs) lo++;
      // RANGE … CURRENT ROW counts peers: every click at the same instant
      while (hi < list.length && list[hi].at <= c.at) hi++;
      if (hi - lo >= t.repeats) out.add(c.id);
    }
  }
  return out;
}

function dayOf(history: CreatorHistory, at: number): DayFacts {
  const day = isoDay(at);
  let f = history.days.get(day);
  if (!f) history.days.set(day, (f = { ...EMPTY_DAY }));
  return f;
}

export function factsFromEvents(creators: readonly CreatorInfo[], clicks: readonly ClickEvent[], sales: readonly SaleEvent[], thresholds: Thresholds): Map<string, CreatorHistory> {
  const out = new Map(creators.map((c) => [c.id, { creatorId: c.id, audienceCountry: c.audienceCountry, days: new Map<string, DayFacts>() }]));
  const audience = new Map(creators.map((c) => [c.id, c.audienceCountry]));
  const invalid = invalidIds(clicks);
  const bursts = burstIds(clicks, thresholds.velocity);
  const clickById = new Map(clicks.map((c) => [c.id, c]));
  for (const c of clicks) {
    const history = out.get(c.creatorId);
    if (!history) continue;
    const f = dayOf(history, c.at);
    if (invalid.has(c.id)) f.invalidClicks++;
    else f.validClicks++;
    if (bursts.has(c.id)) {
      f.velocityClicks++;
      if (!invalid.has(c.id)) f.burstValidClicks++;
    }
  }
  for (const s of sales) {
    const history = s.creatorId ? out.get(s.creatorId) : undefined;
    if (!history) continue;
    const f = dayOf(history, s.at);
    const home = audience.get(history.creatorId) ?? null;
    f.sales++;
    if (s.method === "click") {
      f.clickSales++;
      const click = s.clickId ? clickById.get(s.clickId) : undefined;
      if (click && s.at - click.at < thresholds.fastConversion.seconds * 1000) f.fastSales++;
      if (click?.country && s.orderCountry && click.country !== s.orderCountry && click.country !== home) f.mismatchSales++;
    } else if (s.method === "coupon") {
      f.couponSales++;
      if (!s.clickId) f.couponNoClick++;
      if (s.isNewCustomer) f.couponNewCustomers++;
      if (home && s.orderCountry && s.orderCountry !== home) f.couponOutside++;
    }
  }
  return out;
}

/** Sales from `from` (inclusive) to `to` (exclusive) per creator, and how many of them were refunded by `asOf`. */
export function refundsFromEvents(sales: readonly SaleEvent[], from: number, to: number, asOf: number): RefundFacts[] {
  const out = new Map<string, RefundFacts>();
  for (const s of sales) {
    if (!s.creatorId || s.at < from || s.at >= to) continue;
    const r = out.get(s.creatorId) ?? { creatorId: s.creatorId, sales: 0, refunded: 0 };
    r.sales++;
    if (s.refundAt !== null && s.refundAt < asOf) r.refunded++;
    out.set(s.creatorId, r);
  }
  return [...out.values()];
}

/** Sales from `from` to `to` whose customer reference hashes to their own creator's email. */
export function selfPurchasesFromEvents(workspaceId: string, creators: readonly CreatorInfo[], sales: readonly SaleEvent[], from: number, to: number, currency: string): SelfPurchase[] {
  const own = new Map(creators.map((c) => [c.id, customerHashOf(workspaceId, c.email)]));
  return sales
    .filter((s) => s.creatorId && s.customerRef && s.at >= from && s.at < to && own.get(s.creatorId) === customerHashOf(workspaceId, s.customerRef))
    .map((s) => ({ creatorId: s.creatorId as string, conversionId: s.id, orderId: s.orderId, amountMinor: s.amountMinor, currency, occurredAt: new Date(s.at) }));
}
