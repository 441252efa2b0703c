// A generated workspace for the fraud signals: clean creators with realistic
// noise (weekly rhythm, over-dispersed days, double taps, bots, shared office
// IPs, travellers, quick repeat buyers, ordinary refunds) including the hard
// cases (a genuinely viral post, a coupon-only post, a creator whose whole
// audience is abroad), plus planted fraud of each kind. Deterministic for a
// seed. Used by bench/fraud.ts (precision and recall over many workspaces)
// and by test/integration/fraud-scenario.test.ts (one fixed workspace).
import type { ClickEvent, CreatorInfo, SaleEvent } from "@/lib/fraud/events";
import { DAY_MS, isoDay } from "@/lib/fraud/facts";
import type { FlagKind } from "@/lib/fraud/evidence";
import { Rng } from "@/lib/seed/random";

export type PlantedKind = Exclude<FlagKind, "large_payment">;
export const PLANTED_KINDS: PlantedKind[] = ["click_spike", "low_conversion", "country_mismatch", "ip_velocity", "fast_conversion", "coupon_leak", "self_purchase", "refund_rate"];

export interface Planted {
  creatorId: string;
  kind: PlantedKind;
  /** the days the pattern ran, first and last (ISO) */
  from: string;
  to: string;
}

export interface ScenarioOptions {
  seed: string;
  creators: number;
  /** creators per planted kind */
  perKind: number;
  /** the first day of the judged month; 35 days of history come before it */
  monthStart: string;
  days: number;
}

export interface Scenario {
  creators: CreatorInfo[];
  clicks: ClickEvent[];
  sales: SaleEvent[];
  planted: Planted[];
  /** hard cases among the clean creators, for the report */
  hardCases: { creatorId: string; kind: "viral_post" | "coupon_post" | "foreign_audience" }[];
  historyStart: number;
  monthStart: number;
  monthEnd: number;
}

const HOME = ["US", "US", "US", "GB", "DE", "CA", "FR", "AU"];
const FOREIGN = ["BR", "IN", "MX", "ID", "PH"];
const WORLD = ["US", "GB", "DE", "CA", "FR", "AU", "BR", "IN", "MX", "ID", "PH", "NG", "VN", "PL", "TR"];
const DEVICES = ["mobile", "mobile", "mobile", "desktop", "tablet"];
const HISTORY_DAYS = 35;

interface Profile {
  info: CreatorInfo;
  linkId: string;
  clicksPerDay: number;
  rate: number;
  couponPerDay: number;
  refundRate: number;
  plant: PlantedKind | null;
  hard: Scenario["hardCases"][number]["kind"] | null;
  plantDay: number;
}

class Builder {
  readonly clicks: ClickEvent[] = [];
  readonly sales: SaleEvent[] = [];
  private n = 0;
  constructor(readonly rng: Rng) {}

  id(prefix: string) {
    return `${prefix}_${(this.n++).toString(36)}`;
  }

  click(p: Profile, at: number, over: Partial<ClickEvent> = {}): ClickEvent {
    const r = this.rng;
    const home = p.info.audienceCountry ?? "US";
    const c: ClickEvent = { id: this.id("clk"), creatorId: p.info.id, linkId: p.linkId, at, country: r.chance(0.92) ? home : r.pick(WORLD), device: r.pick(DEVICES), isBot: false, ipHash: r.hex(12), ...over };
    this.clicks.push(c);
    return c;
  }

  sale(p: Profile, at: number, over: Partial<SaleEvent>): SaleEvent {
    const r = this.rng;
    const s: SaleEvent = {
      id: this.id("cnv"), orderId: this.id("ord"), creatorId: p.info.id, method: "click", clickId: null, at, orderCountry: p.info.audienceCountry ?? "US",
      isNewCustomer: r.chance(0.6), customerRef: `shopper${r.int(1, 1e9)}@mail.example`, amountMinor: Math.round(r.logNormal(5500, 0.5)),
      refundAt: r.chance(p.refundRate) ? at + r.float(1, 20) * DAY_MS : null, ...over,
    };
    this.sales.push(s);
    return s;
  }

  /** A shopper's order after a click: usually minutes to hours later, a few with the cart already full. */
  orderAfter(p: Profile, click: ClickEvent, over: Partial<SaleEvent> = {}) {
    const r = this.rng;
    const delay = r.chance(0.01) ? r.float(5, 40) : Math.max(12, r.logNormal(1200, 1.3));
    const orderCountry = click.country && r.chance(0.95) ? click.country : r.pick(WORLD);
    return this.sale(p, click.at + delay * 1000, { clickId: click.id, orderCountry, ...over });
  }
}

function profiles(o: ScenarioOptions, r: Rng): Profile[] {
  const planted = PLANTED_KINDS.flatMap((k) => Array.from({ length: o.perKind }, () => k));
  return Array.from({ length: o.creators }, (_, i) => {
    const plant = planted[i] ?? null;
    // the hard cases are clean creators: every 12th has a viral day, every 15th a coupon-only post, every 9th an audience abroad
    const hard = plant ? null : i % 12 === 5 ? "viral_post" : i % 15 === 7 ? "coupon_post" : i % 9 === 4 ? "foreign_audience" : null;
    const audience = hard === "foreign_audience" ? r.pick(FOREIGN) : r.chance(0.9) ? r.pick(HOME) : null;
    // low-conversion traffic needs volume to be told from a slow month
    const clicksPerDay = plant === "low_conversion" ? r.float(90, 250) : Math.min(800, r.logNormal(55, 0.9));
    return {
      info: { id: `cr_${o.seed}_${i}`, email: `creator${i}.${o.seed}@creators.example`, audienceCountry: audience },
      linkId: `lnk_${o.seed}_${i}`, clicksPerDay, rate: r.logNormal(0.02, 0.35), couponPerDay: r.logNormal(0.4, 0.6),
      refundRate: Math.min(0.25, r.logNormal(0.05, 0.4)), plant, hard, plantDay: HISTORY_DAYS + r.int(3, o.days - 9),
    };
  });
}

function cleanDay(b: Builder, p: Profile, dayStart: number, dayIndex: number) {
  const r = b.rng;
  const weekday = 1 + 0.2 * Math.sin((2 * Math.PI * dayIndex) / 7);
  let mean = p.clicksPerDay * weekday * r.logNormal(1, 0.25);
  let rate = p.rate;
  if (p.hard === "viral_post" && dayIndex === p.plantDay) {
    mean *= r.float(15, 40);
    rate *= r.float(0.5, 1.1);
  }
  if (p.plant === "low_conversion" && dayIndex >= HISTORY_DAYS) rate *= 0.08;
  const clicks = r.poisson(mean);
  for (let i = 0; i < clicks; i++) {
    const c = b.click(p, dayStart + r.float(0, DAY_MS));
    // double taps and refreshes: invalid repeats
    if (r.chance(0.04)) b.click(p, c.at + r.float(1, 50) * 1000, { ipHash: c.ipHash, device: c.device, country: c.country });
    if (r.chance(rate)) b.orderAfter(p, c);
  }
  // an office or campus network: several people behind one address
  if (r.chance(0.15)) {
    const office = b.click(p, dayStart + r.float(0, DAY_MS));
    for (let i = 0; i < r.int(1, 3); i++) b.click(p, office.at + r.float(60, 1800) * 1000, { ipHash: office.ipHash, country: office.country });
  }
  for (let i = 0; i < r.poisson(mean * 0.03); i++) b.click(p, dayStart + r.float(0, DAY_MS), { device: "bot", isBot: true });
  let coupons = p.couponPerDay;
  if (p.hard === "coupon_post" && dayIndex >= p.plantDay && dayIndex < p.plantDay + 7) coupons *= r.float(5, 10);
  for (let i = 0; i < r.poisson(coupons); i++) {
    const recent = b.clicks.length && r.chance(0.45) ? b.clicks[b.clicks.length - 1] : null;
    b.sale(p, dayStart + r.float(0, DAY_MS), { method: "coupon", clickId: recent?.creatorId === p.info.id ? recent.id : null, orderCountry: r.chance(0.93) ? (p.info.audienceCountry ?? "US") : r.pick(WORLD) });
  }
}

function plantDay(b: Builder, p: Profile, dayStart: number, dayIndex: number) {
  const r = b.rng;
  const home = p.info.audienceCountry ?? "US";
  const month = dayIndex >= HISTORY_DAYS;
  switch (p.plant) {
    case "click_spike":
      // a click farm: many distinct addresses, real-looking browsers, nobody buys
      if (dayIndex === p.plantDay) for (let i = 0, n = Math.max(400, p.clicksPerDay * r.float(10, 30)); i < n; i++) b.click(p, dayStart + r.float(0, DAY_MS));
      break;
    case "ip_velocity":
      if (dayIndex === p.plantDay) {
        for (let s = 0; s < r.int(1, 3); s++) {
          const ip = r.hex(12);
          let at = dayStart + r.float(0, DAY_MS / 2);
          for (let i = 0, n = r.int(40, 160); i < n; i++) b.click(p, (at += r.float(5, 150) * 1000), { ipHash: ip, device: "desktop", country: home });
        }
      }
      break;
    case "country_mismatch":
      // stuffed cookies: clicks from a foreign traffic source, real orders at home
      if (month) for (let i = 0; i < r.poisson(p.clicksPerDay * p.rate * 0.8); i++) {
        const c = b.click(p, dayStart + r.float(0, DAY_MS), { country: r.pick(["VN", "NG", "PK"]) });
        b.sale(p, c.at + r.logNormal(3600, 1) * 1000, { clickId: c.id, orderCountry: home });
      }
      break;
    case "fast_conversion":
      // a click fired at checkout (cookie stuffing, coupon poaching by an extension)
      if (month) for (let i = 0; i < r.poisson(p.clicksPerDay * p.rate * 0.6); i++) {
        const c = b.click(p, dayStart + r.float(0, DAY_MS));
        b.sale(p, c.at + r.float(0.5, 8) * 1000, { clickId: c.id, orderCountry: c.country });
      }
      break;
    case "coupon_leak":
      if (dayIndex >= p.plantDay && dayIndex < p.plantDay + 10) for (let i = 0; i < r.int(3, 12); i++) {
        b.sale(p, dayStart + r.float(0, DAY_MS), { method: "coupon", clickId: null, isNewCustomer: r.chance(0.9), orderCountry: r.chance(0.75) ? r.pick(WORLD.filter((c) => c !== home)) : home });
      }
      break;
    case "self_purchase":
      if (dayIndex === p.plantDay || dayIndex === p.plantDay + 3) {
        const email = r.chance(0.5) ? `  ${p.info.email.toUpperCase()} ` : p.info.email;
        b.sale(p, dayStart + r.float(0, DAY_MS), { method: "coupon", customerRef: email, refundAt: null });
      }
      break;
    case "refund_rate":
      // orders placed to earn the commission (half again the creator's real ones, at least one a day), refunded after it is credited
      if (month) for (let i = 0; i < r.poisson(Math.max(1.2, 0.5 * p.clicksPerDay * p.rate)); i++) {
        const c = b.click(p, dayStart + r.float(0, DAY_MS));
        const s = b.orderAfter(p, c);
        if (r.chance(0.85)) s.refundAt = s.at + r.float(1, 6) * DAY_MS;
      }
      break;
    default:
      break;
  }
}

function plantedRange(p: Profile, o: ScenarioOptions, historyStart: number): Planted | null {
  if (!p.plant) return null;
  const day = (i: number) => isoDay(historyStart + i * DAY_MS);
  const whole = { from: day(HISTORY_DAYS), to: day(HISTORY_DAYS + o.days - 1) };
  const span: Record<PlantedKind, { from: string; to: string }> = {
    click_spike: { from: day(p.plantDay), to: day(p.plantDay) },
    ip_velocity: { from: day(p.plantDay), to: day(p.plantDay) },
    coupon_leak: { from: day(p.plantDay), to: day(p.plantDay + 9) },
    self_purchase: { from: day(p.plantDay), to: day(p.plantDay + 3) },
    low_conversion: whole, country_mismatch: whole, fast_conversion: whole, refund_rate: whole,
  };
  return { creatorId: p.info.id, kind: p.plant, ...span[p.plant] };
}

export function generateScenario(o: ScenarioOptions): Scenario {
  const r = new Rng(o.seed);
  const monthStart = Date.parse(`${o.monthStart}T00:00:00Z`);
  const historyStart = monthStart - HISTORY_DAYS * DAY_MS;
  const b = new Builder(r);
  const people = profiles(o, r);
  for (let d = 0; d < HISTORY_DAYS + o.days; d++) {
    const dayStart = historyStart + d * DAY_MS;
    for (const p of people) {
      cleanDay(b, p, dayStart, d);
      plantDay(b, p, dayStart, d);
    }
  }
  const monthEnd = monthStart + o.days * DAY_MS;
  return {
    creators: people.map((p) => p.info),
    // nothing after the judged month: orders and refunds "later" simply have not happened yet
    clicks: b.clicks.filter((c) => c.at < monthEnd),
    sales: b.sales.filter((s) => s.at < monthEnd).map((s) => (s.refundAt !== null && s.refundAt >= monthEnd ? { ...s, refundAt: null } : s)),
    planted: people.flatMap((p) => plantedRange(p, o, historyStart) ?? []),
    hardCases: people.flatMap((p) => (p.hard ? [{ creatorId: p.info.id, kind: p.hard }] : [])),
    historyStart, monthStart, monthEnd,
  };
}
