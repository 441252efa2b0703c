// The attribution window advisor's arithmetic, pure so a test can check it
// against a hand-built fixture. Input: every live order whose click id points
// at a valid click on the campaign's links, with the delay from click to
// order. A window of N days captures an order when the delay is at most N
// days (the edge counts, as in attribute.ts), whatever the window was when the
// order arrived: orders past the window are stored uncredited, click id kept.
import type { Ratio } from "@/lib/analytics/types";

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export interface WindowOrder {
  creatorId: string;
  creatorName: string;
  delayMs: number;
  /** sale amount less its refunds, never below 0; minor units of `currency` */
  netMinor: number;
  /** commission the order earned (net of reversals); 0 when nobody was credited */
  commissionMinor: number;
  currency: string;
}

export const DELAY_BUCKETS = [
  { label: "under 1 hour", upToMs: HOUR_MS },
  { label: "1 hour to 1 day", upToMs: DAY_MS },
  { label: "1 to 3 days", upToMs: 3 * DAY_MS },
  { label: "3 to 7 days", upToMs: 7 * DAY_MS },
  { label: "7 to 14 days", upToMs: 14 * DAY_MS },
  { label: "14 to 30 days", upToMs: 30 * DAY_MS },
  { label: "30 to 60 days", upToMs: 60 * DAY_MS },
  { label: "over 60 days", upToMs: Infinity },
] as const;

export const STANDARD_WINDOWS = [7, 14, 30] as const;

const ratio = (num: number, den: number): Ratio => (den === 0 ? null : { num, den });
const inWindow = (o: WindowOrder, days: number) => o.delayMs <= days * DAY_MS;

/** Orders per delay bucket; a bucket holds delays above the previous bound up to its own (an hour exactly is "under 1 hour"). */
export function delayDistribution(orders: WindowOrder[]) {
  const counts = DELAY_BUCKETS.map(() => 0);
  for (const o of orders) counts[DELAY_BUCKETS.findIndex((b) => o.delayMs <= b.upToMs)]++;
  return DELAY_BUCKETS.map((b, i) => ({ label: b.label, orders: counts[i], share: ratio(counts[i], orders.length) }));
}

/** The windows to compare: 7, 14, 30, the current one and an optional custom one, each once, shortest first. */
export function windowsToCompare(currentDays: number, customDays?: number): number[] {
  return [...new Set([...STANDARD_WINDOWS, currentDays, ...(customDays ? [customDays] : [])])].sort((a, b) => a - b);
}

/** How many of the orders each window would have captured. */
export function captureByWindow(orders: WindowOrder[], windows: number[]) {
  return windows.map((days) => {
    const captured = orders.filter((o) => inWindow(o, days)).length;
    return { days, captured, share: ratio(captured, orders.length) };
  });
}

export interface Movement {
  orders: number;
  revenueMinor: number;
  commissionMinor: number;
}

export interface CreatorMovement extends Movement {
  creatorId: string;
  creatorName: string;
}

export interface WindowChange extends Movement {
  fromDays: number;
  toDays: number;
  /** orders gained are paid at an estimate (the current rule, before caps); orders lost carry what they earned */
  commissionEstimated: boolean;
  /** the creators moved most, by revenue, at most `top` */
  creators: CreatorMovement[];
  /** orders in the band whose currency is not the campaign's: counted, not summed */
  otherCurrencyOrders: number;
}

const add = (m: Movement, d: Movement) => {
  m.orders += d.orders;
  m.revenueMinor += d.revenueMinor;
  m.commissionMinor += d.commissionMinor;
};

/**
 * What moving the window from `fromDays` to `toDays` would have changed over
 * these orders: a longer window gains the orders between the two (their
 * commission estimated by `estimate`), a shorter one loses them (with the
 * commission they earned). Signed: positive is gained.
 */
export function windowChange(orders: WindowOrder[], fromDays: number, toDays: number, opts: { currency: string; estimate: (netMinor: number) => number; top?: number }): WindowChange {
  const gaining = toDays > fromDays;
  const [lo, hi] = gaining ? [fromDays, toDays] : [toDays, fromDays];
  const sign = gaining ? 1 : -1;
  const total: Movement = { orders: 0, revenueMinor: 0, commissionMinor: 0 };
  const byCreator = new Map<string, CreatorMovement>();
  let otherCurrencyOrders = 0;
  for (const o of orders) {
    if (inWindow(o, lo) || !inWindow(o, hi)) continue;
    const same = o.currency === opts.currency;
    if (!same) otherCurrencyOrders++;
    const delta: Movement = {
      orders: sign,
      revenueMinor: same ? sign * o.netMinor : 0,
      commissionMinor: same ? sign * (gaining ? opts.estimate(o.netMinor) : o.commissionMinor) : 0,
    };
    add(total, delta);
    const c = byCreator.get(o.creatorId) ?? { creatorId: o.creatorId, creatorName: o.creatorName, orders: 0, revenueMinor: 0, commissionMinor: 0 };
    add(c, delta);
    byCreator.set(o.creatorId, c);
  }
  const creators = [...byCreator.values()]
    .sort((a, b) => Math.abs(b.revenueMinor) - Math.abs(a.revenueMinor) || Math.abs(b.orders) - Math.abs(a.orders) || a.creatorName.localeCompare(b.creatorName))
    .slice(0, opts.top ?? 5);
  return { fromDays, toDays, ...total, commissionEstimated: gaining, creators, otherCurrencyOrders };
}
