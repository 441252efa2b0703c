// What a breakdown page shows: its columns, its sort (kept in the URL beside
// the filters) and the cell text. The table and its CSV export both read
// breakdownView(), so the file holds exactly the rows, order and figures on
// the screen.
import { z } from "zod";
import type { SearchParams } from "@/lib/list/params";
import { chartSeries, chartValue, formatKpi, KPI_BY_KEY, kpiValue, type KpiKey } from "./display";
import type { BreakdownRow, Dimension } from "./types";

export const DIMENSION_LABELS: Record<Dimension, string> = {
  creator: "Creator",
  campaign: "Campaign",
  placement: "Placement",
  creative: "Creative",
  country: "Country",
  device: "Device",
  day: "Day",
  week: "Week",
};

export const BREAKDOWN_KPIS = [
  "clicks", "uniqueClicks", "conversions", "conversionRate", "grossRevenueMinor", "refundsMinor", "netRevenueMinor", "aovMinor",
  "commissionMinor", "costMinor", "cpaMinor", "roas", "epcMinor", "newCustomerShare", "repeat90", "ltv90Minor", "invalidClicks", "unattributedOrders",
] as const satisfies readonly KpiKey[];

export type BreakdownSort = "label" | (typeof BREAKDOWN_KPIS)[number];
export interface BreakdownState {
  sort: BreakdownSort;
  dir: "asc" | "desc";
}

const isTime = (dim: Dimension) => dim === "day" || dim === "week";

export function defaultSort(dim: Dimension): BreakdownState {
  return isTime(dim) ? { sort: "label", dir: "asc" } : { sort: "netRevenueMinor", dir: "desc" };
}

export function parseBreakdownState(params: SearchParams, dim: Dimension): BreakdownState {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const d = defaultSort(dim);
  return {
    sort: z.enum(["label", ...BREAKDOWN_KPIS]).catch(d.sort).parse(one("sort")),
    dir: z.enum(["asc", "desc"]).catch(d.dir).parse(one("dir")),
  };
}

/** Rows in the chosen order; a figure that cannot be computed (—) sorts last either way, ties by label. */
export function sortRows(rows: readonly BreakdownRow[], s: BreakdownState): BreakdownRow[] {
  const sign = s.dir === "asc" ? 1 : -1;
  const byLabel = (a: BreakdownRow, b: BreakdownRow) => (isTimeKey(a.key) ? a.key.localeCompare(b.key) : a.label.localeCompare(b.label));
  return [...rows].sort((a, b) => {
    if (s.sort === "label") return sign * byLabel(a, b);
    const va = kpiValue(a.kpis, s.sort);
    const vb = kpiValue(b.kpis, s.sort);
    if (va === null || vb === null) return va === vb ? byLabel(a, b) : va === null ? 1 : -1;
    return sign * (va - vb) || byLabel(a, b);
  });
}

const isTimeKey = (key: string) => /^\d{4}-\d{2}-\d{2}$/.test(key);

export interface BreakdownView {
  headers: string[];
  keys: string[];
  cells: string[][];
}

/** The table as text: a header row and one row of cell text per breakdown row, in display order. */
export function breakdownView(dim: Dimension, rows: readonly BreakdownRow[], s: BreakdownState, currency: string): BreakdownView {
  const sorted = sortRows(rows, s);
  const label = (r: BreakdownRow) => r.label || (r.key === "" ? "(none)" : r.key);
  return {
    headers: [DIMENSION_LABELS[dim], ...BREAKDOWN_KPIS.map((k) => KPI_BY_KEY[k].label)],
    keys: sorted.map((r) => r.key),
    cells: sorted.map((r) => [label(r), ...BREAKDOWN_KPIS.map((k) => formatKpi(r.kpis, k, currency))]),
  };
}

const CHART_BARS = 15;

/**
 * The chart beside a table: the measure the table is sorted by (net revenue
 * when sorted by name), over time for day and week, else the first rows in
 * the table's order.
 */
export function breakdownChart(dim: Dimension, rows: readonly BreakdownRow[], s: BreakdownState, currency: string) {
  const spec = KPI_BY_KEY[s.sort === "label" ? "netRevenueMinor" : s.sort];
  const overTime = isTime(dim);
  const ordered = overTime ? [...rows].sort((a, b) => a.key.localeCompare(b.key)) : sortRows(rows, s).slice(0, CHART_BARS);
  const points = ordered.map((r) => ({ label: overTime ? r.key : r.label || "(none)", value: chartValue(kpiValue(r.kpis, spec.key), spec, currency) }));
  const series = chartSeries(spec, currency);
  const summary = `${series} by ${DIMENSION_LABELS[dim].toLowerCase()}: ${points.length} points; the table below holds the same figures.`;
  return { points, series, overTime, summary };
}
