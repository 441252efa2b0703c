// Adds signed fact rows (a delta) to a rollup table: one statement groups them
// into every cube (GROUPING SETS), per day and, for closed months only
// (closed-periods.ts), per month, and for closed weeks per week into the
// weekly tables, and upserts the sums. The rollup only ever grows by deltas,
// so a pass costs what changed. The pass appends its click deltas' daily rows
// to the journal instead (journal.ts): an append looks nothing up in
// ClickRollup's large unique index, which was most of a pass's cost.
import type { ClientBase } from "pg";
import { CLICK_MEASURES, CONVERSION_MEASURES } from "../facts";

// weekly: the table of closed weeks' rows; journal: where daily rows may be appended before they are
// added into the table; segments: the table of creator/campaign/placement segments the rows are added
// under (schema.prisma's ClickRollupWeekly, ClickRollupJournal and ClickSegment)
export const ROLLUPS = {
  clicks: { table: "ClickRollup", weekly: "ClickRollupWeekly", journal: "ClickRollupJournal", measures: CLICK_MEASURES, segments: "ClickSegment" },
  orders: { table: "OrderRollup", weekly: "OrderRollupWeekly", journal: null, measures: CONVERSION_MEASURES, segments: null },
} as const;
export type RollupKind = keyof typeof ROLLUPS;

const DIMS = ["creator", "campaign", "placement", "country", "device"] as const;
const COLUMNS = ["creatorId", "campaignId", "placement", "country", "device"] as const;
export const QUOTED_COLUMNS = COLUMNS.map((c) => `"${c}"`).join(", ");
export type CubeDim = (typeof DIMS)[number];
/** The daily and monthly rollup tables' key columns, for statements that add rows into them. */
export const ROLLUP_KEY = `"workspaceId", cube, monthly, day, ${QUOTED_COLUMNS}`;
// cube 0: every dimension; 1: what a link says (creator, campaign, placement); 2: who clicked (country, device);
// 3–5: one link dimension by who clicked, so a country or device filter with a creator, a campaign or a
// placement does not read cube 0, which holds about a row per click of a day; 6: none (a row per day);
// 7–9: one link dimension alone, so a year of days or one dimension's rows is a few hundred rows, not cube 1's;
// 10: every dimension but the creator (campaigns and placements are few), so a campaign and a placement with
// a country or device, the question of which placement works where, does not read cube 0 either;
// 11, 12: a creative (creator, campaign, placement) by device and by country, so a creative breakdown under
// a device or country filter does not read cube 0 (folds and closes write them; a pass does not: JOURNAL_CUBES)
export const CUBES: readonly (readonly CubeDim[])[] = [
  DIMS,
  ["creator", "campaign", "placement"],
  ["country", "device"],
  ["creator", "country", "device"],
  ["campaign", "country", "device"],
  ["placement", "country", "device"],
  [],
  ["creator"],
  ["campaign"],
  ["placement"],
  ["campaign", "placement", "country", "device"],
  ["creator", "campaign", "placement", "device"],
  ["creator", "campaign", "placement", "country"],
];
/** The cube of no dimension: every delta has a row in it for each day it touches. */
export const DAY_CUBE = CUBES.findIndex((dims) => dims.length === 0);
/** The cube of every dimension: the finest rows, from which every other cube's are sums. */
export const FINEST_CUBE = CUBES.findIndex((dims) => dims.length === DIMS.length);
/** The cube of what a link says (creator, campaign, placement): CTR's clicks are read from it. */
export const LINK_CUBE = CUBES.findIndex((dims) => dims.join() === "creator,campaign,placement");
const ALL_CUBES = CUBES.map((_, i) => i);
// The pass appends the finest rows, which reads of the journal sum into any cube, and two small cubes
// reads and journal.ts probe: the link cube (CTR reads a posted segment's clicks per day or week, one
// probe each, which must not scan a day's finest rows) and the day cube (journal.ts counts passes and
// clicks with it). The other cubes' daily rows are summed from the finest when the journal is folded,
// so a pass groups into three cubes instead of all thirteen: ~8,600 rows appended per 10,000 of the bench's
// clicks where every cube would make ~20,600 (docs/PERFORMANCE.md).
export const JOURNAL_CUBES = [FINEST_CUBE, LINK_CUBE, DAY_CUBE];

const grouping = (period: string, cubes: readonly number[] = ALL_CUBES) => cubes.map((i) => `(${[period, ...CUBES[i]].join(", ")})`).join(", ");
// GROUPING() of the five dimensions as a bit mask (1 = left out), told apart per cube
const cubeOf = (() => {
  const masks = CUBES.map((dims) => DIMS.reduce((m, d, i) => m | (dims.includes(d) ? 0 : 1 << (DIMS.length - 1 - i)), 0));
  return `CASE GROUPING(${DIMS.join(", ")}) ${masks.map((m, i) => `WHEN ${m} THEN ${i}`).join(" ")} END`;
})();

// The delta's sums per cube and closed month or week ($1's "rollupMonthsBefore" / "rollupWeeksBefore";
// none while it is null): columns cube, `flag` (monthly's value, for the monthly rows), day (the period's
// first day), the five dimensions, the sums.
const dims = DIMS.map((x) => `coalesce(${x}, '') AS ${x}`).join(", ");
const closedSums = (unit: "month" | "week", sums: string, flag = "") => `SELECT ${cubeOf} AS cube, ${flag}${unit} AS day, ${dims}, ${sums}
    FROM (SELECT date_trunc('${unit}', day)::date AS ${unit}, * FROM d) p
   WHERE ${unit} < (SELECT "${unit === "month" ? "rollupMonthsBefore" : "rollupWeeksBefore"}" FROM "Workspace" WHERE id = $1)
   GROUP BY GROUPING SETS (${grouping(unit)})`;

/** The kind's measures summed, each named for itself: `sum(clicks) AS clicks, …`. */
export const sumsOf = (kind: RollupKind) => ROLLUPS[kind].measures.map((m) => `sum(${m}) AS ${m}`).join(", ");

/** The daily rows of `cubes` summed from CTE d's rows: columns cube, monthly (false), day, the five dimensions, the sums. */
export const dailySums = (kind: RollupKind, cubes: readonly number[] = ALL_CUBES) => `SELECT ${cubeOf} AS cube, false AS monthly, day, ${dims}, ${sumsOf(kind)}
    FROM d GROUP BY GROUPING SETS (${grouping("day", cubes)})`;

/**
 * The CTEs d (`deltaSql`: signed (day, creator, campaign, placement, country,
 * device, measures…) rows for workspace $1) and s (their sums per cube, daily
 * (`dailyCubes` only), and monthly for closed months), ready for a statement that reads s.
 */
export function cubeSumsSql(kind: RollupKind, deltaSql: string, dailyCubes: readonly number[] = ALL_CUBES): string {
  const sums = sumsOf(kind);
  return `
WITH d AS (${deltaSql}),
s AS (
  ${dailySums(kind, dailyCubes)}
  UNION ALL
  ${closedSums("month", sums, "true, ")}
)`;
}

/** INSERT of `rows` (columns `key`, then `measures`) into `table`, each summed onto the row of its key if there is one. */
export const upsert = (table: string, key: string, measures: readonly string[], rows: string) => `INSERT INTO "${table}" (${key}, ${measures.join(", ")})
${rows}
ON CONFLICT (${key})
DO UPDATE SET ${measures.map((m) => `${m} = "${table}".${m} + EXCLUDED.${m}`).join(", ")}`;

/**
 * cubeSumsSql's rows added to the rollup table: a row per key, summed on conflict, or (`daily` =
 * "append", for kinds with a journal) the daily rows of JOURNAL_CUBES appended to the journal and
 * only the monthly ones summed into the table; in the same statement, the delta's closed weeks to the weekly table
 * (for the pass, on today's clicks, none), and, for clicks, the delta's segments to ClickSegment, so
 * no click rollup row is ever without its segment there (a few hundred: a small part of the statement).
 */
export function deltaUpsertSql(kind: RollupKind, deltaSql: string, daily: "upsert" | "append" = "upsert"): string {
  const { table, weekly, journal, measures, segments } = ROLLUPS[kind];
  const ctes = [
    ...(segments ? [`seg AS (INSERT INTO "${segments}" ("workspaceId", "creatorId", "campaignId", placement)
    SELECT DISTINCT $1, coalesce(creator, ''), coalesce(campaign, ''), coalesce(placement, '') FROM d ON CONFLICT DO NOTHING)`] : []),
    `wk AS (${upsert(weekly, `"workspaceId", cube, day, ${QUOTED_COLUMNS}`, measures, `SELECT $1, w.* FROM (${closedSums("week", sumsOf(kind))}) w`)})`,
  ];
  let main = upsert(table, ROLLUP_KEY, measures, "SELECT $1, s.* FROM s");
  if (daily === "append" && journal) {
    ctes.push(`mo AS (${upsert(table, ROLLUP_KEY, measures, "SELECT $1, s.* FROM s WHERE s.monthly")})`);
    main = `INSERT INTO "${journal}" ("workspaceId", cube, day, ${QUOTED_COLUMNS}, ${measures.join(", ")})
SELECT $1, cube, day, ${DIMS.join(", ")}, ${measures.join(", ")} FROM s WHERE NOT s.monthly`;
  }
  return `${cubeSumsSql(kind, deltaSql, daily === "append" && journal ? JOURNAL_CUBES : ALL_CUBES)}, ${ctes.join(", ")}
${main}`;
}

/** Adds the delta `deltaSql` (see cubeSumsSql; `values` are its parameters) to the rollup, its daily rows upserted or appended (see deltaUpsertSql). */
export async function applyDelta(client: ClientBase, kind: RollupKind, deltaSql: string, values: unknown[], daily: "upsert" | "append" = "upsert"): Promise<number> {
  const res = await client.query(deltaUpsertSql(kind, deltaSql, daily), values);
  return res.rowCount ?? 0;
}
