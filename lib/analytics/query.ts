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
  /** clicks with their creator, campaign and placement kept apart (CTR's), narrowed by a condition on
   * the columns "creatorId", "campaignId", placement and day of ClickRollup */
  linkClicks: (narrow: string) => string;
  /** linkClicks' rows one table and span at a time (the same rows, apart): CTR per day or week reads them so */
  linkSpans: SpanRows[];
  /** true when `clicks` already are linkClicks' rows (the range read once serves CTR too) */
  clicksKeepLinks: boolean;
  conversions: string;
  posts: string;
}

/** One table's rows over the days [from, until), narrowed by a condition on its columns; `journal`: the pass's latest rows (rollup/journal.ts). */
export interface SpanRows {
  from: string;
  until: string;
  journal: boolean;
  rows: (narrow: string) => string;
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
// A click counts towards CTR when its creator, campaign and placement had a post in the range (in
// its day or week for those rows). Per day or week, driven by the posted (segment, bucket) pairs:
// in each stored span each pair whose bucket meets the span reads its own clicks, one index range
// each, and the journal, whose index is by day and not by segment, is read once per span and
// semi-joined to the pairs (probing it per pair would scan its whole day once per pair). Over the
// whole range, a semi-join: the link cube's rows in the range whose segment was posted, so the
// planner can hash the posted segments and read the range once when there are many, or still probe
// per segment when a filter leaves few.
const BUCKET: Partial<Record<Grouping, { of: (day: string) => string; days: number }>> = {
  day: { of: (day) => day, days: 1 },
  week: { of: (day) => `date_trunc('week', ${day})::date`, days: 7 },
};
const POSTED = `(SELECT p.creator, p.campaign, p.placement FROM posts p)`;
// Over a long range most segments were posted, and reading the posted ones is reading nearly all of
// the link cube. CTR's clicks are then all the clicks the report read (same filters) minus those of
// the segments that were not posted: ClickSegment holds every segment with clicks, so the segments
// it holds that no post names are exactly the rest. Which way reads fewer segments is settled in the
// statement by counting both lists; the other way sits behind a one-time filter and is never run.
const unpostedSql = (where: string) => `SELECT u.creator, u.campaign, u.placement FROM (
    SELECT f.* FROM (SELECT "creatorId" AS creator, "campaignId" AS campaign, placement FROM "ClickSegment" WHERE "workspaceId" = $1) f ${where}) u
   WHERE (u.creator, u.campaign, u.placement) NOT IN ${POSTED}`;
const FEWER_UNPOSTED = `(SELECT count(*) FROM unposted) < (SELECT count(*) FROM (SELECT DISTINCT creator, campaign, placement FROM posts) p)`;
const COMPLEMENT = `(SELECT yes FROM way)`;
const postedClicks = (group: Grouping, sources: Sources) => {
  const bucket = BUCKET[group];
  if (!bucket) return `(${sources.linkClicks(`AND ("creatorId", "campaignId", placement) IN ${POSTED}`)}) f`;
  const parts = sources.linkSpans.map((span) => span.journal
    ? span.rows(`AND ("creatorId", "campaignId", placement, ${bucket.of("day")}) IN (SELECT creator, campaign, placement, bucket FROM posted_buckets)`)
    : `SELECT f.* FROM posted_buckets s CROSS JOIN LATERAL (${span.rows(`AND "creatorId" = s.creator AND "campaignId" = s.campaign AND placement = s.placement AND day >= s.bucket AND day < s.bucket + ${bucket.days}`)}) f
    WHERE s.bucket < '${span.until}'::date AND s.bucket > '${span.from}'::date - ${bucket.days}`);
  return `(${parts.length ? parts.join("\n  UNION ALL ") : sources.linkClicks("AND false")}) f`;
};

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
  const key = KEY[group];
  const all = [...CLICK_MEASURES, ...CONVERSION_MEASURES];
  const pick = (own: readonly string[]) => all.map((m) => (own.includes(m) ? sum(m) : zero(m))).join(", ");
  // Without posts in play (a country or device in the filter or the grouping) CTR's parts are left
  // out whole (the posts CTE, unread, is then never run). When the clicks read are the link cube's
  // over the whole range (a creative breakdown, say), CTR's are a filtered sum of the same rows:
  // the filters already narrowed both alike, so one read serves both.
  const inOneRead = !postless && sources.clicksKeepLinks && !BUCKET[group];
  const eitherWay = !postless && !inOneRead && !BUCKET[group];
  const ctrClicks = inOneRead
    ? `coalesce(sum(f.clicks) FILTER (WHERE (f.creator, f.campaign, f.placement) IN ${POSTED}), 0)::float8`
    : eitherWay ? `(CASE WHEN ${COMPLEMENT} THEN coalesce(sum(f.clicks), 0) ELSE 0 END)::float8` : "0";
  const direct = `SELECT ${key}, ${pick([])}, 0, coalesce(sum(f.clicks), 0)::float8 FROM ${postedClicks(group, sources)}`;
  const postParts = postless ? [] : [
    ...(inOneRead ? [] : eitherWay ? [
      `${direct} WHERE NOT ${COMPLEMENT} GROUP BY 1`,
      `SELECT ${key}, ${pick([])}, 0, (0 - coalesce(sum(f.clicks), 0))::float8
         FROM (${sources.linkClicks(`AND ("creatorId", "campaignId", placement) IN (SELECT creator, campaign, placement FROM unposted)`)}) f WHERE ${COMPLEMENT} GROUP BY 1`,
    ] : [`${direct} GROUP BY 1`]),
    `SELECT ${key}, ${pick([])}, coalesce(sum(f.impressions), 0)::float8, 0 FROM posts f GROUP BY 1`,
  ];
  const parts = [
    `SELECT ${key} AS key, ${pick(CLICK_MEASURES)}, 0 AS impressions, ${ctrClicks} AS ctr_clicks FROM (${sources.clicks}) f ${where} GROUP BY 1`,
    `SELECT ${key}, ${pick(CONVERSION_MEASURES)}, 0, 0 FROM (${sources.conversions}) f ${where} GROUP BY 1`,
    ...postParts,
  ];
  const text = `
WITH posts AS (SELECT * FROM (${sources.posts}) f ${where}),${postless || !BUCKET[group] ? "" : `
posted_buckets AS MATERIALIZED (SELECT DISTINCT p.creator, p.campaign, p.placement, ${BUCKET[group].of("p.day")} AS bucket FROM posts p),`}${eitherWay ? `
unposted AS MATERIALIZED (${unpostedSql(where)}),
way AS MATERIALIZED (SELECT ${FEWER_UNPOSTED} AS yes),` : ""}
g AS (
  ${parts.join("\n  UNION ALL\n  ")}
)
SELECT key, ${[...all, "impressions", "ctr_clicks"].map((m) => `sum(${m})::float8 AS ${m}`).join(", ")} FROM g GROUP BY key`;
  return { text, values: params };
}
