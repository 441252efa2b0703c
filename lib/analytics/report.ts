// What report pages load, through the query layer's kpis() and breakdown()
// only: a KPI report with its comparison period, a breakdown with its view
// state, and the trend series. Pages and the CSV route call these, so a page
// and its export can never disagree.
import type { SearchParams } from "@/lib/list/params";
import { breakdown } from "./breakdown";
import { breakdownView, parseBreakdownState } from "./breakdown-view";
import { comparisonRange, parseReportFilters, rangeDays, todayIn, type Preset } from "./filters";
import { kpis } from "./kpis";
import type { BreakdownRow, Dimension, KpiReport, ReportFilters } from "./types";

export interface ReportWorkspace {
  id: string;
  timeZone: string;
  currency: string;
}

/** The filters in the URL, with today taken in the workspace's time zone. */
export function reportFilters(ws: ReportWorkspace, params: SearchParams, defaultPreset?: Exclude<Preset, "custom">): { filters: ReportFilters; today: string } {
  const today = todayIn(ws.timeZone);
  return { filters: parseReportFilters(params, today, defaultPreset), today };
}

export async function kpiReport(ws: ReportWorkspace, f: ReportFilters): Promise<KpiReport> {
  const previousRange = comparisonRange(f, f.compare);
  const [current, previous] = await Promise.all([kpis(ws.id, f, f), previousRange ? kpis(ws.id, previousRange, f) : null]);
  return { filters: f, current, previous, previousRange, currency: ws.currency };
}

/** Days for up to about three months, weeks beyond (a year of daily points is unreadable). */
export const trendDimension = (f: ReportFilters): "day" | "week" => (rangeDays(f) > 92 ? "week" : "day");

export async function trend(ws: ReportWorkspace, f: ReportFilters): Promise<BreakdownRow[]> {
  return breakdown(ws.id, f, trendDimension(f));
}

/** A breakdown page's data: filters, sort and the table as text (what the CSV holds too). */
export async function loadBreakdown(ws: ReportWorkspace, dim: Dimension, params: SearchParams) {
  const { filters, today } = reportFilters(ws, params);
  const state = parseBreakdownState(params, dim);
  const rows = await breakdown(ws.id, filters, dim);
  return { filters, today, state, rows, view: breakdownView(dim, rows, state, ws.currency) };
}
