// The click journal (ClickRollupJournal): the pass appends its click deltas'
// daily rows of a few cubes there (JOURNAL_CUBES in apply-delta.ts: the finest,
// the link cube, the day cube), and reads sum them with ClickRollup's
// (sources.ts). Folding sums a workspace's finest journal rows of some days
// into every cube of ClickRollup, a row per key, and deletes the journal's rows
// of those days, in one statement. After each pass (foldDueJournals in pass.ts,
// a transaction of its own) the days before each workspace's today are folded,
// and every day once the journal holds FOLD_AFTER_PASSES
// passes of a workspace (an hour of minutely passes) or FOLD_AFTER_CLICKS of
// its clicks: reads of today sum its finest rows, which stay few however busy
// the day. A week or month is folded before it closes (closed-periods.ts),
// since closing sums ClickRollup's daily rows. Callers hold the pass's mark.
import type { PoolClient } from "pg";
import { DAY_CUBE, FINEST_CUBE, ROLLUP_KEY, ROLLUPS, dailySums, upsert } from "./apply-delta";

const { table, journal, measures } = ROLLUPS.clicks;
export const FOLD_AFTER_PASSES = 60;
export const FOLD_AFTER_CLICKS = 100_000;

/**
 * Workspaces whose journal is due a fold at `now`, each with the day to fold before: their today (in
 * their time zone) when it holds an earlier day, null (every day) when it holds FOLD_AFTER_PASSES passes
 * or FOLD_AFTER_CLICKS clicks.
 */
export async function workspacesToFold(c: PoolClient, now: Date): Promise<{ id: string; before: string | null }[]> {
  // every delta has a row in the cube of no dimension for each day it touches, with its clicks (valid and
  // invalid; a re-judged click moves between the two): a few index entries per workspace
  const { rows } = await c.query<{ id: string; before: string | null }>(
    `SELECT id, CASE WHEN full_ THEN NULL ELSE today::text END AS before
       FROM (SELECT w.id, w.today, count(j.day) >= ${FOLD_AFTER_PASSES} OR sum(j.clicks + j.invalid_clicks) >= ${FOLD_AFTER_CLICKS} AS full_, bool_or(j.day < w.today) AS stale
               FROM (SELECT id, ($1::timestamptz AT TIME ZONE "timeZone")::date AS today FROM "Workspace") w
               JOIN "${journal}" j ON j."workspaceId" = w.id AND j.cube = ${DAY_CUBE}
              GROUP BY w.id, w.today) x
      WHERE stale OR full_
      ORDER BY id`,
    [now],
  );
  return rows;
}

/**
 * Sums workspace `workspaceId`'s finest journal rows of the days before `before` (null: every day) into
 * every cube of ClickRollup and deletes the journal's rows of those days, of every cube (a release that
 * appended every cube left rows the finest already count). Returns the rollup rows added or updated.
 */
export async function foldJournal(c: PoolClient, workspaceId: string, before: string | null): Promise<number> {
  const res = await c.query(
    `WITH moved AS (DELETE FROM "${journal}" WHERE "workspaceId" = $1 AND ($2::date IS NULL OR day < $2::date) RETURNING *),
d AS (SELECT day, "creatorId" AS creator, "campaignId" AS campaign, placement, country, device, ${measures.join(", ")} FROM moved WHERE cube = ${FINEST_CUBE})
${upsert(table, ROLLUP_KEY, measures, `SELECT $1, s.* FROM (${dailySums("clicks")}) s`)}`,
    [workspaceId, before],
  );
  return res.rowCount ?? 0;
}
