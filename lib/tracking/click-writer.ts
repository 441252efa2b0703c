// Group commit: clicks queue up while a batch is being written, and each
// click's promise settles only once the batch holding it is committed (or,
// when the database is unreachable, fsynced to the spool). The redirect
// awaits that promise before answering, so every 302 sent is a stored click.
//
// While the database is failing, batches go straight to the spool (no
// connection timeout on the shopper's path); a probe every second notices
// recovery, then the spool is replayed.
import type { Pool } from "pg";
import { insertClickRows, type ClickRow } from "./click-store";
import { ClickSpool } from "./spool";
import { SpoolDrops } from "./spool-drops";

interface Pending {
  row: ClickRow;
  done: () => void;
}

export interface ClickWriterOptions {
  maxBatch?: number;
  maxInFlight?: number;
  probeIntervalMs?: number;
  onError?: (message: string, error: unknown) => void;
}

export class ClickWriter {
  private queue: Pending[] = [];
  private inFlight = 0;
  private databaseDown = false;
  private replaying: Promise<void> | null = null;
  private timer: NodeJS.Timeout;
  readonly stats = { committed: 0, spooled: 0, replayed: 0 };
  readonly drops: SpoolDrops;
  private readonly maxBatch: number;
  private readonly maxInFlight: number;
  private readonly onError: (message: string, error: unknown) => void;

  constructor(private pool: Pool, readonly spool: ClickSpool, opts: ClickWriterOptions = {}) {
    this.maxBatch = opts.maxBatch ?? 1_000;
    this.maxInFlight = opts.maxInFlight ?? Number(process.env.CLICK_WRITER_IN_FLIGHT ?? 1);
    this.onError = opts.onError ?? ((m, e) => console.error(`[clicks] ${m}:`, e instanceof Error ? e.message : e));
    this.drops = new SpoolDrops(() => `CLICK_SPOOL_MAX_BYTES=${spool.maxBytes} in ${spool.dir}`);
    this.timer = setInterval(() => void this.recover(), opts.probeIntervalMs ?? 1_000);
    this.timer.unref();
    void this.recover();
  }

  /** Resolves when the click is durable (database or spool). */
  record(row: ClickRow): Promise<void> {
    return new Promise((done) => {
      this.queue.push({ row, done });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0 && this.inFlight < this.maxInFlight) {
      const batch = this.queue.splice(0, this.maxBatch);
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    const rows = batch.map((p) => p.row);
    try {
      if (this.databaseDown) throw new Error("database marked down");
      await insertClickRows(this.pool, rows);
      this.stats.committed += rows.length;
    } catch (e) {
      if (!this.databaseDown) this.onError("database write failed, spooling clicks", e);
      this.databaseDown = true;
      // Nothing durable is left for dropped clicks; the shopper still gets their redirect.
      try {
        const written = await this.spool.append(rows);
        this.stats.spooled += written;
        if (written < rows.length) this.drops.add(rows.length - written, "the click spool is full");
      } catch (spoolError) {
        this.drops.add(rows.length, `spool write failed (${spoolError instanceof Error ? spoolError.message : String(spoolError)})`);
      }
    }
    for (const p of batch) p.done();
  }

  /** Probes the database when it is marked down, and replays spooled clicks. */
  recover(): Promise<void> {
    this.replaying ??= (async () => {
      try {
        if (this.databaseDown) await this.pool.query("SELECT 1");
        this.databaseDown = false;
        await this.drops.persist(this.pool);
        await this.spool.seal();
        for (const file of await this.spool.replayable()) {
          for await (const rows of this.spool.batches(file, this.maxBatch)) this.stats.replayed += await insertClickRows(this.pool, rows);
          await this.spool.remove(file);
        }
      } catch (e) {
        if (!this.databaseDown) this.onError("spool replay failed", e);
        this.databaseDown = true;
      } finally {
        this.replaying = null;
      }
    })();
    return this.replaying;
  }

  /** Waits for queued and in-flight batches (shutdown, tests, benchmarks). */
  async drain(): Promise<void> {
    while (this.queue.length > 0 || this.inFlight > 0) await new Promise((r) => setTimeout(r, 5));
  }

  close(): void {
    clearInterval(this.timer);
  }
}
