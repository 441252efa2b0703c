// Where fact rows come from: the raw tables (exact by definition, what the
// rollup is built from), or the rollup, pre-summed per day or month in the
// smallest cube that holds every dimension a report filters or groups by.
import { clickFacts, conversionFacts, postFacts, CLICK_MEASURES, CONVERSION_MEASURES } from "./facts";
import type { Grouping, Sources } from "./query";
import type { ReportFilters } from "./types";
import { CUBES, type CubeDim } from "./rollup/apply-delta";

// [$3, $4] are calendar days in zone $2; stored times are UTC timestamps
const FROM = `(($3::date)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const UNTIL = `(($4::date + 1)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const within = (col: string) => `${col} >= ${FROM} AND ${col} < ${UNTIL}`;

export const RAW: Sources = {
  clicks: clickFacts(`k."workspaceId" = $1 AND ${within('k."occurredAt"')}`),
  conversions: conversionFacts(within('c."occurredAt"')),
  posts: postFacts(within('p."postedAt"')),
};

const LINK_DIMS: readonly CubeDim[] = ["creator", "campaign", "placement"];
const AUDIENCE_DIMS: ReadonlySet<CubeDim> = new Set(["country", "device"]);
const NEEDS: Record<Grouping, readonly CubeDim[]> = {
  total: [], day: [], week: [], creator: ["creator"], campaign: ["campaign"], placement: ["placement"], creative: LINK_DIMS, country: ["country"], device: ["device"],
};
const FILTERED: [keyof ReportFilters, CubeDim][] = [["creatorId", "creator"], ["campaignId", "campaign"], ["placement", "placement"], ["country", "country"], ["device", "device"]];
// the cubes of lib/analytics/rollup/apply-delta.ts, fewest rows first
const SMALLEST_FIRST = [2, 1, 4, 5, 3, 0];

/** The smallest rollup cube that holds every dimension a report filters or groups by. */
export function cubeFor(f: ReportFilters, group: Grouping): number {
  const used = new Set<CubeDim>([...NEEDS[group], ...FILTERED.filter(([k]) => f[k]).map(([, d]) => d)]);
  // without a country or device, CTR needs the link dimensions (posts are per creator, campaign, placement)
  if (![...used].some((d) => AUDIENCE_DIMS.has(d))) LINK_DIMS.forEach((d) => used.add(d));
  return SMALLEST_FIRST.find((c) => [...used].every((d) => CUBES[c].includes(d)))!;
}

// whole closed months inside [$3, $4] are read from monthly rows (only closed months have them:
// lib/analytics/rollup/months.ts), the days around them from daily rows
const M1 = `(CASE WHEN extract(day FROM $3::date) = 1 THEN $3::date ELSE (date_trunc('month', $3::date) + interval '1 month')::date END)`;
const CLOSED = `(SELECT "rollupMonthsBefore" FROM "Workspace" WHERE id = $1)`;
const M2 = `greatest(${M1}, least(date_trunc('month', $4::date + 1)::date, coalesce(${CLOSED}, ${M1})))`;

function rollup(table: string, measures: readonly string[], cube: number, byDay: boolean): string {
  const rows = byDay
    ? `NOT monthly AND day BETWEEN $3::date AND $4::date`
    : `((NOT monthly AND day BETWEEN $3::date AND $4::date AND NOT (day >= ${M1} AND day < ${M2})) OR (monthly AND day >= ${M1} AND day < ${M2}))`;
  return `SELECT day, "creatorId" AS creator, "campaignId" AS campaign, placement, country, device, ${measures.join(", ")}
    FROM "${table}" WHERE "workspaceId" = $1 AND cube = ${cube} AND ${rows}`;
}

export function rollupSources(f: ReportFilters, group: Grouping): Sources {
  const cube = cubeFor(f, group);
  const byDay = group === "day" || group === "week";
  return { clicks: rollup("ClickRollup", CLICK_MEASURES, cube, byDay), conversions: rollup("OrderRollup", CONVERSION_MEASURES, cube, byDay), posts: RAW.posts };
}
