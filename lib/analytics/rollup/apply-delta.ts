// Adds signed fact rows (a delta) to a rollup table: one statement groups them
// into every cube (GROUPING SETS), per day and, for closed months only
// (closed-periods.ts), per month, and for closed weeks per week into the
// weekly tables, and upserts the sums. The rollup only ever grows by deltas,
// so a pass costs what changed.
import type { ClientBase } from "pg";
import { CLICK_MEASURES, CONVERSION_MEASURES } from "../facts";

// weekly: the table of closed weeks' rows; segments: the table of creator/campaign/placement segments
// the rows are added under (schema.prisma's ClickRollupWeekly and ClickSegment)
export const ROLLUPS = {
  clicks: { table: "ClickRollup", weekly: "ClickRollupWeekly", measures: CLICK_MEASURES, segments: "ClickSegment" },
  orders: { table: "OrderRollup", weekly: "OrderRollupWeekly", measures: CONVERSION_MEASURES, segments: null },
} as const;
export type RollupKind = keyof typeof ROLLUPS;

const DIMS = ["creator", "campaign", "placement", "country", "device"] as const;
const COLUMNS = ["creatorId", "campaignId", "placement", "country", "device"] as const;
export const QUOTED_COLUMNS = COLUMNS.map((c) => `"${c}"`).join(", ");
export type CubeDim = (typeof DIMS)[number];
// cube 0: every dimension; 1: what a link says (creator, campaign, placement); 2: who clicked (country, device);
// 3–5: one link dimension by who clicked, so a country or device filter with a creator, a campaign or a
// placement does not read cube 0, which holds about a row per click of a day; 6: none (a row per day);
// 7–9: one link dimension alone, so a year of days or one dimension's rows is a few hundred rows, not cube 1's;
// 10: every dimension but the creator (campaigns and placements are few), so a campaign and a placement with
// a country or device, the question of which placement works where, does not read cube 0 either
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
];

const grouping = (period: string) => CUBES.map((dims) => `(${[period, ...dims].join(", ")})`).join(", ");
// GROUPING() of the five dimensions as a bit mask (1 = left out), told apart per cube
const cubeOf = (() => {
  const masks = CUBES.map((dims) => DIMS.reduce((m, d, i) => m | (dims.includes(d) ? 0 : 1 << (DIMS.length - 1 - i)), 0));
  return `CASE GROUPING(${DIMS.join(", ")}) ${masks.map((m, i) => `WHEN ${m} THEN ${i}`).join(" ")} END`;
})();

// The delta's sums per cube and closed month or week ($1's "rollupMonthsBefore" / "rollupWeeksBefore";
// none while it is null): columns cube, `flag` (monthly's value, for the monthly rows), day (the period's
// first day), the five dimensions, the sums.
const closedSums = (unit: "month" | "week", sums: string, flag = "") => `SELECT ${cubeOf} AS cube, ${flag}${unit} AS day, ${DIMS.map((x) => `coalesce(${x}, '')`).join(", ")}, ${sums}
    FROM (SELECT date_trunc('${unit}', day)::date AS ${unit}, * FROM d) p
   WHERE ${unit} < (SELECT "${unit === "month" ? "rollupMonthsBefore" : "rollupWeeksBefore"}" FROM "Workspace" WHERE id = $1)
   GROUP BY GROUPING SETS (${grouping(unit)})`;

/**
 * The CTEs d (`deltaSql`: signed (day, creator, campaign, placement, country,
 * device, measures…) rows for workspace $1) and s (their sums per cube, daily,
 * and monthly for closed months), ready for a statement that reads s.
 */
const sumsOf = (kind: RollupKind) => ROLLUPS[kind].measures.map((m) => `sum(${m})`).join(", ");

export function cubeSumsSql(kind: RollupKind, deltaSql: string): string {
  const sums = sumsOf(kind);
  return `
WITH d AS (${deltaSql}),
s AS (
  SELECT ${cubeOf} AS cube, false AS monthly, day, ${DIMS.map((x) => `coalesce(${x}, '')`).join(", ")}, ${sums}
    FROM d GROUP BY GROUPING SETS (${grouping("day")})
  UNION ALL
  ${closedSums("month", sums, "true, ")}
)`;
}

const upsert = (table: string, key: string, measures: readonly string[], rows: string) => `INSERT INTO "${table}" (${key}, ${measures.join(", ")})
${rows}
ON CONFLICT (${key})
DO UPDATE SET ${measures.map((m) => `${m} = "${table}".${m} + EXCLUDED.${m}`).join(", ")}`;

/**
 * cubeSumsSql's rows added to the rollup table: a row per key, summed on conflict; in the same
 * statement, the delta's closed weeks to the weekly table (for the pass, on today's clicks, none),
 * and, for clicks, the delta's segments to ClickSegment, so no click rollup row is ever without its
 * segment there (the delta's segments are a few hundred: a small part of the upsert).
 */
export function deltaUpsertSql(kind: RollupKind, deltaSql: string): string {
  const { table, weekly, measures, segments } = ROLLUPS[kind];
  const addSegments = segments
    ? `, seg AS (INSERT INTO "${segments}" ("workspaceId", "creatorId", "campaignId", placement)
    SELECT DISTINCT $1, coalesce(creator, ''), coalesce(campaign, ''), coalesce(placement, '') FROM d ON CONFLICT DO NOTHING)`
    : "";
  const addWeeks = `, wk AS (${upsert(weekly, `"workspaceId", cube, day, ${QUOTED_COLUMNS}`, measures, `SELECT $1, w.* FROM (${closedSums("week", sumsOf(kind))}) w`)})`;
  return `${cubeSumsSql(kind, deltaSql)}${addSegments}${addWeeks}
${upsert(table, `"workspaceId", cube, monthly, day, ${QUOTED_COLUMNS}`, measures, "SELECT $1, s.* FROM s")}`;
}

/** Adds the delta `deltaSql` (see cubeSumsSql; `values` are its parameters) to the rollup. */
export async function applyDelta(client: ClientBase, kind: RollupKind, deltaSql: string, values: unknown[]): Promise<number> {
  const res = await client.query(deltaUpsertSql(kind, deltaSql), values);
  return res.rowCount ?? 0;
}
