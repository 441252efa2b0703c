// The one aggregate every report runs: fact rows (raw, or the rollup's
// pre-summed rows: sources.ts) filtered by ReportFilters, summed per group
// key. A breakdown row therefore equals kpis() with the filter narrowed to
// that row (for day and week rows: the range narrowed to that day or week).
import type { Dimension, ReportFilters } from "./types";
import { CLICK_MEASURES, CONVERSION_MEASURES } from "./facts";

export type Sums = Record<(typeof CLICK_MEASURES)[number] | (typeof CONVERSION_MEASURES)[number] | "impressions" | "ctr_clicks", number>;
export type Grouping = Dimension | "total";

/** Fact-row SQL (columns day, creator, campaign, placement, country, device, measures) over [$3, $4] in zone $2. */
export interface Sources {
  clicks: string;
  conversions: string;
  posts: string;
}

const KEY: Record<Grouping, string> = {
  total: "''",
  creator: "f.creator",
  campaign: "f.campaign",
  placement: "f.placement",
  creative: "CASE WHEN f.creator = '' THEN '' ELSE f.creator || '|' || f.campaign || '|' || f.placement END",
  country: "f.country",
  device: "f.device",
  day: "f.day::text",
  week: "date_trunc('week', f.day)::date::text",
};

// posts have no country or device: impressions belong to no such row or filter
const POSTLESS: ReadonlySet<Grouping> = new Set(["country", "device"]);
const SAME_BUCKET: Partial<Record<Grouping, string>> = { day: "p.day = f.day", week: "date_trunc('week', p.day) = date_trunc('week', f.day)" };

type Filterable = "creator" | "campaign" | "placement" | "country" | "device";
const FILTERS: [keyof ReportFilters, Filterable][] = [
  ["creatorId", "creator"],
  ["campaignId", "campaign"],
  ["placement", "placement"],
  ["country", "country"],
  ["device", "device"],
];

const sum = (m: string) => `coalesce(sum(${m}), 0)::float8 AS ${m}`;
const zero = (m: string) => `0 AS ${m}`;

/** SQL and parameters for the sums of every measure per group key, over the days [from, to]. */
export function aggregateSql(sources: Sources, workspaceId: string, timeZone: string, range: { from: string; to: string }, f: ReportFilters, group: Grouping) {
  const params: unknown[] = [workspaceId, timeZone, range.from, range.to];
  const conds: string[] = [];
  let postless = POSTLESS.has(group);
  for (const [field, column] of FILTERS) {
    const value = f[field];
    if (value === undefined || value === "") continue;
    params.push(value);
    conds.push(`f.${column} = $${params.length}`);
    if (column === "country" || column === "device") postless = true;
  }
  const where = conds.length ? `WHERE ${conds.join(" AND ")}` : "";
  const postWhere = conds.filter((c) => !/f\.(country|device)/.test(c));
  const key = KEY[group];
  const all = [...CLICK_MEASURES, ...CONVERSION_MEASURES];
  const pick = (own: readonly string[]) => all.map((m) => (own.includes(m) ? sum(m) : zero(m))).join(", ");
  const text = `
WITH posts AS (
  SELECT * FROM (${sources.posts}) f ${postless ? "WHERE false" : postWhere.length ? `WHERE ${postWhere.join(" AND ")}` : ""}
), g AS (
  SELECT ${key} AS key, ${pick(CLICK_MEASURES)}, 0 AS impressions,
         coalesce(sum(f.clicks) FILTER (WHERE EXISTS (SELECT 1 FROM posts p WHERE p.creator = f.creator AND p.campaign = f.campaign
                   AND p.placement = f.placement AND ${SAME_BUCKET[group] ?? "true"})), 0)::float8 AS ctr_clicks
    FROM (${sources.clicks}) f ${where} GROUP BY 1
  UNION ALL
  SELECT ${key}, ${pick(CONVERSION_MEASURES)}, 0, 0 FROM (${sources.conversions}) f ${where} GROUP BY 1
  UNION ALL
  SELECT ${key}, ${pick([])}, coalesce(sum(f.impressions), 0)::float8, 0 FROM posts f GROUP BY 1
)
SELECT key, ${[...all, "impressions", "ctr_clicks"].map((m) => `sum(${m})::float8 AS ${m}`).join(", ")} FROM g GROUP BY key`;
  return { text, values: params };
}
