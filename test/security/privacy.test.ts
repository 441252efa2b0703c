// IP-hash salts are deleted once they are over 48 hours old: with a day's
// salt, every IPv4 address of that day can be hashed and matched in minutes,
// so a kept salt is as good as a kept raw IP.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection-config";
import { pool } from "@/lib/db/pool";
import { purgeExpiredData } from "@/lib/server/maintenance";
import { IpHasher } from "@/lib/tracking/ip-hash";
import { startProxy, type CuttableProxy } from "../support/tcp-proxy";

const DAY_MS = 86_400_000;
const day = (t: number) => new Date(Math.floor(t / DAY_MS) * DAY_MS).toISOString().slice(0, 10);

async function saltDays(): Promise<string[]> {
  const { rows } = await pool.query<{ d: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS d FROM "IpSalt" ORDER BY day`);
  return rows.map((r) => r.d);
}

describe("IP-hash salts", () => {
  it("the maintenance pass deletes salts whose day began more than 48 hours ago", async () => {
    const now = Date.now();
    const old = [day(now - 5 * DAY_MS), day(now - 3 * DAY_MS), day(now - 2 * DAY_MS)];
    const kept = [day(now - DAY_MS), day(now), day(now + DAY_MS)];
    for (const d of [...old, ...kept]) await pool.query(`INSERT INTO "IpSalt" (day, salt) VALUES ($1, 'test-salt') ON CONFLICT (day) DO NOTHING`, [d]);

    await purgeExpiredData(new Date(now));

    const left = await saltDays();
    expect(left.filter((d) => old.includes(d))).toEqual([]);
    expect(kept.every((d) => left.includes(d))).toBe(true);
  });

  describe("the in-memory salt cache", () => {
    let proxy: CuttableProxy;
    let proxied: pg.Pool;
    beforeAll(async () => {
      const db = poolConfigFromUrl(process.env.DATABASE_URL!);
      proxy = await startProxy(db.host!, db.port!);
      proxied = new pg.Pool({ ...db, host: "127.0.0.1", port: proxy.port, connectionTimeoutMillis: 1_000 });
      proxied.on("error", () => undefined);
    });
    afterAll(async () => {
      await proxied.end();
      await proxy.close();
    });

    it("forgets salts over 48 hours old even while the database is unreachable, and never hashes with them", async () => {
      const hasher = new IpHasher(proxied);
      await hasher.ready;
      const now = Date.now();
      expect(hasher.cachedDays).toContain(day(now));
      const before = hasher.hash("203.0.113.9", now);

      proxy.down();
      const later = now + 3 * DAY_MS;
      await expect(hasher.refresh(later)).rejects.toThrow();
      expect(hasher.cachedDays.filter((d) => d < day(later - DAY_MS))).toEqual([]);
      // the old day's salt is gone from memory too: nothing hashes with it again
      expect(hasher.hash("203.0.113.9", now)).not.toBe(before);
      expect(hasher.cachedDays).not.toContain(day(now));
      proxy.up();
    });
  });
});
