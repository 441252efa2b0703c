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

// whole closed months inside [$3, $4] are read from monthly rows (only closed months have them:
// lib/analytics/rollup/months.ts), the days around them from daily rows
const M1 = `(CASE WHEN extract(day FROM $3::date) = 1 THEN $3::date ELSE (date_trunc('month', $3::date) + interval '1 month')::date END)`;
const CLOSED = `(SELECT "rollupMonthsBefore" FROM "Workspace" WHERE id = $1)`;
const M2 = `greatest(${M1}, least(date_trunc('month', $4::date + 1)::date, coalesce(${CLOSED}, ${M1})))`;

// each part one range of the (workspace, cube, monthly, day) or (…, creator, campaign, placement, day) index;
// `narrow` is a further condition on the rollup's columns
function rollup(table: string, measures: readonly string[], cube: number, byDay: boolean, narrow = ""): string {
  const select = (rows: string) => `SELECT day, "creatorId" AS creator, "campaignId" AS campaign, placement, country, device, ${measures.join(", ")}
    FROM "${table}" WHERE "workspaceId" = $1 AND cube = ${cube} AND ${rows} ${narrow}`;
  if (byDay) return select(`NOT monthly AND day BETWEEN $3::date AND $4::date`);
  return [
    `NOT monthly AND day >= $3::date AND day < least(${M1}, $4::date + 1)`,
    `NOT monthly AND day >= ${M2} AND day <= $4::date`,
    `monthly AND day >= ${M1} AND day < ${M2}`,
  ].map(select).join("\n  UNION ALL ");
}

export function rollupSources(f: ReportFilters, group: Grouping): Sources {
  const cube = cubeFor(f, group);
  const byDay = group === "day" || group === "week";
  return {
    clicks: rollup("ClickRollup", CLICK_MEASURES, cube, byDay),
    linkClicks: (narrow) => rollup("ClickRollup", CLICK_MEASURES, LINK_CUBE, byDay, narrow),
    clicksKeepLinks: cube === LINK_CUBE,
    conversions: rollup("OrderRollup", CONVERSION_MEASURES, cube, byDay),
    posts: POSTS,
  };
}
