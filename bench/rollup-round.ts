// One round of what maintenance runs each minute (lib/analytics/rollup/pass.ts runRollups), the
// pass and the journal's fold timed apart: the fold runs in a transaction of its own, and only when due.
import type { Pool } from "pg";
import { foldDueJournals, runAnalyticsPass } from "../lib/analytics/rollup/pass";

/** Runs the pass, then the folds due; says how long each took. */
export async function timedRollups(pool: Pool): Promise<string> {
  const t = performance.now();
  const res = await runAnalyticsPass(pool);
  const passMs = performance.now() - t;
  const f = performance.now();
  const folded = await foldDueJournals(pool);
  const fold = folded ? `; then the journal's fold ${(performance.now() - f).toFixed(0)} ms` : "";
  return `${passMs.toFixed(0)} ms (${res.clicks} clicks, ${res.orderDays} order days)${fold}`;
}
