// The analytics pass (run by lib/server/maintenance.ts every minute, on any
// number of instances): adds to the rollups what arrived since the last pass.
// One transaction holds the mark row (AnalyticsMark 'analytics') FOR UPDATE,
// so passes on several instances run one after another and each applies a
// delta exactly once; a failed pass rolls back whole and the next one redoes
// it. Clicks: the numbers between the stored mark and the committed mark
// (click-mark.ts), at most MAX_CLICKS per pass, appended to the journal,
// which foldDueJournals, run after the pass, folds into the rollup (journal.ts). Orders: the days the accepted
// postbacks since the last pass touched (a minute of overlap: recomputing a
// day is idempotent). The first pass on a database builds everything. A
// workspace whose month or week ended gets its monthly or weekly rows
// (closed-periods.ts).
import type { Pool, PoolClient } from "pg";
import { ROLLUPS } from "./apply-delta";
import { applyAllClicks, applyClickDelta } from "./click-delta";
import { committedClickSeq } from "./click-mark";
import { closePeriods, startPeriodsAt, workspacesToClose } from "./closed-periods";
import { foldJournal, workspacesToFold } from "./journal";
import { applyAllOrders, applyOrderDays } from "./order-delta";
import { touchedOrderDays } from "./order-touched";

const MAX_CLICKS = 500_000n;
// a conversion committed a little after its log line was stamped is still found
const OVERLAP_MS = 60_000;

export interface PassResult {
  clicks: number;
  orderDays: number;
  rebuilt: boolean;
}

interface Mark {
  seq: bigint;
  at: Date;
}

type Zones = { id: string; timeZone: string }[];
const zones = async (c: PoolClient, ids?: string[]): Promise<Zones> =>
  (await c.query<{ id: string; timeZone: string }>(`SELECT id, "timeZone" FROM "Workspace"${ids ? " WHERE id = ANY($1::text[])" : ""} ORDER BY id`, ids ? [ids] : [])).rows;

/** Locks the mark row, creating it (and reporting so) on the first pass. */
async function lockMark(c: PoolClient, committed: bigint, now: Date): Promise<{ mark: Mark; created: boolean }> {
  const made = await c.query(`INSERT INTO "AnalyticsMark" (name, seq, at) VALUES ('analytics', $1, $2) ON CONFLICT (name) DO NOTHING RETURNING name`, [committed.toString(), now]);
  const { rows } = await c.query<{ seq: string; at: Date }>(`SELECT seq::text, at FROM "AnalyticsMark" WHERE name = 'analytics' FOR UPDATE`);
  return { mark: { seq: BigInt(rows[0].seq), at: rows[0].at }, created: (made.rowCount ?? 0) > 0 };
}

/** Serialises changes to one workspace's order rollup (the pass and decisions both recompute days). */
export const lockWorkspaceRollup = (c: PoolClient, workspaceId: string) => c.query(`SELECT 1 FROM "Workspace" WHERE id = $1 FOR NO KEY UPDATE`, [workspaceId]);

/** Empties and rebuilds one workspace's rollups up to click number `seq`. The caller holds the mark. */
export async function rebuildWorkspace(c: PoolClient, ws: { id: string; timeZone: string }, seq: bigint, now = new Date()): Promise<void> {
  await lockWorkspaceRollup(c, ws.id);
  for (const { table, weekly, journal } of Object.values(ROLLUPS)) {
    for (const t of [table, weekly, journal]) if (t) await c.query(`DELETE FROM "${t}" WHERE "workspaceId" = $1`, [ws.id]);
  }
  await startPeriodsAt(c, ws.id, ws.timeZone, now);
  await applyAllClicks(c, ws.id, ws.timeZone, seq);
  await applyAllOrders(c, ws.id, ws.timeZone);
}

/**
 * Folds the click journals that are due (journal.ts: days before a workspace's today, or all of it after
 * an hour of passes or 100,000 clicks) into ClickRollup, in a transaction of its own after the pass's:
 * the pass's delta is committed and read without waiting for a fold (1–2 s for 100,000 clicks), and a
 * fold that fails leaves it in place (reads sum the journal as it stands; the next run folds). Holds
 * the mark, so it never runs beside a pass appending to the journal. Returns the workspaces folded.
 */
export async function foldDueJournals(pool: Pool, now = new Date()): Promise<number> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    // a fold lost in a crash leaves the journal's rows where they were: nothing to redo
    await c.query("SET LOCAL synchronous_commit = off");
    const { rowCount } = await c.query(`SELECT 1 FROM "AnalyticsMark" WHERE name = 'analytics' FOR UPDATE`);
    const due = rowCount ? await workspacesToFold(c, now) : [];
    for (const ws of due) await foldJournal(c, ws.id, ws.before);
    await c.query("COMMIT");
    return due.length;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

export async function runAnalyticsPass(pool: Pool, now = new Date()): Promise<PassResult> {
  const committed = await committedClickSeq(pool);
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    // The pass writes only what it can derive again: if a crash loses its commit, the mark
    // goes back with the rows, and the next pass redoes the same delta. So it need not
    // wait for its WAL to reach the disk (a later synchronous commit flushes it anyway).
    await c.query("SET LOCAL synchronous_commit = off");
    const { mark, created } = await lockMark(c, committed, now);
    if (created) {
      for (const ws of await zones(c)) await rebuildWorkspace(c, ws, mark.seq, now);
      await c.query("COMMIT");
      return { clicks: 0, orderDays: 0, rebuilt: true };
    }
    const to = committed - mark.seq > MAX_CLICKS ? mark.seq + MAX_CLICKS : committed;
    let clicks = 0;
    if (to > mark.seq) {
      const { rows } = await c.query<{ id: string; n: number }>(`SELECT "workspaceId" AS id, count(*)::int AS n FROM "Click" WHERE seq > $1 AND seq <= $2 GROUP BY 1`, [mark.seq.toString(), to.toString()]);
      for (const ws of await zones(c, rows.map((r) => r.id))) await applyClickDelta(c, ws.id, ws.timeZone, mark.seq, to);
      clicks = rows.reduce((s, r) => s + r.n, 0);
    }
    let orderDays = 0;
    const since = new Date(mark.at.getTime() - OVERLAP_MS);
    for (const ws of await zones(c)) {
      const days = await touchedOrderDays(c, ws.id, ws.timeZone, since);
      if (days.length === 0) continue;
      await lockWorkspaceRollup(c, ws.id);
      orderDays += days.length;
      await applyOrderDays(c, ws.id, ws.timeZone, days);
    }
    // once a week and a month per workspace: the week or month that just ended gets its rows
    for (const ws of await workspacesToClose(c, now)) {
      await lockWorkspaceRollup(c, ws.id);
      await closePeriods(c, ws.id, ws.timeZone, now);
    }
    await c.query(`UPDATE "AnalyticsMark" SET seq = $1, at = $2, "updatedAt" = now() WHERE name = 'analytics'`, [to > mark.seq ? to.toString() : mark.seq.toString(), now]);
    await c.query("COMMIT");
    return { clicks, orderDays, rebuilt: false };
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

/** What maintenance runs each minute: the pass, then the journal folds due, each in its own transaction. */
export async function runRollups(pool: Pool, now = new Date()): Promise<PassResult & { folded: number }> {
  const pass = await runAnalyticsPass(pool, now);
  return { ...pass, folded: await foldDueJournals(pool, now) };
}
