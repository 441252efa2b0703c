// Orders credited to creators by click or by coupon, a few nobody earned
// (no signal, or a click past the window: kept with its click id, as the
// pipeline keeps it), repeat customers, and refunds. Counts are set from each
// creator's valid clicks so the planted rates come out on target, not merely
// near it by luck. Reasons are the pipeline's own sentences (explain.ts).
import { REASONS } from "@/lib/attribution/explain";
import { REPEAT_WINDOW_SECONDS } from "@/lib/tracking/invalid-clicks";
import { ATTRIBUTION_WINDOW_DAYS, CAMPAIGNS, DAY_MS, OTHER_COUNTRIES, TARGETS, couponCode } from "./catalog";
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
const WINDOW_MS = ATTRIBUTION_WINDOW_DAYS * DAY_MS;
// the demo's contracts set no window of their own: every click is judged by its campaign's
const CAMPAIGN_WINDOW = { days: ATTRIBUTION_WINDOW_DAYS, contract: null };

/**
 * The clicks reports count (lib/tracking/invalid-clicks.ts): not a bot, and
 * not the same visitor on the same link within the repeat window (ties by id).
 */
export function validClickIds(clicks: SeedClick[]): Set<string> {
  const valid = new Set<string>();
  const last = new Map<string, number>();
  const ordered = [...clicks].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const c of ordered) {
    const key = `${c.ipHash}\u0000${c.link.linkId}`;
    const prior = last.get(key);
    last.set(key, c.at);
    if (!c.isBot && (prior === undefined || c.at - prior > REPEAT_WINDOW_SECONDS * 1000)) valid.add(c.id);
  }
  return valid;
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

function creatorSales(rng: Rng, now: number, creator: SeedCreatorRef, clicks: SeedClick[], valid: Set<string>): { drafts: Draft[]; outside: Draft[] } {
  const eligible = clicks.filter((c) => valid.has(c.id) && !c.suspicious);
  const standout = creator.seed.role === "standout";
  // the standout's rate is click-credited orders over valid clicks (the case study's definition); others' includes codes
  const total = Math.round(conversionRate(rng, creator) * eligible.length);
  const couponShare = rng.float(0.08, 0.2);
  const couponCount = Math.round(total * couponShare);
  const clickCount = standout ? total : total - couponCount;
  const used = new Set<string>();
  const drafts: Draft[] = [];
  // stuffed cookies: whatever country the click came from, the shopper orders at home
  const stuffed = creator.seed.role === "countryMismatch";
  const orderCountry = (clickCountry: string | null) => (stuffed && rng.chance(0.9) ? creator.seed.country : (clickCountry ?? creator.seed.country));
  const unusedClick = (from: SeedClick[]) => {
    let click = rng.pick(from);
    for (let tries = 0; used.has(click.id) && tries < 20; tries++) click = rng.pick(from);
    used.add(click.id);
    return click;
  };

  for (let i = 0; i < clickCount && eligible.length > 0; i++) {
    const click = unusedClick(eligible);
    let delay = orderDelay(rng);
    if (click.at + delay >= now) delay = Math.floor(rng.float(0.05, 0.95) * (now - click.at));
    drafts.push({
      creatorIdx: creator.idx, link: click.link, click, coupon: null, at: click.at + delay, amount: basketMinor(rng),
      method: "click", reason: REASONS.clicked(click.placement, null, delay, CAMPAIGN_WINDOW), placement: click.placement, country: orderCountry(click.country),
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
      method: "coupon", reason: REASONS.coupon(code), placement: null, country: orderCountry(country),
    });
  }
  // The long tail past the window: the shopper comes back weeks later with the click id; nobody is credited.
  const early = eligible.filter((c) => c.at < now - WINDOW_MS - 2 * DAY_MS);
  const outside: Draft[] = [];
  for (let i = Math.round(clickCount * TARGETS.outsideWindowShare); i > 0 && early.length > 0; i--) {
    const click = unusedClick(early);
    const delay = Math.floor(rng.float(WINDOW_MS + HOUR_MS, Math.min(3 * WINDOW_MS, now - click.at - HOUR_MS)));
    outside.push({
      creatorIdx: null, link: click.link, click, coupon: null, at: click.at + delay, amount: basketMinor(rng),
      method: "none", reason: REASONS.outsideWindow(delay, CAMPAIGN_WINDOW), placement: null, country: click.country ?? creator.seed.country,
    });
  }
  return { drafts: drafts.sort((a, b) => a.at - b.at), outside };
}

interface Customer {
  hash: string;
  country: string;
}

// Error diffusion keeps the repeat share on target while still random in
// which orders are the repeats. A repeat customer keeps their country. With
// `onceEach`, a customer buys again at most once, so the share of customers
// who came back is repeats / (orders - repeats).
function assignCustomers(rng: Rng, drafts: Draft[], repeatShare: number, onceEach = false): SeedSale[] {
  const customers: (Customer & { repeated: boolean })[] = [];
  let repeats = 0;
  return drafts.map((d, i) => {
    const owed = repeatShare * (i + 1) - repeats;
    const candidates = onceEach ? customers.filter((c) => !c.repeated) : customers;
    const repeat = candidates.length > 0 && owed > rng.next();
    let customer: Customer & { repeated: boolean };
    if (repeat) {
      repeats++;
      customer = rng.pick(candidates);
      customer.repeated = true;
    } else {
      customer = { hash: rng.hex(64), country: d.country, repeated: false };
      customers.push(customer);
    }
    return { ...d, country: customer.country, customerHash: customer.hash, isNewCustomer: !repeat, orderId: "", refund: null };
  });
}

export function generateSales(rng: Rng, now: number, creators: SeedCreatorRef[], clicks: SeedClick[]): SeedSale[] {
  const valid = validClickIds(clicks);
  const byCreator = new Map<number, SeedClick[]>();
  for (const c of clicks) {
    const list = byCreator.get(c.creatorIdx);
    if (list) list.push(c);
    else byCreator.set(c.creatorIdx, [c]);
  }
  const sales: SeedSale[] = [];
  const unattributed: Draft[] = [];
  let standout: SeedSale[] = [];
  for (const creator of creators) {
    const { drafts, outside } = creatorSales(rng, now, creator, byCreator.get(creator.idx) ?? [], valid);
    const isStandout = creator.seed.role === "standout";
    // the standout: a share of her customers buy again (each once), i.e. repeats / orders = share / (1 + share)
    const share = TARGETS.standoutRepeatCustomerShare;
    const mine = isStandout ? assignCustomers(rng, drafts, share / (1 + share), true) : assignCustomers(rng, drafts, rng.float(0.1, 0.2));
    if (isStandout) standout = mine;
    sales.push(...mine);
    unattributed.push(...outside);
  }

  const start = windowStart(now);
  for (let i = Math.round(sales.length * 0.07); i > 0; i--) {
    unattributed.push({
      creatorIdx: null, link: null, click: null, coupon: null, at: start + Math.floor(rng.next() * (now - start)),
      amount: basketMinor(rng), method: "none", reason: REASONS.noSignals, placement: null, country: rng.weighted(OTHER_COUNTRIES),
    });
  }
  sales.push(...assignCustomers(rng, unattributed.sort((a, b) => a.at - b.at), 0.1));

  for (const campaignIdx of CAMPAIGNS.keys()) liftStandoutAov(sales, standout, campaignIdx);
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

const credited = (s: SeedSale, campaignIdx: number) => s.creatorIdx !== null && s.link?.campaignIdx === campaignIdx;

// Scales the standout's baskets in a campaign so her AOV sits the target lift
// above the campaign's AOV (credited orders), which itself includes hers.
function liftStandoutAov(all: SeedSale[], standout: SeedSale[], campaignIdx: number) {
  const hers = standout.filter((s) => credited(s, campaignIdx));
  if (hers.length === 0) return;
  const lift = 1 + TARGETS.standoutAovLift;
  const theirs = new Set(hers);
  const campaign = all.filter((s) => credited(s, campaignIdx));
  const othersSum = campaign.filter((s) => !theirs.has(s)).reduce((sum, s) => sum + s.amount, 0);
  const hersSum = hers.reduce((sum, s) => sum + s.amount, 0);
  const factor = (lift * othersSum) / (hersSum * (campaign.length / hers.length - lift));
  for (const s of hers) s.amount = Math.round(s.amount * factor);
}
