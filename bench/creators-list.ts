// bench/creators-list: the creators page's two queries (count + page) over
// 5,000 creators in one workspace, in-process against the database (no
// HTTP), median and p95 of 30 runs per list state.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npx tsx bench/creators-list.ts
import { performance } from "node:perf_hooks";
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "../scripts/lib/database";

const N = Number(process.env.BENCH_CREATORS ?? 5_000);
const RUNS = 30;
const db = await openDatabase();
process.env.DATABASE_URL = db.url;
await applyMigrations(db.url);
const { createTestWorkspace, deleteTestWorkspace } = await import("../test/support/factory");
const { seedManyCreators } = await import("../test/support/many-creators");
const { listCreatorPage, parseCreatorListState } = await import("../lib/creators/list");
const { pool } = await import("../lib/db/pool");

const ws = await createTestWorkspace();
try {
  await seedManyCreators(ws, N);
  await pool.query(`ANALYZE "Creator"; ANALYZE "CreatorHandle"; ANALYZE "DisclosureAcceptance"; ANALYZE "TrackingLink"`);
  const states: [string, Record<string, string>][] = [
    ["first page, by name", {}],
    ["page 50, by name", { page: "50" }],
    ["by date added, descending", { sort: "created", dir: "desc" }],
    ["status paused + country DE", { status: "paused", country: "DE" }],
    ["campaign filter", { campaign: ws.campaignId }],
    ["brief not accepted", { brief: "pending" }],
    ["search (name/email/handle)", { q: "bulk0042" }],
  ];
  console.log(`| list state (${N} creators) | median ms | p95 ms |\n|---|---|---|`);
  for (const [label, params] of states) {
    const state = parseCreatorListState(params);
    const times: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const t = performance.now();
      await listCreatorPage(ws.id, state);
      if (i >= 3) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(`| ${label} | ${times[Math.floor(RUNS / 2)].toFixed(1)} | ${times[Math.floor(RUNS * 0.95)].toFixed(1)} |`);
  }
} finally {
  await deleteTestWorkspace(ws);
  await pool.end();
  await db.stop();
}
