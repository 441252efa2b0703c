// Breakdown tables: the KPIs per value of one dimension. Each row equals
// kpis() with the filter narrowed to that row; day and week rows cover every
// day or week of the range (zero-filled), other dimensions list the values
// that have any click, order or post in the range.
import { fixedCostsBy } from "./fixed-costs";
import { daysOf, weeksOf } from "./calendar";
import { EMPTY_SUMS, reportWorkspace, sumsBy, toKpis } from "./kpis";
import { labelsFor } from "./labels";
import type { BreakdownRow, Dimension, ReportFilters } from "./types";

export async function breakdown(workspaceId: string, f: ReportFilters, dim: Dimension): Promise<BreakdownRow[]> {
  const range = { from: f.from, to: f.to };
  const [sums, costs] = await Promise.all([reportWorkspace(workspaceId).then((ws) => sumsBy(ws, range, f, dim)), fixedCostsBy(workspaceId, range, f, dim)]);
  const keys = dim === "day" ? daysOf(f.from, f.to) : dim === "week" ? weeksOf(f.from, f.to) : [...new Set([...sums.keys(), ...costs.keys()])];
  const labels = await labelsFor(workspaceId, dim, keys);
  const rows = keys.map((key) => ({ key, label: labels.get(key) ?? key, kpis: toKpis(sums.get(key) ?? EMPTY_SUMS, costs.get(key) ?? 0) }));
  return dim === "day" || dim === "week" ? rows : rows.sort((a, b) => b.kpis.netRevenueMinor - a.kpis.netRevenueMinor || b.kpis.clicks - a.kpis.clicks || a.label.localeCompare(b.label));
}
