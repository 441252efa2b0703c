// Closes a workspace's rollup months as the pass would on `now` (a date the
// tests choose, so months of their data close before, between and after its
// writes), holding the same locks as the pass.
import { closeMonths } from "@/lib/analytics/rollup/months";
import { lockWorkspaceRollup } from "@/lib/analytics/rollup/pass";
import { pool } from "@/lib/db/pool";

export async function closeMonthsAt(workspaceId: string, now: Date): Promise<number> {
  const c = await pool.connect();
  try {
    await c.query("BEGIN");
    await c.query(`SELECT 1 FROM "AnalyticsMark" WHERE name = 'analytics' FOR UPDATE`);
    await lockWorkspaceRollup(c, workspaceId);
    const { rows } = await c.query<{ timeZone: string }>(`SELECT "timeZone" FROM "Workspace" WHERE id = $1`, [workspaceId]);
    const written = await closeMonths(c, workspaceId, rows[0].timeZone, now);
    await c.query("COMMIT");
    return written;
  } catch (e) {
    await c.query("ROLLBACK");
    throw e;
  } finally {
    c.release();
  }
}
