// npm run bench:pass-stages: where a maintenance pass's time goes. On a
// workspace that bench/dashboard loaded (its pass rounds leave 10,000 new
// clicks on top), takes the workspace's last 10,000 clicks as the delta and
// times, each in a transaction rolled back, rounds alternating:
//   delta  - judging the clicks (click-delta.ts), rows counted, nothing written
//   sums   - plus their sums per cube (GROUPING SETS), nothing written
//   pass   - the pass's own statement: plus the daily rows appended to ClickRollupJournal
//   upsert - the same rows upserted into ClickRollup instead (INSERT ... ON CONFLICT): what the pass
//            did before the journal, and what a rebuild does
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/big BENCH_WORKSPACE=<id> npm run bench:pass-stages
// To compare two versions of the pass's SQL in one run: BENCH_SQL_OUT=<file> writes this
// checkout's delta, sums and upsert statements as JSON (and exits); BENCH_BASELINE=<file> times
// the file's statements too, alternating with this checkout's, and prints the ratios.
import { readFileSync, writeFileSync } from "node:fs";
import pg from "pg";
import { cubeSumsSql, deltaUpsertSql } from "../lib/analytics/rollup/apply-delta";
import { CLICK_DELTA_SQL } from "../lib/analytics/rollup/click-delta";
import { poolConfigFromUrl } from "../lib/db/connection-config";

const url = process.env.DATABASE_URL;
const ws = process.env.BENCH_WORKSPACE;
if (!url || !ws) throw new Error("bench/pass-stages needs DATABASE_URL and BENCH_WORKSPACE (a workspace bench/dashboard loaded)");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CLICKS = 10_000;

type Statements = { delta: string; sums: string; upsert: string };
// "upsert": the pass's statement (named so for baselines written before the journal)
const mine: Statements = { delta: `SELECT count(*) FROM (${CLICK_DELTA_SQL}) x`, sums: `${cubeSumsSql("clicks", CLICK_DELTA_SQL)} SELECT count(*) FROM s`, upsert: deltaUpsertSql("clicks", CLICK_DELTA_SQL, "append") };
if (process.env.BENCH_SQL_OUT) {
  writeFileSync(process.env.BENCH_SQL_OUT, JSON.stringify(mine));
  process.exit(0);
}
const baseline: Statements | null = process.env.BENCH_BASELINE ? JSON.parse(readFileSync(process.env.BENCH_BASELINE, "utf8")) : null;

const client = new pg.Client({ ...poolConfigFromUrl(url), options: "-c jit=off" });
await client.connect();
const { rows: [w] } = await client.query<{ tz: string }>(`SELECT "timeZone" AS tz FROM "Workspace" WHERE id = $1`, [ws]);
if (!w) throw new Error(`no workspace ${ws}`);
// (from, to]: the workspace's last CLICKS clicks by number
const { rows: [m] } = await client.query<{ from: string; to: string }>(
  `SELECT min(seq - 1)::text AS from, max(seq)::text AS to FROM (SELECT seq FROM "Click" WHERE "workspaceId" = $1 ORDER BY seq DESC LIMIT ${CLICKS}) x`,
  [ws],
);
const params = [ws, w.tz, m.from, m.to];
const stages: { name: string; sql: string }[] = [
  { name: "delta", sql: mine.delta },
  { name: "sums", sql: mine.sums },
  { name: "pass", sql: mine.upsert },
  { name: "upsert", sql: deltaUpsertSql("clicks", CLICK_DELTA_SQL) },
  ...(baseline ? (["delta", "sums", "upsert"] as const).map((k) => ({ name: `baseline ${k}`, sql: baseline[k] })) : []),
];

const times = new Map<string, number[]>(stages.map((s) => [s.name, []]));
const rowsOf = new Map<string, number>();
for (let round = 0; round < ROUNDS; round++) {
  for (const s of round % 2 ? [...stages].reverse() : stages) {
    await client.query("BEGIN");
    const t = performance.now();
    const res = await client.query<{ count?: string }>(s.sql, params);
    times.get(s.name)!.push(performance.now() - t);
    rowsOf.set(s.name, Number(res.rows[0]?.count ?? res.rowCount));
    await client.query("ROLLBACK");
  }
}
await client.end();

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`pass stages for clicks (${m.from}, ${m.to}] of ${ws}, ${ROUNDS} rounds, median ms (rows):`);
// pass and upsert each add their writes to the sums
const before: Record<string, string> = { sums: "delta", pass: "sums", upsert: "sums" };
for (const s of stages.filter((x) => !x.name.startsWith("baseline"))) {
  const ms = median(times.get(s.name)!);
  const step = ms - (before[s.name] ? median(times.get(before[s.name])!) : 0);
  console.log(`  ${s.name.padEnd(7)} ${ms.toFixed(1).padStart(7)}  (+${step.toFixed(1)} for this stage; ${rowsOf.get(s.name)} rows)`);
}
if (baseline)
  for (const [k, mineName] of [["delta", "delta"], ["sums", "sums"], ["upsert", "pass"]]) {
    const [ms, base] = [median(times.get(mineName)!), median(times.get(`baseline ${k}`)!)];
    console.log(`  ${k.padEnd(7)} this ${ms.toFixed(1)} ms, baseline ${base.toFixed(1)} ms (${rowsOf.get(`baseline ${k}`)} rows): ${(ms / base).toFixed(3)}x`);
  }
