// The once-a-minute pass every Next.js server runs (instrumentation.ts):
// commissions past their holding period are approved, and the rollup days
// touched since the last pass are rebuilt, so dashboards trail raw data by
// about a minute; each finished day is judged by the fraud signals once
// (lib/fraud/pass.ts). Idempotent, so several instances may run it; a pass never
// overlaps the previous one in the same process.
import { approveDueCommissions } from "@/lib/commissions/approve-due";
import { runScheduledDetection } from "@/lib/fraud/pass";
import { pool } from "@/lib/db/pool";
import { runAnalyticsPass } from "@/lib/analytics/rollup/pass";
import { refreshTouchedDays } from "@/lib/metrics/refresh-touched";
import { purgeExpiredRateLimits } from "@/lib/security/purge-limits";
import { deleteOldIpSalts } from "@/lib/tracking/ip-hash";

// MAINTENANCE_INTERVAL_SECONDS=0 turns the pass off on an instance (run it on one or two of many)
const PASS_MS = Number(process.env.MAINTENANCE_INTERVAL_SECONDS ?? 60) * 1000;
// after a (re)start the first pass looks back this far for rows that arrived while no server ran
const FIRST_LOOKBACK_MS = 2 * 86_400_000;
// rows are committed a little after they are stamped (group commit, transactions): look back past the last pass
const OVERLAP_MS = 60_000;

export function startMaintenance(): void {
  if (PASS_MS <= 0) return;
  let since = new Date(Date.now() - FIRST_LOOKBACK_MS);
  let running = false;
  const pass = async () => {
    if (running) return;
    running = true;
    const now = new Date();
    try {
      const approved = await approveDueCommissions(undefined, now);
      if (approved) console.log(`[maintenance] ${approved} commission(s) approved: holding period over`);
      await refreshTouchedDays(pool, new Date(since.getTime() - OVERLAP_MS), now);
      await runAnalyticsPass(pool, now);
      since = now;
      // each settled day is judged once per workspace (claimed), so this costs nothing on most passes
      const flagged = await runScheduledDetection(now.getTime());
      if (flagged) console.log(`[maintenance] ${flagged} review item(s) raised by the fraud signals`);
      await purgeExpiredData(now);
    } catch (e) {
      // the watermark stays put, so the next pass covers this one's rows
      console.error("[maintenance] pass failed:", (e as Error).message);
    } finally {
      running = false;
    }
  };
  setTimeout(pass, 5_000).unref();
  setInterval(pass, PASS_MS).unref();
}

/** Deletes what is kept only for a while: IP-hash salts over 48 hours old, expired rate-limit rows (docs/SECURITY.md). */
export async function purgeExpiredData(now: Date): Promise<void> {
  const salts = await deleteOldIpSalts(pool, now.getTime());
  if (salts) console.log(`[maintenance] ${salts} IP-hash salt(s) over 48 hours old deleted`);
  await purgeExpiredRateLimits(now.getTime());
}
