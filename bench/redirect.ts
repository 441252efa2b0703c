// bench/redirect: requests/s and p99 of GET /r/{code}/story on the server as
// `npm start` runs it (Next.js loaded, the maintenance pass on), as a ratio to
// a bare node:http 302 server measured in the same run (these machines are
// noisy), plus the exact count check: clicks stored = 302s answered. Needs wrk
// (apt-get install -y wrk) and a production build (npm run build).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npm run bench:redirect
// BENCH_SERVER=fast measures the redirect-only mode (FAST_DOORS_ONLY, no
// Next.js, no pass); BENCH_PASS_SECONDS (15) is the pass's interval, four
// times production's so that every round runs beside one.
import { answeredOnStop, CONNECTIONS, median, SECONDS, startServer, wrk } from "./wrk";
import { openBenchDatabase } from "./database";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const db = await openBenchDatabase();
const { createTestWorkspace } = await import("../test/support/factory");
const { prisma } = await import("../lib/db/prisma");
const ws = await createTestWorkspace();
const code = ws.creators[0].linkCode;

const bare = await startServer(["bench/bare-302.mjs"], { PORT: "3901" });
const FULL = process.env.BENCH_SERVER !== "fast";
const PASS_SECONDS = process.env.BENCH_PASS_SECONDS ?? "15";
const ours = await startServer(["--import", "tsx", "scripts/start.ts"], {
  PORT: "3902", REDIRECT_STATS: "1", ...(FULL ? { MAINTENANCE_INTERVAL_SECONDS: PASS_SECONDS } : { FAST_DOORS_ONLY: "1" }),
});
// warm-up (JIT, pools, caches), not reported
wrk("http://127.0.0.1:3901/r/x/story", 3);
let answeredByWrk = wrk(`http://127.0.0.1:3902/r/${code}/story`, 3).requests;
const rows: string[] = [];
const ratios: number[] = [];
const p99s: number[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  const b = wrk("http://127.0.0.1:3901/r/x/story");
  const o = wrk(`http://127.0.0.1:3902/r/${code}/story`);
  answeredByWrk += o.requests;
  if (o.non3xx) throw new Error(`${o.non3xx} responses were not 302`);
  ratios.push(o.rps / b.rps);
  p99s.push(o.p99);
  rows.push(`| ${round} | ${b.rps.toFixed(0)} | ${b.p99.toFixed(2)} | ${o.rps.toFixed(0)} | ${o.p99.toFixed(2)} | ${(o.rps / b.rps).toFixed(3)} |`);
}
bare.kill();
// what the passes beside the rounds did: the run's clicks at or below the analytics mark
const [{ n: rolledUp }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Click" WHERE "workspaceId" = ${ws.id} AND seq <= coalesce((SELECT seq FROM "AnalyticsMark" WHERE name = 'analytics'), 0)`;
// SIGTERM: the server drains its click writer and prints how many 302s it sent
const answered = await answeredOnStop(ours);
const stored = await prisma.click.count({ where: { linkId: { in: (await prisma.trackingLink.findMany({ where: { code }, select: { id: true } })).map((l) => l.id) } } });
const bots = await prisma.click.count({ where: { workspaceId: ws.id, isBot: true } });

console.log(`\nwrk -t2 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} rounds, browser User-Agent, database: ${db.embedded ? "embedded PGlite" : "PostgreSQL"}`);
console.log(FULL ? `server: npm start (Next.js loaded), maintenance pass every ${PASS_SECONDS} s: ${rolledUp} of the run's clicks were in the rollups when the last round ended\n` : "server: redirect-only mode (FAST_DOORS_ONLY)\n");
console.log("| round | bare node:http req/s | bare p99 ms | /r fast door req/s | /r p99 ms | ratio |");
console.log("|---|---|---|---|---|---|");
for (const r of rows) console.log(r);
console.log(`\nmedian ratio ${median(ratios).toFixed(3)}x of bare node:http; median p99 ${median(p99s).toFixed(2)} ms`);
console.log(`\n302s answered by the server: ${answered} (wrk counted ${answeredByWrk} completed, warm-up included; the rest were in flight when wrk stopped)`);
console.log(`clicks stored: ${stored} (bots: ${bots}) → ${stored === answered ? "exact: every 302 is a stored click" : `MISMATCH (${stored - answered})`}`);

const { deleteTestWorkspace } = await import("../test/support/factory");
await prisma.click.deleteMany({ where: { workspaceId: ws.id } });
await deleteTestWorkspace(ws);
await prisma.$disconnect();
await db.stop();
process.exit(stored === answered ? 0 : 1);
