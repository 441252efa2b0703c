import { prisma } from "@/lib/db/prisma";
import { creatorNames } from "@/lib/creators/list";

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

const SUMS = { clicks: true, uniqueClicks: true, conversions: true, revenueMinor: true, commissionMinor: true } as const;

function totals(s: { clicks: number | null; uniqueClicks: number | null; conversions: number | null; revenueMinor: bigint | null; commissionMinor: bigint | null }): OverviewTotals {
  const clicks = s.clicks ?? 0;
  const conversions = s.conversions ?? 0;
  const revenueMinor = Number(s.revenueMinor ?? 0n);
  return {
    clicks,
    uniqueClicks: s.uniqueClicks ?? 0,
    conversions,
    revenueMinor,
    commissionMinor: Number(s.commissionMinor ?? 0n),
    conversionRate: clicks ? conversions / clicks : null,
    aovMinor: conversions ? Math.round(revenueMinor / conversions) : null,
    epcMinor: clicks ? Math.round(revenueMinor / clicks) : null,
  };
}

/** Last `days` days (UTC) from the daily rollup, which never holds test traffic. */
export async function loadOverview(scope: Scope, days = 30, now = new Date()) {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - days + 1));
  const where = { ...scope, day: { gte: from } };
  const [sum, byDay, byCreator] = await Promise.all([
    prisma.dailyStat.aggregate({ where, _sum: SUMS }),
    prisma.dailyStat.groupBy({ by: ["day"], where, _sum: SUMS, orderBy: { day: "asc" } }),
    prisma.dailyStat.groupBy({ by: ["creatorId"], where: { ...where, creatorId: scope.creatorId ?? { not: "" } }, _sum: SUMS }),
  ]);
  const names = await creatorNames(scope.workspaceId, byCreator.map((c) => c.creatorId));
  const series: DailyPoint[] = byDay.map((d) => ({
    day: d.day.toISOString().slice(0, 10),
    clicks: d._sum.clicks ?? 0,
    conversions: d._sum.conversions ?? 0,
    revenueMinor: Number(d._sum.revenueMinor ?? 0n),
  }));
  const creators: CreatorRow[] = byCreator
    .map((c) => ({ creatorId: c.creatorId, name: names.get(c.creatorId) ?? "(deleted creator)", ...totals(c._sum) }))
    .sort((a, b) => b.revenueMinor - a.revenueMinor);
  return { from, totals: totals(sum._sum), series, creators };
}
