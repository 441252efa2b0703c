// Limiter rows (rate_limits) carry their expiry in epoch milliseconds; the
// library's own timer-based cleanup is off (it would run in every process and
// on the embedded database's single session), so the once-a-minute
// maintenance pass deletes what has expired. Rows without an expiry are
// permanent blocks and stay.
import { pool } from "@/lib/db/pool";

export async function purgeExpiredRateLimits(now = Date.now()): Promise<number> {
  const { rowCount } = await pool.query(`DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < $1`, [now]);
  return rowCount ?? 0;
}
