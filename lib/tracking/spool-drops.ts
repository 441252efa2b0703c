// Clicks dropped because the spool was full (or could not be written): the
// only clicks a 302 was answered for and nothing stored. They are counted in
// memory, logged loudly but at most every LOG_EVERY_MS (an outage under
// traffic would otherwise log per batch), and added to the SystemCounter row
// once the database answers again, where Settings shows them.
import type { Pool } from "pg";

export const SPOOL_DROPPED_COUNTER = "clicks_dropped_spool_full";
const LOG_EVERY_MS = 10_000;

export class SpoolDrops {
  total = 0;
  private unpersisted = 0;
  private unlogged = 0;
  private lastLog = 0;
  private logTimer: NodeJS.Timeout | null = null;

  constructor(private readonly describeBound: () => string) {}

  add(count: number, reason: string): void {
    this.total += count;
    this.unpersisted += count;
    this.unlogged += count;
    const wait = this.lastLog + LOG_EVERY_MS - Date.now();
    if (wait <= 0) this.log(reason);
    else this.logTimer ??= setTimeout(() => this.log(reason), wait).unref();
  }

  private log(reason: string): void {
    if (this.logTimer) clearTimeout(this.logTimer);
    this.logTimer = null;
    if (this.unlogged === 0) return;
    console.error(`[clicks] DROPPED ${this.unlogged} click(s) (${this.total} since this process started): ${reason}; ${this.describeBound()}. Redirects still answer; these clicks are lost.`);
    this.unlogged = 0;
    this.lastLog = Date.now();
  }

  /** Adds the drops not yet recorded to the database counter. */
  async persist(pool: Pool): Promise<void> {
    const n = this.unpersisted;
    if (n === 0) return;
    await pool.query(
      `INSERT INTO "SystemCounter" (name, value, "updatedAt") VALUES ($1, $2, now())
       ON CONFLICT (name) DO UPDATE SET value = "SystemCounter".value + EXCLUDED.value, "updatedAt" = now()`,
      [SPOOL_DROPPED_COUNTER, n],
    );
    this.unpersisted -= n;
  }
}
