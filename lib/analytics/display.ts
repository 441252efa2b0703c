// How each KPI is shown: its label, its kind (count, money, rate, money per
// unit, multiple), which direction is good, and how it is rounded. Values stay
// exact (Ratio fractions, integer minor units) until formatted here, at the
// edge; METRICS_DOC is where the rounding rules are written down for people.
import { formatInt, formatMoney, minorDigits } from "@/lib/format";
import type { Kpis, Ratio } from "./types";

export const METRICS_DOC = "docs/METRICS.md";

export type KpiKey = keyof Kpis;
type Kind = "count" | "money" | "percent" | "moneyRatio" | "multiple";

export interface KpiSpec {
  key: KpiKey;
  label: string;
  kind: Kind;
  /** Which way is an improvement ("none": neither, e.g. invalid clicks are watched, not chased). */
  better: "up" | "down" | "none";
  /** Decimals shown: of the percentage for rates, of the multiple for ROAS. */
  digits?: number;
  hint: string;
}

const spec = (key: KpiKey, label: string, kind: Kind, better: KpiSpec["better"], hint: string, digits?: number): KpiSpec => ({ key, label, kind, better, hint, digits });

export const KPI_SPECS: readonly KpiSpec[] = [
  spec("clicks", "Clicks", "count", "up", "Valid clicks: bots and repeat clicks by the same visitor within 60 s are left out"),
  spec("uniqueClicks", "Unique clicks", "count", "up", "First click per visitor per link per UTC day (visitors are anonymous daily IP hashes)"),
  spec("impressions", "Impressions", "count", "up", "Entered per content post"),
  spec("ctr", "CTR", "percent", "up", "Clicks / impressions, over posts and clicks sharing creator, campaign and placement", 1),
  spec("conversions", "Conversions", "count", "up", "Live sales credited to a creator (tests never count)"),
  spec("conversionRate", "Conversion rate", "percent", "up", "Click-attributed conversions / valid clicks", 1),
  spec("grossRevenueMinor", "Gross revenue", "money", "up", "Credited sales before refunds"),
  spec("refundsMinor", "Refunds", "money", "down", "Refunds on the day they happened"),
  spec("netRevenueMinor", "Net revenue", "money", "up", "Gross revenue minus refunds"),
  spec("aovMinor", "AOV", "moneyRatio", "up", "Gross revenue / conversions"),
  spec("commissionMinor", "Commission", "money", "none", "Commission on credited sales"),
  spec("fixedCostMinor", "Fixed costs", "money", "none", "Fixed fees and gifted product value"),
  spec("costMinor", "Cost", "money", "none", "Commission plus fixed costs"),
  spec("cpaMinor", "CPA", "moneyRatio", "down", "Cost / conversions"),
  spec("roas", "ROAS", "multiple", "up", "Net revenue / cost", 2),
  spec("epcMinor", "EPC", "moneyRatio", "up", "Commission / valid clicks: what a click earns the creator"),
  spec("newCustomers", "New customers", "count", "up", "Customers whose first order a creator brought"),
  spec("newCustomerShare", "New-customer share", "percent", "up", "New customers / customers who ordered", 1),
  spec("repeat30", "Repeat within 30 days", "percent", "up", "Customers a creator brought who ordered again within 30 days", 1),
  spec("repeat90", "Repeat within 90 days", "percent", "up", "Customers a creator brought who ordered again within 90 days", 1),
  spec("ltv90Minor", "LTV 90 days", "moneyRatio", "up", "Revenue per new customer within 90 days of their first order"),
  spec("ltv180Minor", "LTV 180 days", "moneyRatio", "up", "Revenue per new customer within 180 days of their first order"),
  spec("invalidClicks", "Invalid clicks", "count", "none", "Bots and repeat clicks within 60 s: never counted as clicks"),
  spec("unattributedOrders", "Unattributed orders", "count", "none", "Live sales no creator was credited for: not in conversions or revenue"),
];

export const KPI_BY_KEY = Object.fromEntries(KPI_SPECS.map((s) => [s.key, s])) as Record<KpiKey, KpiSpec>;

/** The Overview's KPI cards, grouped; what the totals leave out comes last, apart. */
export const OVERVIEW_GROUPS: readonly { id: string; title: string; keys: readonly KpiKey[]; note?: string }[] = [
  { id: "traffic", title: "Traffic", keys: ["clicks", "uniqueClicks", "impressions", "ctr"] },
  { id: "sales", title: "Sales", keys: ["conversions", "conversionRate", "grossRevenueMinor", "refundsMinor", "netRevenueMinor", "aovMinor"] },
  { id: "cost", title: "Cost and return", keys: ["commissionMinor", "fixedCostMinor", "costMinor", "cpaMinor", "roas", "epcMinor"] },
  { id: "customers", title: "Customers", keys: ["newCustomers", "newCustomerShare", "repeat30", "repeat90", "ltv90Minor", "ltv180Minor"] },
  { id: "apart", title: "Not counted above", keys: ["invalidClicks", "unattributedOrders"], note: "Invalid clicks (bots, repeats within 60 s) are not in Clicks; orders no creator was credited for are not in Conversions or revenue." },
];

const isRatio = (v: number | Ratio): v is Ratio => v === null || typeof v === "object";

/** The KPI as one number (a fraction divided out), null when it cannot be computed. */
export function kpiValue(k: Kpis, key: KpiKey): number | null {
  const v = k[key];
  if (!isRatio(v)) return v;
  return v && v.den !== 0 ? v.num / v.den : null;
}

const roundHalfAway = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/**
 * Display rounding, half away from zero: rates to `digits` decimals of a
 * percent, money to the currency's minor unit, ROAS to `digits` decimals.
 * A fraction is scaled before it is divided, so 97/2000 shows as 4.9%, not as
 * whatever 0.0485 × 100 happens to be in binary.
 */
function rounded(v: number | Ratio, s: KpiSpec): number | null {
  const { num, den } = isRatio(v) ? (v ?? { num: 0, den: 0 }) : { num: v, den: 1 };
  if (den === 0) return null;
  const digits = s.kind === "percent" ? (s.digits ?? 1) + 2 : s.kind === "multiple" ? (s.digits ?? 2) : 0;
  return roundHalfAway((num * 10 ** digits) / den) / 10 ** digits;
}

export function formatKpiValue(value: number | null, s: KpiSpec, currency: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  switch (s.kind) {
    case "count": return formatInt(value);
    case "money":
    case "moneyRatio": return formatMoney(value, currency);
    case "percent": return `${(value * 100).toFixed(s.digits ?? 1)}%`;
    case "multiple": return `${value.toFixed(s.digits ?? 2)}×`;
  }
}

/** A chart's value in display units: money in major units, rates in percent. */
export function chartValue(value: number | null, s: KpiSpec, currency: string): number {
  if (value === null || !Number.isFinite(value)) return 0;
  if (s.kind === "money" || s.kind === "moneyRatio") return value / 10 ** minorDigits(currency);
  return s.kind === "percent" ? value * 100 : value;
}

/** The series name for a chart of `s`, with its unit. */
export const chartSeries = (s: KpiSpec, currency: string) => `${s.label} (${s.kind === "percent" ? "%" : s.kind === "money" || s.kind === "moneyRatio" ? currency : s.kind === "multiple" ? "×" : "count"})`;

/** The KPI as shown: exact value rounded once, then formatted. */
export const formatKpi = (k: Kpis, key: KpiKey, currency: string) => formatKpiValue(rounded(k[key], KPI_BY_KEY[key]), KPI_BY_KEY[key], currency);

export interface Delta {
  text: string;
  /** "up"/"down" is the direction of the number; `good` judges it by the KPI's better direction (null: neutral). */
  direction: "up" | "down" | "flat";
  good: boolean | null;
  label: string;
}

/**
 * Change against the comparison period: percentage points for rates (a rate's
 * relative change misleads at small values), relative change for the rest.
 */
export function kpiDelta(current: Kpis, previous: Kpis, key: KpiKey): Delta | null {
  const s = KPI_BY_KEY[key];
  const cur = kpiValue(current, key);
  const prev = kpiValue(previous, key);
  if (cur === null || prev === null) return null;
  const points = s.kind === "percent";
  if (!points && prev === 0) return cur === 0 ? { text: "±0.0%", direction: "flat", good: null, label: "no change" } : null;
  const change = points ? (cur - prev) * 100 : ((cur - prev) / Math.abs(prev)) * 100;
  const digits = points ? 2 : 1;
  const rounded = Number(change.toFixed(digits));
  const direction = rounded > 0 ? "up" : rounded < 0 ? "down" : "flat";
  const unit = points ? " pp" : "%";
  const text = direction === "flat" ? `±${(0).toFixed(digits)}${unit}` : `${rounded > 0 ? "+" : "−"}${Math.abs(rounded).toFixed(digits)}${unit}`;
  const good = direction === "flat" || s.better === "none" ? null : (direction === "up") === (s.better === "up");
  return { text, direction, good, label: `${direction === "flat" ? "no change" : direction === "up" ? "up" : "down"} ${text.replace(/^[+−±]/, "")} vs. comparison` };
}

/** A range of calendar days ("YYYY-MM-DD", already the workspace's days): "Oct 28 – Nov 26, 2026". */
export function formatDayRange(from: string, to: string): string {
  const f = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });
  return from === to ? f.format(new Date(`${from}T00:00:00Z`)) : f.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}

/** A share (an exact fraction) as a percentage, rounded as every rate in the reports is. */
export function formatShare(r: Ratio, digits = 1): string {
  const spec: KpiSpec = { ...KPI_BY_KEY.conversionRate, digits };
  return formatKpiValue(rounded(r, spec), spec, "");
}
