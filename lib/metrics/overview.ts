// The Overview's and the portal home's figures for the last N days of the
// workspace's calendar, read through the analytics layer (lib/analytics), so
// they are the figures every report shows (docs/METRICS.md): valid clicks,
// credited live sales, gross revenue, commission.
import { breakdown } from "@/lib/analytics/breakdown";
import { addDays, todayIn } from "@/lib/analytics/calendar";
import { kpis, workspaceTimeZone } from "@/lib/analytics/kpis";
import type { Kpis, Ratio, ReportFilters } from "@/lib/analytics/types";

export interface OverviewTotals {
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  revenueMinor: number;
  commissionMinor: number;
  conversionRate: number | null;
  aovMinor: number | null;
  epcMinor: number | null;
}

export interface DailyPoint {
  day: string;
  clicks: number;
  conversions: number;
  revenueMinor: number;
}

export interface CreatorRow extends OverviewTotals {
  creatorId: string;
  name: string;
}

interface Scope {
  workspaceId: string;
  creatorId?: string;
}

const rate = (r: Ratio) => (r ? r.num / r.den : null);
const perUnit = (r: Ratio) => (r ? Math.round(r.num / r.den) : null);

function totals(k: Kpis): OverviewTotals {
  return {
    clicks: k.clicks,
    uniqueClicks: k.uniqueClicks,
    conversions: k.conversions,
    revenueMinor: k.grossRevenueMinor,
    commissionMinor: k.commissionMinor,
    conversionRate: rate(k.conversionRate),
    aovMinor: perUnit(k.aovMinor),
    epcMinor: perUnit(k.epcMinor),
  };
}

/** The last `days` calendar days (workspace time zone, today included); a creator scope sees only their own rows. */
export async function loadOverview(scope: Scope, days = 30, now = new Date()) {
  const to = todayIn(await workspaceTimeZone(scope.workspaceId), now);
  const f: ReportFilters = { from: addDays(to, 1 - days), to, preset: "custom", compare: "none", ...(scope.creatorId ? { creatorId: scope.creatorId } : {}) };
  const [sum, byDay, byCreator] = await Promise.all([kpis(scope.workspaceId, f, f), breakdown(scope.workspaceId, f, "day"), breakdown(scope.workspaceId, f, "creator")]);
  const series: DailyPoint[] = byDay.map((d) => ({ day: d.key, clicks: d.kpis.clicks, conversions: d.kpis.conversions, revenueMinor: d.kpis.grossRevenueMinor }));
  const creators: CreatorRow[] = byCreator
    .filter((c) => c.key !== "")
    .map((c) => ({ creatorId: c.key, name: c.label, ...totals(c.kpis) }))
    .sort((a, b) => b.revenueMinor - a.revenueMinor);
  return { from: new Date(`${f.from}T00:00:00Z`), totals: totals(sum), series, creators };
}
