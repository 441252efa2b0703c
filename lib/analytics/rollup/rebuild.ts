// Recomputing rollups outside the pass: a whole workspace (the demo seed, a
// change of the workspace's time zone, which moves every day boundary), the
// days of some conversions (a commission decision changed their money), or a
// workspace's months and weeks closed as of a chosen date.
import type { Pool, PoolClient } from "pg";
import { closePeriods } from "./closed-periods";
import { applyOrderDays } from "./order-delta";
import { conversionDays } from "./order-touched";
import { lockWorkspaceRollup, rebuildWorkspace, runAnalyticsPass } from "./pass";

async function inTransaction<T>(pool: Pool, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    const out = await fn(c);
    await c.query("COMMIT");
    return out;
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    c.release();
  }
}

// the pass's mark: held, no pass runs
const holdMark = (c: PoolClient) => c.query<{ seq: string }>(`SELECT seq::text FROM "AnalyticsMark" WHERE name = 'analytics' FOR UPDATE`);

const zone = async (c: PoolClient, workspaceId: string) => (await c.query<{ timeZone: string }>(`SELECT "timeZone" FROM "Workspace" WHERE id = $1`, [workspaceId])).rows[0]?.timeZone ?? "UTC";

/**
 * Rebuilds one workspace's rollups from the raw tables as of the pass's mark
 * (holding it, so no pass runs meanwhile), then runs a pass, which adds the
 * clicks that arrived after the mark: on return every committed row counts.
 */
export async function rebuildAnalytics(pool: Pool, workspaceId: string): Promise<void> {
  await inTransaction(pool, async (c) => {
    const { rows } = await holdMark(c);
    // no mark yet: the pass below is the first, and builds every workspace
    if (rows.length > 0) await rebuildWorkspace(c, { id: workspaceId, timeZone: await zone(c, workspaceId) }, BigInt(rows[0].seq));
  });
  await runAnalyticsPass(pool);
}

/** Recomputes the order rollup days of these conversions (after a decision changed their commissions). */
export async function refreshConversionDays(pool: Pool, workspaceId: string, conversionIds: string[]): Promise<void> {
  if (conversionIds.length === 0) return;
  await inTransaction(pool, async (c) => {
    await lockWorkspaceRollup(c, workspaceId);
    const timeZone = await zone(c, workspaceId);
    await applyOrderDays(c, workspaceId, timeZone, await conversionDays(c, workspaceId, timeZone, conversionIds));
  });
}

/** Closes a workspace's rollup months and weeks as the pass would on `now` (closed-periods.ts), under the same locks. */
export function closePeriodsAsOf(pool: Pool, workspaceId: string, now: Date): Promise<number> {
  return inTransaction(pool, async (c) => {
    await holdMark(c);
    await lockWorkspaceRollup(c, workspaceId);
    return closePeriods(c, workspaceId, await zone(c, workspaceId), now);
  });
}
