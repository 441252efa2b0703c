// The weekly report's judgements: which creators moved most against the week
// before, and which to scale up or pause. The rules are data with their own
// sentence, so the page states exactly the rule that picked each creator and
// the numbers it looked at. Inputs are breakdown rows by creator (the query
// layer's figures); only weeklyReport() queries, through kpis() and breakdown().
import { addDays, weekOf } from "./calendar";
import type { Day } from "./periods";
import { kpiValue } from "./display";
import { breakdown } from "./breakdown";
import { EMPTY_SUMS, kpis, toKpis } from "./kpis";
import type { BreakdownRow, Kpis, ReportFilters } from "./types";

export type Week = { from: Day; to: Day };

/** The last complete Monday–Sunday week before `today`, and the one before it. */
export function reportWeeks(today: Day): { week: Week; before: Week } {
  const monday = addDays(weekOf(today), -7);
  return { week: { from: monday, to: addDays(monday, 6) }, before: { from: addDays(monday, -7), to: addDays(monday, -1) } };
}

export interface Mover {
  key: string;
  label: string;
  now: Kpis;
  before: Kpis | null;
  changeMinor: number;
}

export const MOVERS_SHOWN = 5;

/** A creator's week without any activity. */
export const ZERO_KPIS: Kpis = toKpis(EMPTY_SUMS, 0);

/** Creators by change in net revenue against the week before: the biggest rises and the biggest falls. */
export function movers(week: readonly BreakdownRow[], before: readonly BreakdownRow[]): { top: Mover[]; bottom: Mover[] } {
  const prev = new Map(before.map((r) => [r.key, r]));
  const all = new Map<string, Mover>();
  for (const r of week) all.set(r.key, { key: r.key, label: r.label, now: r.kpis, before: prev.get(r.key)?.kpis ?? null, changeMinor: r.kpis.netRevenueMinor - (prev.get(r.key)?.kpis.netRevenueMinor ?? 0) });
  for (const r of before) if (!all.has(r.key)) all.set(r.key, { key: r.key, label: r.label, now: ZERO_KPIS, before: r.kpis, changeMinor: -r.kpis.netRevenueMinor });
  const list = [...all.values()].filter((m) => m.key !== "" && m.changeMinor !== 0);
  const byChange = (a: Mover, b: Mover) => b.changeMinor - a.changeMinor || a.label.localeCompare(b.label);
  return {
    top: list.filter((m) => m.changeMinor > 0).sort(byChange).slice(0, MOVERS_SHOWN),
    bottom: list.filter((m) => m.changeMinor < 0).sort((a, b) => byChange(b, a)).slice(0, MOVERS_SHOWN),
  };
}

export const THRESHOLDS = { scaleClicks: 100, scaleConversions: 3, scaleFactor: 1.25, pauseClicks: 200, pauseFactor: 0.5, pauseRoas: 1 } as const;

export interface Rule {
  id: string;
  action: "scale" | "pause";
  /** The rule in words, as the page states it. */
  text: string;
  /** Does the creator's week (and the one before) meet it, against the workspace's conversion rate that week? */
  applies: (now: Kpis, before: Kpis | null, workspaceRate: number | null) => boolean;
}

const rate = (k: Kpis) => kpiValue(k, "conversionRate");
const T = THRESHOLDS;

export const RULES: readonly Rule[] = [
  {
    id: "scale-converts",
    action: "scale",
    text: `At least ${T.scaleClicks} valid clicks and ${T.scaleConversions} conversions in the week, a conversion rate at least ${T.scaleFactor}× the workspace's, and net revenue no lower than the week before.`,
    applies: (now, before, ws) => {
      const r = rate(now);
      return now.clicks >= T.scaleClicks && now.conversions >= T.scaleConversions && r !== null && ws !== null && r >= T.scaleFactor * ws && now.netRevenueMinor >= (before?.netRevenueMinor ?? 0);
    },
  },
  {
    id: "pause-no-sales",
    action: "pause",
    text: `At least ${T.pauseClicks} valid clicks and no conversion in the week.`,
    applies: (now) => now.clicks >= T.pauseClicks && now.conversions === 0,
  },
  {
    id: "pause-low-rate",
    action: "pause",
    text: `At least ${T.pauseClicks} valid clicks, some conversions, but a conversion rate under ${T.pauseFactor}× the workspace's.`,
    applies: (now, _before, ws) => {
      const r = rate(now);
      return now.clicks >= T.pauseClicks && now.conversions > 0 && r !== null && ws !== null && r < T.pauseFactor * ws;
    },
  },
  {
    id: "pause-cost",
    action: "pause",
    text: `Cost (commission plus fixed costs) above net revenue in the week: ROAS under ${T.pauseRoas}×.`,
    applies: (now) => now.costMinor > 0 && now.netRevenueMinor < T.pauseRoas * now.costMinor,
  },
];

export interface Recommendation {
  key: string;
  label: string;
  rule: Rule;
  now: Kpis;
  before: Kpis | null;
}

/** Each creator under the first rule that picks them (a creator is never both scaled and paused). */
export function recommendations(week: readonly BreakdownRow[], before: readonly BreakdownRow[], workspace: Kpis): { scale: Recommendation[]; pause: Recommendation[] } {
  const prev = new Map(before.map((r) => [r.key, r.kpis]));
  const ws = rate(workspace);
  const out: { scale: Recommendation[]; pause: Recommendation[] } = { scale: [], pause: [] };
  for (const r of week) {
    if (r.key === "") continue;
    const previous = prev.get(r.key) ?? null;
    const rule = RULES.find((x) => x.applies(r.kpis, previous, ws));
    if (rule) out[rule.action].push({ key: r.key, label: r.label, rule, now: r.kpis, before: previous });
  }
  const byRevenue = (a: Recommendation, b: Recommendation) => b.now.netRevenueMinor - a.now.netRevenueMinor || a.label.localeCompare(b.label);
  out.scale.sort(byRevenue);
  out.pause.sort((a, b) => b.now.clicks - a.now.clicks || a.label.localeCompare(b.label));
  return out;
}

/** Everything the weekly report shows, from kpis() and breakdown() by creator for the two weeks. */
export async function weeklyReport(workspaceId: string, today: Day, f: ReportFilters) {
  const { week, before } = reportWeeks(today);
  const [now, previous, creatorsNow, creatorsBefore] = await Promise.all([
    kpis(workspaceId, week, f),
    kpis(workspaceId, before, f),
    breakdown(workspaceId, { ...f, ...week }, "creator"),
    breakdown(workspaceId, { ...f, ...before }, "creator"),
  ]);
  return { week, before, now, previous, ...movers(creatorsNow, creatorsBefore), ...recommendations(creatorsNow, creatorsBefore, now) };
}
