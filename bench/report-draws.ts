// npm run bench:report-draws: the report statement alone (aggregateSql over the rollup, no labels,
// no costs), timed per random draw of filters, range and grouping on a workspace bench/dashboard
// loaded, with the cube each draw read. Prints p50 / p95 and the slowest BENCH_TOP draws, so two
// checkouts can be compared on the same database, alternating runs (the draws are seeded: every
// run and checkout times the same 400 statements).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/big10m BENCH_WORKSPACE=<id> npm run bench:report-draws
import { addDays } from "../lib/analytics/calendar";
import { aggregateSql, type Grouping } from "../lib/analytics/query";
import { cubeFor, rollupSources } from "../lib/analytics/sources";
import { DIMENSIONS, type ReportFilters } from "../lib/analytics/types";
import { pool } from "../lib/db/pool";

const ws = process.env.BENCH_WORKSPACE;
if (!process.env.DATABASE_URL || !ws) throw new Error("bench/report-draws needs DATABASE_URL and BENCH_WORKSPACE (a workspace bench/dashboard loaded)");
const DRAWS = Number(process.env.BENCH_DRAWS ?? 200);
const TOP = Number(process.env.BENCH_TOP ?? 20);

// mulberry32, seeded: the same draws in every run
let seed = Number(process.env.BENCH_SEED ?? 7);
const rnd = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
const skewed = <T>(xs: readonly T[]) => xs[Math.floor(rnd() ** 2 * xs.length)];
// bench/dashboard's dimension values
const creators = Array.from({ length: 60 }, (_, i) => `cr_b${i}_${ws}`);
const campaigns = Array.from({ length: 4 }, (_, i) => `cmp_b${i}_${ws}`);
const PLACEMENTS = ["story", "post", "bio", "reel", "video", "newsletter", "other"];
const COUNTRIES = ["US", "GB", "DE", "FR", "CA", "AU", "IN", "BR", "ES", "IT", "NL", "SE"];
const DEVICES = ["mobile", "desktop", "tablet"] as const;

const { rows: [w] } = await pool.query<{ tz: string }>(`SELECT "timeZone" AS tz FROM "Workspace" WHERE id = $1`, [ws]);
if (!w) throw new Error(`no workspace ${ws}`);
const lastDay = new Date().toISOString().slice(0, 10);
const timed: { ms: number; what: string }[] = [];
for (let q = 0; q < DRAWS; q++) {
  const length = pick([7, 28, 30, 90, 365]);
  const to = addDays(lastDay, -Math.floor(rnd() * 30));
  const f: ReportFilters = {
    from: addDays(to, 1 - length), to, preset: "custom", compare: "none",
    ...(rnd() < 0.3 ? { creatorId: skewed(creators) } : {}),
    ...(rnd() < 0.2 ? { campaignId: pick(campaigns) } : {}),
    ...(rnd() < 0.2 ? { placement: pick(PLACEMENTS) } : {}),
    ...(rnd() < 0.2 ? { country: skewed(COUNTRIES) } : {}),
    ...(rnd() < 0.15 ? { device: pick(DEVICES) } : {}),
  };
  // a KPI total and one breakdown per draw, as the Overview and a breakdown page ask
  for (const group of ["total", pick(DIMENSIONS)] as Grouping[]) {
    const sql = aggregateSql(rollupSources(f, group), ws, w.tz, { from: f.from, to: f.to }, f, group);
    const t = performance.now();
    await pool.query(sql);
    const filters = (["creatorId", "campaignId", "placement", "country", "device"] as const).filter((k) => f[k]).map((k) => `${k}=${String(f[k]).replace(`_${ws}`, "")}`);
    timed.push({ ms: performance.now() - t, what: `${group} ${length}d cube ${cubeFor(f, group)} ${filters.join(" ")}` });
  }
}
await pool.end();
const ms = timed.map((x) => x.ms).sort((a, b) => a - b);
const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
console.log(`${timed.length} report statements: p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ${ms.filter((x) => x > 50).length} over 50 ms`);
for (const x of [...timed].sort((a, b) => b.ms - a.ms).slice(0, TOP)) console.log(`${x.ms.toFixed(1).padStart(8)}  ${x.what}`);
