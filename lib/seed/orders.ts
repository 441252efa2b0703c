// Orders credited to creators by click or by coupon, a few nobody earned,
// repeat customers, and refunds. Counts are set from each creator's clicks so
// the planted rates come out on target, not merely near it by luck.
import { CAMPAIGNS, DAY_MS, OTHER_COUNTRIES, TARGETS, couponCode } from "./catalog";
import type { Rng } from "./random";
import { windowStart, type SeedClick, type SeedCreatorRef, type SeedLink } from "./traffic";

export interface SeedSale {
  creatorIdx: number | null;
  link: SeedLink | null;
  click: SeedClick | null;
  coupon: string | null;
  at: number;
  amount: number;
  method: "click" | "coupon" | "none";
  reason: string;
  placement: string | null;
  customerHash: string;
  isNewCustomer: boolean;
  country: string;
  orderId: string;
  refund: { at: number; amount: number } | null;
}

const HOUR_MS = 3_600_000;
const WINDOW_MS = 14 * DAY_MS;

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** "clicked your story link 3 days before the order", in words a creator would accept. */
export function clickReason(placement: string, deltaMs: number): string {
  const ago =
    deltaMs < HOUR_MS
      ? plural(Math.max(1, Math.round(deltaMs / 60_000)), "minute")
      : deltaMs < DAY_MS
        ? plural(Math.round(deltaMs / HOUR_MS), "hour")
        : plural(Math.floor(deltaMs / DAY_MS), "day");
  return `clicked your ${placement} link ${ago} before the order`;
}

// Most orders follow the click within hours; a long tail runs to the window's end.
function orderDelay(rng: Rng): number {
  const r = rng.next();
  if (r < 0.5) return Math.min(rng.logNormal(25 * 60_000, 0.9), 3 * HOUR_MS);
  if (r < 0.8) return rng.float(3 * HOUR_MS, 3 * DAY_MS);
  return rng.float(3 * DAY_MS, WINDOW_MS - HOUR_MS);
}

function basketMinor(rng: Rng): number {
  return Math.round(Math.min(24_000, Math.max(1_900, rng.logNormal(5_600, 0.3))));
}

function conversionRate(rng: Rng, creator: SeedCreatorRef): number {
  switch (creator.seed.role) {
    case "standout": return TARGETS.standoutConversionRate;
    case "lowConversion": return TARGETS.lowConversionRate;
    case "countryMismatch": return 0.02;
    default: return rng.float(0.014, 0.024);
  }
}

type Draft = Omit<SeedSale, "customerHash" | "isNewCustomer" | "orderId" | "refund">;

function creatorSales(rng: Rng, now: number, creator: SeedCreatorRef, clicks: SeedClick[]): Draft[] {
  const eligible = clicks.filter((c) => !c.isBot && !c.suspicious);
  const total = Math.round(conversionRate(rng, creator) * eligible.length);
  const couponCount = Math.round(total * rng.float(0.08, 0.2));
  const used = new Set<string>();
  const drafts: Draft[] = [];
  const mismatch = creator.seed.role === "countryMismatch";
  const orderCountry = (clickCountry: string | null) =>
    mismatch && rng.chance(0.9) ? rng.pick(TARGETS.mismatchOrderCountries) : (clickCountry ?? creator.seed.country);

  for (let i = 0; i < total - couponCount && eligible.length > 0; i++) {
    let click = rng.pick(eligible);
    for (let tries = 0; used.has(click.id) && tries < 20; tries++) click = rng.pick(eligible);
    used.add(click.id);
    let delay = orderDelay(rng);
    if (click.at + delay >= now) delay = Math.floor(rng.float(0.05, 0.95) * (now - click.at));
    drafts.push({
      creatorIdx: creator.idx, link: click.link, click, coupon: null, at: click.at + delay, amount: basketMinor(rng),
      method: "click", reason: clickReason(click.placement, delay), placement: click.placement, country: orderCountry(click.country),
    });
  }
  for (let i = 0; i < couponCount && eligible.length > 0; i++) {
    // A code is used around when the creator's audience is active on that campaign.
    const near = rng.pick(eligible);
    const code = couponCode(creator.seed, CAMPAIGNS[near.link.campaignIdx]);
    const at = Math.min(now - 60_000, near.at + Math.floor(rng.float(0, 3 * DAY_MS)));
    const country = rng.chance(0.85) ? creator.seed.country : rng.weighted(OTHER_COUNTRIES);
    drafts.push({
      creatorIdx: creator.idx, link: near.link, click: null, coupon: code, at, amount: basketMinor(rng),
      method: "coupon", reason: `used your code ${code}`, placement: null, country: orderCountry(country),
    });
  }
  return drafts.sort((a, b) => a.at - b.at);
}

interface Customer {
  hash: string;
  country: string;
}

// Error diffusion keeps the repeat share on target while still random in
// which orders are the repeats. A repeat customer keeps their country.
function assignCustomers(rng: Rng, drafts: Draft[], repeatShare: number): SeedSale[] {
  const customers: Customer[] = [];
  let repeats = 0;
  return drafts.map((d, i) => {
    const owed = repeatShare * (i + 1) - repeats;
    const repeat = customers.length > 0 && owed > rng.next();
    let customer: Customer;
    if (repeat) {
      repeats++;
      customer = rng.pick(customers);
    } else {
      customer = { hash: rng.hex(64), country: d.country };
      customers.push(customer);
    }
    return { ...d, country: customer.country, customerHash: customer.hash, isNewCustomer: !repeat, orderId: "", refund: null };
  });
}

export function generateSales(rng: Rng, now: number, creators: SeedCreatorRef[], clicks: SeedClick[]): SeedSale[] {
  const byCreator = new Map<number, SeedClick[]>();
  for (const c of clicks) {
    const list = byCreator.get(c.creatorIdx);
    if (list) list.push(c);
    else byCreator.set(c.creatorIdx, [c]);
  }
  const sales: SeedSale[] = [];
  let standout: SeedSale[] = [];
  for (const creator of creators) {
    const drafts = creatorSales(rng, now, creator, byCreator.get(creator.idx) ?? []);
    const isStandout = creator.seed.role === "standout";
    const mine = assignCustomers(rng, drafts, isStandout ? TARGETS.standoutRepeatShare : rng.float(0.1, 0.2));
    if (isStandout) standout = mine;
    sales.push(...mine);
  }

  const start = windowStart(now);
  const unattributed: Draft[] = [];
  for (let i = Math.round(sales.length * 0.07); i > 0; i--) {
    unattributed.push({
      creatorIdx: null, link: null, click: null, coupon: null, at: start + Math.floor(rng.next() * (now - start)),
      amount: basketMinor(rng), method: "none", reason: "no click id or coupon code matched an active link or code",
      placement: null, country: rng.weighted(OTHER_COUNTRIES),
    });
  }
  sales.push(...assignCustomers(rng, unattributed.sort((a, b) => a.at - b.at), 0.1));

  liftStandoutAov(sales, standout);
  sales.sort((a, b) => a.at - b.at);
  sales.forEach((s, i) => {
    s.orderId = `GT-${100_001 + i}`;
    if (s.at + 2 * DAY_MS < now && rng.chance(0.04)) {
      const at = s.at + 2 * DAY_MS + Math.floor(rng.next() * Math.min(10 * DAY_MS, now - s.at - 2 * DAY_MS));
      s.refund = { at, amount: rng.chance(0.7) ? s.amount : Math.round(s.amount / 2) };
    }
  });
  return sales;
}

// Scales the standout's baskets so her AOV sits the target lift above the
// workspace AOV, which itself includes her orders.
function liftStandoutAov(all: SeedSale[], standout: SeedSale[]) {
  if (standout.length === 0) return;
  const lift = 1 + TARGETS.standoutAovLift;
  const theirs = new Set(standout);
  let othersSum = 0;
  for (const s of all) if (!theirs.has(s)) othersSum += s.amount;
  const hersSum = standout.reduce((sum, s) => sum + s.amount, 0);
  const n = all.length;
  const factor = (lift * othersSum) / (hersSum * (n / standout.length - lift));
  for (const s of standout) s.amount = Math.round(s.amount * factor);
}
