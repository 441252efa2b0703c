// Where fact rows come from: the raw tables (exact by definition, what the
// rollup is built from), or the rollup, pre-summed per day or month in the
// smallest cube that holds every dimension a report filters or groups by.
import { clickFacts, conversionFacts, postFacts, CLICK_MEASURES, CONVERSION_MEASURES } from "./facts";
import type { Grouping, Sources } from "./query";
import type { ReportFilters } from "./types";

// [$3, $4] are calendar days in zone $2; stored times are UTC timestamps
const FROM = `(($3::date)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const UNTIL = `(($4::date + 1)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const within = (col: string) => `${col} >= ${FROM} AND ${col} < ${UNTIL}`;

export const RAW: Sources = {
  clicks: clickFacts(`k."workspaceId" = $1 AND ${within('k."occurredAt"')}`),
  conversions: conversionFacts(within('c."occurredAt"')),
  posts: postFacts(within('p."postedAt"')),
};

const LINK_DIMS = new Set(["creator", "campaign", "placement", "creative"]);
const AUDIENCE_DIMS = new Set(["country", "device"]);

/** The cube (lib/analytics/rollup/apply-delta.ts) that holds every dimension needed: 1 link, 2 audience, 0 all. */
export function cubeFor(f: ReportFilters, group: Grouping): number {
  const used = [group, ...(["creatorId", "campaignId", "placement", "country", "device"] as const).filter((k) => f[k]).map((k) => k.replace(/Id$/, ""))];
  const audience = used.some((d) => AUDIENCE_DIMS.has(d));
  // without a country or device, CTR needs the link dimensions (posts are per creator, campaign, placement)
  if (!audience) return 1;
  return used.some((d) => LINK_DIMS.has(d)) ? 0 : 2;
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
