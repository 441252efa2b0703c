// Salted IP hashes. The salt is random per UTC day and shared through the
// database (insert-on-conflict, so every instance agrees); the maintenance
// pass deletes salts over 48 hours old, which makes old hashes unlinkable.
// Today's and tomorrow's salts are fetched ahead, so the redirect never waits
// for one and a database outage at midnight does not stop hashing.
// A hash starts with its salt's day (YYYYMMDD, which the click's time tells
// anyway): the ("ipHash", "linkId", "occurredAt") index then keeps a day's
// visitors together at its right-hand end, so the redirect's inserts and the
// analytics pass's lookups of today's visitors touch a few hot pages instead
// of one page per visitor spread over the whole index (a year of clicks).
//
// The hash is SHA-256 over the salt followed by the IP, in one call: a keyed hash
// needs one native call, HMAC needs four (a key object, an update, a digest, and
// the outer hash inside), and on the redirect HMAC was ~11 µs of ~65 µs the node
// thread spends on a click (docs/PERFORMANCE.md). The salt is 64 hex characters,
// exactly one SHA-256 block, so the digest is a compression chain started from a
// secret state; the length extension that makes secret-prefix hashing a weak MAC
// needs an input continuing past SHA-256's padding (0x80, zero bytes), which no
// IP address string can. What the hash must give, a pseudonym no one without the
// day's salt can link to the IP, it gives as HMAC does.
import { hash as sha256Of, randomBytes } from "node:crypto";
import type { Pool } from "pg";

const DAY_MS = 86_400_000;
// every click asks for the day's key: formatting a date each time was half of hash()'s cost
let last = { day: NaN, key: "", tag: "" };
/** The UTC day of `t`: its salt's key (YYYY-MM-DD) and its hashes' prefix (YYYYMMDD). */
function dayOf(t: number): { key: string; tag: string } {
  const day = Math.floor(t / DAY_MS);
  if (day !== last.day) {
    const key = new Date(day * DAY_MS).toISOString().slice(0, 10);
    last = { day, key, tag: key.replaceAll("-", "") };
  }
  return last;
}
const dayKey = (t: number) => dayOf(t).key;

/** The prefix of the IP hashes made at `t`: the salt's UTC day as YYYYMMDD. */
export const ipHashDayTag = (t: number) => dayOf(t).tag;
// Yesterday's salt began less than 48 hours ago; the day before began more.
const oldestKeptDay = (now: number) => dayKey(now - DAY_MS);

/**
 * Deletes the salts of days that began more than 48 hours ago. With a day's
 * salt, hashing all 2^32 IPv4 addresses takes minutes, so a kept salt would
 * make that day's IP hashes as good as raw IPs. Returns how many went.
 */
export async function deleteOldIpSalts(pool: Pick<Pool, "query">, now = Date.now()): Promise<number> {
  const res = await pool.query(`DELETE FROM "IpSalt" WHERE day < $1::date`, [oldestKeptDay(now)]);
  return res.rowCount ?? 0;
}

/** What every salt is (one SHA-256 block, see above): made so here, checked when loaded. */
export const IP_SALT = /^[0-9a-f]{64}$/;
/** 32 hex digits of SHA-256(salt ‖ ip), for a salt that matches IP_SALT. */
export const keyedHash = (salt: string, ip: string): string => sha256Of("sha256", salt + ip, "hex").slice(0, 32);

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
    // Forget first: with the database unreachable the loads below throw, and
    // an old salt must not outlive its retention in memory either.
    for (const day of this.salts.keys()) if (day < oldestKeptDay(now)) this.salts.delete(day);
    for (const day of [dayKey(now), dayKey(now + DAY_MS)]) {
      if (this.salts.has(day)) continue;
      await this.pool.query(`INSERT INTO "IpSalt" (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING`, [day, randomBytes(32).toString("hex")]);
      const { rows } = await this.pool.query<{ salt: string }>(`SELECT salt FROM "IpSalt" WHERE day = $1`, [day]);
      if (rows[0] && IP_SALT.test(rows[0].salt)) this.salts.set(day, rows[0].salt);
      else if (rows[0]) console.error(`[clicks] the ip salt of ${day} is not 64 hex digits; hashing with a process-local one`);
    }
  }

  get cachedDays(): string[] {
    return [...this.salts.keys()].sort();
  }

  hash(ip: string, now = Date.now()): string {
    // Without a shared salt (database unreachable since before midnight) a
    // process-local one still keeps the raw IP out of storage.
    const day = dayOf(now);
    const salt = this.salts.get(day.key) ?? this.fallback;
    return day.tag + keyedHash(salt, ip);
  }
}
