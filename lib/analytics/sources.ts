// Where report fact rows come from: the rollup, pre-summed per day or month in
// the smallest cube that holds every dimension a report filters or groups by
// (built from the raw tables' fact rows, facts.ts), and the content posts.
import { postFacts, CLICK_MEASURES, CONVERSION_MEASURES } from "./facts";
import type { Grouping, Sources } from "./query";
import type { ReportFilters } from "./types";
import { CUBES, type CubeDim } from "./rollup/apply-delta";

// [$3, $4] are calendar days in zone $2; stored times are UTC timestamps
const FROM = `(($3::date)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const UNTIL = `(($4::date + 1)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const POSTS = postFacts(`p."postedAt" >= ${FROM} AND p."postedAt" < ${UNTIL}`);

const LINK_DIMS: readonly CubeDim[] = ["creator", "campaign", "placement"];
const NEEDS: Record<Grouping, readonly CubeDim[]> = {
  total: [], day: [], week: [], creator: ["creator"], campaign: ["campaign"], placement: ["placement"], creative: LINK_DIMS, country: ["country"], device: ["device"],
};
const FILTERED: [keyof ReportFilters, CubeDim][] = [["creatorId", "creator"], ["campaignId", "campaign"], ["placement", "placement"], ["country", "country"], ["device", "device"]];
// the cubes of lib/analytics/rollup/apply-delta.ts, fewest rows first (per day, at bench/dashboard's sizes)
const SMALLEST_FIRST = [6, 8, 9, 2, 7, 4, 5, 1, 10, 3, 0];
// CTR's clicks are those of the creator, campaign and placement a post was made for: cube 1
const LINK_CUBE = 1;

/** The smallest rollup cube that holds every dimension a report filters or groups by. */
export function cubeFor(f: ReportFilters, group: Grouping): number {
  const used = [...NEEDS[group], ...FILTERED.filter(([k]) => f[k]).map(([, d]) => d)];
  return SMALLEST_FIRST.find((c) => used.every((d) => CUBES[c].includes(d)))!;
}

// Whole closed months inside [$3, $4] are read from monthly rows (only closed months have them:
// lib/analytics/rollup/months.ts), the days around them from daily rows. Where closed months end
// (the workspace's "rollupMonthsBefore", read just before) is written into the statement as a
// date, not read by a subquery in it: the planner then knows each part's days and picks the index
// that fits the filter (with a subquery it guessed a few rows and walked the primary key over
// every row of the range). An older value (a month closed meanwhile) reads daily rows where
// monthly ones would do, and daily rows stay exact for closed months too: the same sums.
const M1 = `(CASE WHEN extract(day FROM $3::date) = 1 THEN $3::date ELSE (date_trunc('month', $3::date) + interval '1 month')::date END)`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
function closedBefore(monthsBefore: string | null): string {
  if (monthsBefore === null) return M1;
  if (!ISO_DATE.test(monthsBefore)) throw new Error(`rollupMonthsBefore is not a date: ${monthsBefore}`);
  return `'${monthsBefore}'::date`;
}

// each part one range of the (workspace, cube, monthly, day) or (…, creator, campaign, placement, day) index;
// `narrow` is a further condition on the rollup's columns
function rollup(table: string, measures: readonly string[], cube: number, byDay: boolean, monthsBefore: string | null, narrow = ""): string {
  const M2 = `greatest(${M1}, least(date_trunc('month', $4::date + 1)::date, ${closedBefore(monthsBefore)}))`;
  const select = (rows: string) => `SELECT day, "creatorId" AS creator, "campaignId" AS campaign, placement, country, device, ${measures.join(", ")}
    FROM "${table}" WHERE "workspaceId" = $1 AND cube = ${cube} AND ${rows} ${narrow}`;
  if (byDay) return select(`NOT monthly AND day BETWEEN $3::date AND $4::date`);
  return [
    `NOT monthly AND day >= $3::date AND day < least(${M1}, $4::date + 1)`,
    `NOT monthly AND day >= ${M2} AND day <= $4::date`,
    `monthly AND day >= ${M1} AND day < ${M2}`,
  ].map(select).join("\n  UNION ALL ");
}

/** The report's fact rows from the rollup; `monthsBefore` is the workspace's first open rollup month (null: none closed). */
export function rollupSources(f: ReportFilters, group: Grouping, monthsBefore: string | null): Sources {
  const cube = cubeFor(f, group);
  const byDay = group === "day" || group === "week";
  return {
    clicks: rollup("ClickRollup", CLICK_MEASURES, cube, byDay, monthsBefore),
    linkClicks: (narrow) => rollup("ClickRollup", CLICK_MEASURES, LINK_CUBE, byDay, monthsBefore, narrow),
    clicksKeepLinks: cube === LINK_CUBE,
    conversions: rollup("OrderRollup", CONVERSION_MEASURES, cube, byDay, monthsBefore),
    posts: POSTS,
  };
}
