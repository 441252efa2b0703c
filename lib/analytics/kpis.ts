// KPIs for a workspace, a range of its calendar days and the report filters.
// Every figure is a sum over fact rows (facts.ts) or a ratio of two such sums,
// kept as an exact fraction (Ratio) for pages to round and tests to compare.
// Sums are read from the rollup (lib/analytics/rollup/), which trails the raw
// tables by one maintenance pass (about a minute).
import { fixedCostsBy } from "./fixed-costs";
import { pool } from "@/lib/db/pool";
import { aggregateSql, type Grouping, type Sums } from "./query";
import { rollupSources, type ClosedPeriods } from "./sources";
import type { Kpis, Ratio, ReportFilters } from "./types";

export const ratio = (num: number, den: number): Ratio => (den === 0 ? null : { num, den });

/** What a report needs of its workspace: the time zone its days are in, and where its closed rollup months and weeks end (sources.ts). */
export interface ReportWorkspace {
  id: string;
  timeZone: string;
  closed: ClosedPeriods;
}

export async function reportWorkspace(workspaceId: string): Promise<ReportWorkspace> {
  const { rows } = await pool.query<{ timeZone: string } & ClosedPeriods>(
    `SELECT "timeZone", "rollupMonthsBefore"::text AS months, "rollupWeeksBefore"::text AS weeks FROM "Workspace" WHERE id = $1`,
    [workspaceId],
  );
  return { id: workspaceId, timeZone: rows[0]?.timeZone ?? "UTC", closed: { months: rows[0]?.months ?? null, weeks: rows[0]?.weeks ?? null } };
}

export function toKpis(s: Sums, fixedCostMinor: number): Kpis {
  const netRevenueMinor = s.gross_minor - s.refunds_minor;
  const costMinor = s.commission_minor + fixedCostMinor;
  return {
    clicks: s.clicks,
    invalidClicks: s.invalid_clicks,
    uniqueClicks: s.unique_clicks,
    impressions: s.impressions,
    ctr: ratio(s.ctr_clicks, s.impressions),
    conversions: s.conversions,
    unattributedOrders: s.unattributed_orders,
    conversionRate: ratio(s.click_conversions, s.clicks),
    grossRevenueMinor: s.gross_minor,
    refundsMinor: s.refunds_minor,
    netRevenueMinor,
    aovMinor: ratio(s.gross_minor, s.conversions),
    commissionMinor: s.commission_minor,
    fixedCostMinor,
    costMinor,
    cpaMinor: ratio(costMinor, s.conversions),
    roas: ratio(netRevenueMinor, costMinor),
    epcMinor: ratio(s.commission_minor, s.clicks),
    newCustomers: s.new_customers,
    newCustomerShare: ratio(s.new_customers, s.known_customer_sales),
    repeat30: ratio(s.repeat30, s.new_customers),
    repeat90: ratio(s.repeat90, s.new_customers),
    ltv90Minor: ratio(s.ltv90_minor, s.new_customers),
    ltv180Minor: ratio(s.ltv180_minor, s.new_customers),
  };
}

export const EMPTY_SUMS: Sums = Object.freeze({
  clicks: 0, invalid_clicks: 0, unique_clicks: 0, conversions: 0, click_conversions: 0, unattributed_orders: 0, gross_minor: 0, refunds_minor: 0,
  commission_minor: 0, known_customer_sales: 0, new_customers: 0, repeat30: 0, repeat90: 0, ltv90_minor: 0, ltv180_minor: 0, impressions: 0, ctr_clicks: 0,
});

/** Sums per group key over the days [range.from, range.to] (workspace time zone). */
export async function sumsBy(ws: ReportWorkspace, range: { from: string; to: string }, f: ReportFilters, group: Grouping): Promise<Map<string, Sums>> {
  const { rows } = await pool.query<Sums & { key: string }>(aggregateSql(rollupSources(f, group, ws.closed, range), ws.id, ws.timeZone, range, f, group));
  return new Map(rows.map(({ key, ...s }) => [key, s]));
}

/** KPIs over [range.from, range.to] (which override f.from / f.to, so callers can ask for the comparison period). */
export async function kpis(workspaceId: string, range: { from: string; to: string }, f: ReportFilters): Promise<Kpis> {
  const [sums, costs] = await Promise.all([reportWorkspace(workspaceId).then((ws) => sumsBy(ws, range, f, "total")), fixedCostsBy(workspaceId, range, f, "total")]);
  return toKpis(sums.get("") ?? EMPTY_SUMS, costs.get("") ?? 0);
}
