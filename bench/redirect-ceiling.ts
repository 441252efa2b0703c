// bench/redirect-ceiling: where the redirect's gap to bare node:http goes.
// Four servers, measured in alternating rounds of the same run: bare node:http
// answering a 302 (bench/bare-302.mjs); the fast door with its click write
// replaced by nothing, and the fast door writing as production does (group
// commit to PostgreSQL), both alone on a node:http server
// (bench/redirect-door.ts); and `npm start` with the maintenance pass off
// (Next.js loaded in the same process). The door without a write is the
// ceiling no database-side change can pass; bench:redirect measures npm start
// with the pass on (a pass here would roll up every server's clicks at any
// time, in the middle of the other servers' rounds).
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npm run bench:redirect-ceiling
// Needs wrk (apt-get install -y wrk). BENCH_ROUNDS (3), BENCH_SECONDS (10).
// BENCH_BASE=<another checkout> (a git worktree of an earlier commit, with node_modules
// and lib/generated linked from here) adds that checkout's door, without and with its
// write, to the same alternating rounds: a change to the door measured against its parent.
import { answeredOnStop, CONNECTIONS, median, SECONDS, startServer, wrk, type WrkRun } from "./wrk";
import { openBenchDatabase } from "./database";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const db = await openBenchDatabase();
const { createTestWorkspace, deleteTestWorkspace } = await import("../test/support/factory");
const { prisma } = await import("../lib/db/prisma");
const ws = await createTestWorkspace();
const code = ws.creators[0].linkCode;

const door = ["--import", "tsx", "bench/redirect-door.ts"];
const servers = [
  { name: "bare node:http", url: "http://127.0.0.1:3911/r/x/story", child: await startServer(["bench/bare-302.mjs"], { PORT: "3911" }) },
  { name: "fast door, no write", url: `http://127.0.0.1:3912/r/${code}/story`, child: await startServer(door, { PORT: "3912", DOOR_WRITE: "none" }) },
  { name: "fast door, group commit", url: `http://127.0.0.1:3913/r/${code}/story`, child: await startServer(door, { PORT: "3913", DOOR_WRITE: "db" }) },
  { name: "npm start, pass off", url: `http://127.0.0.1:3914/r/${code}/story`, child: await startServer(["--import", "tsx", "scripts/start.ts"], { PORT: "3914", REDIRECT_STATS: "1", MAINTENANCE_INTERVAL_SECONDS: "0" }) },
];
const BASE = process.env.BENCH_BASE;
if (BASE) {
  servers.push(
    { name: "base door, no write", url: `http://127.0.0.1:3915/r/${code}/story`, child: await startServer(door, { PORT: "3915", DOOR_WRITE: "none" }, BASE) },
    { name: "base door, group commit", url: `http://127.0.0.1:3916/r/${code}/story`, child: await startServer(door, { PORT: "3916", DOOR_WRITE: "db" }, BASE) },
  );
}
for (const s of servers) wrk(s.url, 3); // warm-up (JIT, pools, link cache), not reported
const runs: WrkRun[][] = servers.map(() => []);
for (let round = 1; round <= ROUNDS; round++) {
  servers.forEach((s, i) => {
    const r = wrk(s.url);
    if (r.non3xx) throw new Error(`${s.name}: ${r.non3xx} responses were not 302`);
    runs[i].push(r);
  });
}
servers[0].child.kill();
await answeredOnStop(servers[1].child);
let answered = (await answeredOnStop(servers[2].child)) + (await answeredOnStop(servers[3].child));
if (BASE) {
  await answeredOnStop(servers[4].child);
  answered += await answeredOnStop(servers[5].child);
}
const stored = await prisma.click.count({ where: { workspaceId: ws.id } });

console.log(`\nwrk -t2 -c${CONNECTIONS} -d${SECONDS}s, ${ROUNDS} rounds alternating, browser User-Agent, database: ${db.embedded ? "embedded PGlite" : "PostgreSQL"}\n`);
console.log(`| round | ${servers.map((s) => `${s.name} req/s | p99 ms`).join(" | ")} | ${servers.slice(1).map((s) => `${s.name} / bare`).join(" | ")} |`);
console.log(`|---|${servers.map(() => "---|---|").join("")}${servers.slice(1).map(() => "---|").join("")}`);
for (let r = 0; r < ROUNDS; r++) {
  const bare = runs[0][r].rps;
  console.log(`| ${r + 1} | ${runs.map((rs) => `${rs[r].rps.toFixed(0)} | ${rs[r].p99.toFixed(2)}`).join(" | ")} | ${runs.slice(1).map((rs) => (rs[r].rps / bare).toFixed(3)).join(" | ")} |`);
}
/** The median over rounds of server i's req/s over server j's, both from the same round. */
const ratio = (i: number, j: number) => median(runs[i].map((r, k) => r.rps / runs[j][k].rps)).toFixed(3);
console.log(`\nmedian ratios: ${servers.slice(1).map((s, i) => `${s.name} / bare ${ratio(i + 1, 0)}x`).join(", ")}`);
console.log(`group commit / no write ${ratio(2, 1)}x, npm start / group commit ${ratio(3, 2)}x`);
if (BASE) console.log(`this checkout / BENCH_BASE: door, no write ${ratio(1, 4)}x; door, group commit ${ratio(2, 5)}x`);
console.log(`clicks stored by the writing servers: ${stored} of ${answered} 302s → ${stored === answered ? "exact" : "MISMATCH"}`);

await prisma.click.deleteMany({ where: { workspaceId: ws.id } });
await deleteTestWorkspace(ws);
await prisma.$disconnect();
await db.stop();
process.exit(stored === answered ? 0 : 1);
