// The click journal (ClickRollupJournal): the pass appends its click deltas'
// daily rows there (apply-delta.ts), and reads sum them with ClickRollup's
// (sources.ts). Folding adds a workspace's journal rows of some days into
// ClickRollup, a row per key, and deletes them, in one statement: the pass
// folds the days before each workspace's today, so the journal holds about a
// day, and a week or month is folded before it closes (closed-periods.ts),
// since closing sums ClickRollup's daily rows. Callers hold the pass's mark.
import type { PoolClient } from "pg";
import { DAY_CUBE, QUOTED_COLUMNS, ROLLUP_KEY, ROLLUPS, upsert } from "./apply-delta";

const { table, journal, measures } = ROLLUPS.clicks;

/** Workspaces whose journal holds a day before their today at `now` (that day, in their time zone), with their today. */
export async function workspacesToFold(c: PoolClient, now: Date): Promise<{ id: string; today: string }[]> {
  // every delta has a row in the cube of no dimension for each day it touches: one index probe per workspace
  const { rows } = await c.query<{ id: string; today: string }>(
    `SELECT w.id, w.today::text AS today FROM (SELECT id, ($1::timestamptz AT TIME ZONE "timeZone")::date AS today FROM "Workspace") w
      WHERE EXISTS (SELECT 1 FROM "${journal}" j WHERE j."workspaceId" = w.id AND j.cube = ${DAY_CUBE} AND j.day < w.today)
      ORDER BY w.id`,
    [now],
  );
  return rows;
}

/** Adds workspace `workspaceId`'s journal rows of the days before `before` into ClickRollup and deletes them. Returns the rows added or updated. */
export async function foldJournal(c: PoolClient, workspaceId: string, before: string): Promise<number> {
  const res = await c.query(
    `WITH moved AS (DELETE FROM "${journal}" WHERE "workspaceId" = $1 AND day < $2::date RETURNING *)
${upsert(table, ROLLUP_KEY, measures, `SELECT "workspaceId", cube, false, day, ${QUOTED_COLUMNS}, ${measures.map((m) => `sum(${m})`).join(", ")}
  FROM moved GROUP BY "workspaceId", cube, day, ${QUOTED_COLUMNS}`)}`,
    [workspaceId, before],
  );
  return res.rowCount ?? 0;
}
