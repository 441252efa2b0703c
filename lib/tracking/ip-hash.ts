// Salted IP hashes. The salt is random per UTC day and shared through the
// database (insert-on-conflict, so every instance agrees); deleting old salts
// makes old hashes unlinkable. Today's and tomorrow's salts are fetched ahead,
// so the redirect never waits for one and a database outage at midnight does
// not stop hashing.
import { createHmac, randomBytes } from "node:crypto";
import type { Pool } from "pg";

const DAY_MS = 86_400_000;
const dayKey = (t: number) => new Date(Math.floor(t / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

export class IpHasher {
  private salts = new Map<string, string>();
  private fallback = randomBytes(32).toString("hex");
  /** Settles after the first refresh (loaded or failed): awaited once per click, free after that. */
  readonly ready: Promise<void>;

  constructor(private pool: Pool) {
    this.ready = this.refresh().catch((e: Error) => console.error("[clicks] ip salt load failed:", e.message));
  }

  /** Loads (creating if needed) the salts of today and tomorrow. */
  async refresh(now = Date.now()): Promise<void> {
    for (const day of [dayKey(now), dayKey(now + DAY_MS)]) {
      if (this.salts.has(day)) continue;
      await this.pool.query(`INSERT INTO "IpSalt" (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING`, [day, randomBytes(32).toString("hex")]);
      const { rows } = await this.pool.query<{ salt: string }>(`SELECT salt FROM "IpSalt" WHERE day = $1`, [day]);
      if (rows[0]) this.salts.set(day, rows[0].salt);
    }
    for (const day of this.salts.keys()) if (day < dayKey(now - DAY_MS)) this.salts.delete(day);
  }

  hash(ip: string, now = Date.now()): string {
    // Without a shared salt (database unreachable since before midnight) a
    // process-local one still keeps the raw IP out of storage.
    const salt = this.salts.get(dayKey(now)) ?? this.fallback;
    return createHmac("sha256", salt).update(ip).digest("hex").slice(0, 32);
  }
}
