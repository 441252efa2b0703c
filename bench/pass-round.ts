// npm run bench:pass-round: one of bench/dashboard's pass rounds on its own: 10,000 new clicks
// (the load's mix of links, placements, countries, devices and visitors, in the last hour) on a
// workspace bench/dashboard loaded, then one timed analytics pass. Small enough to copy into
// another checkout and alternate with it on the same database.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/big10m BENCH_WORKSPACE=<id> npm run bench:pass-round
import { runAnalyticsPass } from "../lib/analytics/rollup/pass";
import { pool } from "../lib/db/pool";
import { insertClickRows } from "../lib/tracking/click-store";

const ws = process.env.BENCH_WORKSPACE;
if (!process.env.DATABASE_URL || !ws) throw new Error("bench/pass-round needs DATABASE_URL and BENCH_WORKSPACE (a workspace bench/dashboard loaded)");
const rnd = Math.random;
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
const skewed = <T>(xs: readonly T[]) => xs[Math.floor(rnd() ** 2 * xs.length)];
const PLACEMENTS = ["story", "post", "bio", "reel", "video", "newsletter", "other"];
const COUNTRIES = ["US", "GB", "DE", "FR", "CA", "AU", "IN", "BR", "ES", "IT", "NL", "SE"];
const DEVICES = ["mobile", "mobile", "mobile", "desktop", "tablet", "other"] as const;
const campaigns = Array.from({ length: 4 }, (_, i) => `cmp_b${i}`);
const links = Array.from({ length: 60 }, (_, i) => `cr_b${i}`).flatMap((cr, i) =>
  [campaigns[i % 4], campaigns[(i + 1) % 4]].map((cm, j) => ({ id: `lnk_b${i}_${j}`, creatorId: cr, campaignId: cm })),
);
const id = (x: string) => `${x}_${ws}`;
const now = Date.now();
const run = `${process.pid}_${now.toString(36)}`; // click ids unique across rounds and checkouts

await runAnalyticsPass(pool); // whatever was pending, so the timed pass has exactly these clicks
const rows = Array.from({ length: 10_000 }, (_, n) => {
  const l = skewed(links);
  const at = new Date(now - Math.floor(rnd() * 3_600_000));
  return {
    id: `round${run}_${n}_${ws}`, workspaceId: ws, linkId: id(l.id), creatorId: id(l.creatorId), campaignId: id(l.campaignId), placement: skewed(PLACEMENTS),
    rawSub: null, occurredAt: at.toISOString(), country: skewed(COUNTRIES), referrerHost: null, device: pick(DEVICES), isBot: false,
    ipHash: `ip${Math.floor(rnd() * 4000)}-${at.toISOString().slice(0, 10)}`,
  };
});
for (let i = 0; i < rows.length; i += 1000) await insertClickRows(pool, rows.slice(i, i + 1000));
const t = performance.now();
const res = await runAnalyticsPass(pool);
console.log(`pass after ${res.clicks} new clicks: ${(performance.now() - t).toFixed(0)} ms`);
await pool.end();
