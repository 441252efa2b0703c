// npm run bench:report-draws: the report statement alone (aggregateSql over the rollup, no labels,
// no costs), timed per random draw of filters, range and grouping on a workspace bench/dashboard
// loaded, with the cube each draw read. Prints p50 / p95 and the slowest BENCH_TOP draws, so two
// checkouts can be compared on the same database, alternating runs (the draws are seeded: every
// run and checkout times the same 400 statements).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/big10m BENCH_WORKSPACE=<id> npm run bench:report-draws
import { reportWorkspace } from "../lib/analytics/kpis";
import { aggregateSql, type Grouping } from "../lib/analytics/query";
import { cubeFor, rollupSources } from "../lib/analytics/sources";
import { DIMENSIONS } from "../lib/analytics/types";
import { pool } from "../lib/db/pool";
import { drawFilters, drawing, mulberry } from "./shape";

const ws = process.env.BENCH_WORKSPACE;
if (!process.env.DATABASE_URL || !ws) throw new Error("bench/report-draws needs DATABASE_URL and BENCH_WORKSPACE (a workspace bench/dashboard loaded)");
const DRAWS = Number(process.env.BENCH_DRAWS ?? 200);
const TOP = Number(process.env.BENCH_TOP ?? 20);

const rnd = mulberry(Number(process.env.BENCH_SEED ?? 7));
const { pick } = drawing(rnd);

if (!(await pool.query(`SELECT 1 FROM "Workspace" WHERE id = $1`, [ws])).rowCount) throw new Error(`no workspace ${ws}`);
const w = await reportWorkspace(ws);
const lastDay = new Date().toISOString().slice(0, 10);
const timed: { ms: number; group: Grouping; what: string }[] = [];
for (let q = 0; q < DRAWS; q++) {
  const f = drawFilters(rnd, ws, lastDay);
  // a KPI total and one breakdown per draw, as the Overview and a breakdown page ask
  for (const group of ["total", pick(DIMENSIONS)] as Grouping[]) {
    const sql = aggregateSql(rollupSources(f, group, w.closed, f), ws, w.timeZone, { from: f.from, to: f.to }, f, group);
    const t = performance.now();
    await pool.query(sql);
    const filters = (["creatorId", "campaignId", "placement", "country", "device"] as const).filter((k) => f[k]).map((k) => `${k}=${String(f[k]).replace(`_${ws}`, "")}`);
    const days = (Date.parse(f.to) - Date.parse(f.from)) / 86_400_000 + 1;
    timed.push({ ms: performance.now() - t, group, what: `${group} ${days}d cube ${cubeFor(f, group)} ${filters.join(" ")}` });
  }
}
await pool.end();
const sorted = (xs: { ms: number }[]) => xs.map((x) => x.ms).sort((a, b) => a - b);
const at = (ms: number[], q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))];
const ms = sorted(timed);
console.log(`${timed.length} report statements: p50 ${at(ms, 0.5).toFixed(1)} ms, p95 ${at(ms, 0.95).toFixed(1)} ms, ${ms.filter((x) => x > 50).length} over 50 ms`);
// per kind of report (the total is the KPIs' statement), as bench:dashboard prints them
const kinds = [...new Set(timed.map((x) => x.group))];
console.log(kinds.map((g) => {
  const k = sorted(timed.filter((x) => x.group === g));
  return `${g} n=${k.length} p95 ${at(k, 0.95).toFixed(1)}`;
}).join(" · "));
for (const x of [...timed].sort((a, b) => b.ms - a.ms).slice(0, TOP)) console.log(`${x.ms.toFixed(1).padStart(8)}  ${x.what}`);
