// npm run bench:pass-round: one of bench/dashboard's pass rounds on its own: 10,000 new clicks
// (the load's mix of links, placements, countries, devices and visitors, in the last hour) on a
// workspace bench/dashboard loaded, then one timed analytics pass. Small enough to copy into
// another checkout and alternate with it on the same database.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/big10m BENCH_WORKSPACE=<id> npm run bench:pass-round
import { runRollups } from "../lib/analytics/rollup/pass";
import { pool } from "../lib/db/pool";
import { insertClickRows } from "../lib/tracking/click-store";
import { timedRollups } from "./rollup-round";
import { newClicks } from "./shape";

const ws = process.env.BENCH_WORKSPACE;
if (!process.env.DATABASE_URL || !ws) throw new Error("bench/pass-round needs DATABASE_URL and BENCH_WORKSPACE (a workspace bench/dashboard loaded)");
const run = `${process.pid}_${Date.now().toString(36)}`; // click ids unique across rounds and checkouts

await runRollups(pool); // whatever was pending, so the timed pass has exactly these clicks
const rows = newClicks(Math.random, ws, 10_000, `round${run}`, Date.now());
for (let i = 0; i < rows.length; i += 1000) await insertClickRows(pool, rows.slice(i, i + 1000));
console.log(`pass after 10,000 new clicks: ${await timedRollups(pool)}`);
await pool.end();
