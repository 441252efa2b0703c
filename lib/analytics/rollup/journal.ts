// The click journal (ClickRollupJournal): the pass appends its click deltas'
// daily rows there (apply-delta.ts), and reads sum them with ClickRollup's
// (sources.ts). Folding adds a workspace's journal rows of some days into
// ClickRollup, a row per key, and deletes them, in one statement: the pass
// folds the days before each workspace's today, and every day once the
// journal holds FOLD_AFTER_PASSES passes of a workspace (an hour of minutely
// passes: reads of today and the fold stay small however busy the day), and a
// week or month is folded before it closes (closed-periods.ts), since closing
// sums ClickRollup's daily rows. Callers hold the pass's mark.
import type { PoolClient } from "pg";
import { DAY_CUBE, QUOTED_COLUMNS, ROLLUP_KEY, ROLLUPS, sumsOf, upsert } from "./apply-delta";

const { table, journal, measures } = ROLLUPS.clicks;
export const FOLD_AFTER_PASSES = 60;

/**
 * Workspaces whose journal is due a fold at `now`, each with the day to fold before: their today (in
 * their time zone) when it holds an earlier day, null (every day) when it holds FOLD_AFTER_PASSES passes.
 */
export async function workspacesToFold(c: PoolClient, now: Date): Promise<{ id: string; before: string | null }[]> {
  // every delta has a row in the cube of no dimension for each day it touches: a few index entries per workspace
  const { rows } = await c.query<{ id: string; before: string | null }>(
    `SELECT id, CASE WHEN passes >= ${FOLD_AFTER_PASSES} THEN NULL ELSE today::text END AS before
       FROM (SELECT w.id, w.today, count(j.day) AS passes, bool_or(j.day < w.today) AS stale
               FROM (SELECT id, ($1::timestamptz AT TIME ZONE "timeZone")::date AS today FROM "Workspace") w
               JOIN "${journal}" j ON j."workspaceId" = w.id AND j.cube = ${DAY_CUBE}
              GROUP BY w.id, w.today) x
      WHERE stale OR passes >= ${FOLD_AFTER_PASSES}
      ORDER BY id`,
    [now],
  );
  return rows;
}

/** Adds workspace `workspaceId`'s journal rows of the days before `before` (null: every day) into ClickRollup and deletes them. Returns the rows added or updated. */
export async function foldJournal(c: PoolClient, workspaceId: string, before: string | null): Promise<number> {
  const res = await c.query(
    `WITH moved AS (DELETE FROM "${journal}" WHERE "workspaceId" = $1 AND ($2::date IS NULL OR day < $2::date) RETURNING *)
${upsert(table, ROLLUP_KEY, measures, `SELECT "workspaceId", cube, false, day, ${QUOTED_COLUMNS}, ${sumsOf("clicks")}
  FROM moved GROUP BY "workspaceId", cube, day, ${QUOTED_COLUMNS}`)}`,
    [workspaceId, before],
  );
  return res.rowCount ?? 0;
}
