// The high-water mark on Click.seq. Every click insert takes a SHARED
// transaction-level advisory lock before it draws its sequence numbers
// (lib/tracking/click-store.ts) and holds it until it commits; reading the
// mark takes the same lock EXCLUSIVELY for that one statement, which waits for
// in-flight inserts to commit and lets none start meanwhile. So every click
// numbered at or below the mark read is committed, and every later insert
// draws higher numbers: nothing below a mark can appear after it (a spool
// replay of old clicks gets new numbers, and its old times are handled like
// any other late click). Inserts never wait on each other, only on this
// instant.
import type { Pool } from "pg";

/** The advisory lock key shared by click inserts and the mark reader. */
export const CLICK_SEQ_LOCK = 0x636c6b73; // "clks"

/** The highest Click.seq whose row, and every lower one, is committed. */
export async function committedClickSeq(pool: Pool): Promise<bigint> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(${CLICK_SEQ_LOCK})`);
    // every number drawn so far belongs to a committed (or rolled back) insert
    const { rows } = await client.query<{ seq: string }>(`SELECT (CASE WHEN is_called THEN last_value ELSE 0 END)::text AS seq FROM "Click_seq_seq"`);
    await client.query("COMMIT");
    return BigInt(rows[0].seq);
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
