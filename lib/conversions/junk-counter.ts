// Requests for merchants or pixel keys that do not exist carry no workspace
// and help nobody debug anything: they are counted, not logged one row each.
// Counts gather in memory (one tally per process, shared by both bundles) and
// are added to SystemCounter by one statement at most every FLUSH_MS, so a
// flood of junk costs the database nothing per request. A crash loses at most
// the last FLUSH_MS of counts.
import { pool } from "@/lib/db/pool";
import { processSingleton } from "@/lib/process-singleton";

export const JUNK_COUNTERS = {
  unknownMerchant: "postback.unknown_merchant",
  unknownPixelKey: "pixel.unknown_key",
  /** failures refused once the client's failure budget was spent (lib/security/rate-limit.ts: authFailure) */
  throttledFailure: "postback.failures_throttled",
} as const;

export type JunkCounter = (typeof JUNK_COUNTERS)[keyof typeof JUNK_COUNTERS];

const FLUSH_MS = 2_000;

// plain data only (a Map and a timer), so either bundle's copy of this module can read and flush it
const tally = processSingleton("junkCounters", () => ({ counts: new Map<string, number>(), timer: null as NodeJS.Timeout | null }));

const ADD_SQL = `
INSERT INTO "SystemCounter" ("name", "value", "updatedAt")
SELECT n, v, now() FROM unnest($1::text[], $2::bigint[]) AS t(n, v)
ON CONFLICT ("name") DO UPDATE SET "value" = "SystemCounter"."value" + EXCLUDED."value", "updatedAt" = now()`;

export async function flushJunkCounters(): Promise<void> {
  tally.timer = null;
  const entries = [...tally.counts];
  tally.counts.clear();
  if (!entries.length) return;
  try {
    await pool.query(ADD_SQL, [entries.map(([n]) => n), entries.map(([, v]) => v)]);
  } catch (e) {
    // put them back for the next flush rather than lose them to a passing database error
    for (const [n, v] of entries) tally.counts.set(n, (tally.counts.get(n) ?? 0) + v);
    console.error("[junk-counter] flush failed:", (e as Error).message);
  }
}

export function countJunk(name: JunkCounter): void {
  tally.counts.set(name, (tally.counts.get(name) ?? 0) + 1);
  if (!tally.timer) {
    tally.timer = setTimeout(() => void flushJunkCounters(), FLUSH_MS);
    tally.timer.unref();
  }
}
