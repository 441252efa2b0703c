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
// writes: the server stores a click per 302 (every door prints how many it answered when stopped; the bare
// server answers any path)
const server = async (name: string, port: number, args: string[], env: Record<string, string>, writes: boolean, cwd?: string) =>
  ({ name, writes, url: `http://127.0.0.1:${port}/r/${code}/story`, child: await startServer(args, { PORT: String(port), ...env }, cwd) });
const servers = [
  await server("bare node:http", 3911, ["bench/bare-302.mjs"], {}, false),
  await server("fast door, no write", 3912, door, { DOOR_WRITE: "none" }, false),
  await server("fast door, group commit", 3913, door, { DOOR_WRITE: "db" }, true),
  await server("npm start, pass off", 3914, ["--import", "tsx", "scripts/start.ts"], { REDIRECT_STATS: "1", MAINTENANCE_INTERVAL_SECONDS: "0" }, true),
];
const BASE = process.env.BENCH_BASE;
if (BASE) {
  servers.push(
    await server("base door, no write", 3915, door, { DOOR_WRITE: "none" }, false, BASE),
    await server("base door, group commit", 3916, door, { DOOR_WRITE: "db" }, true, BASE),
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
let answered = 0;
for (const s of servers.slice(1)) {
  const n = await answeredOnStop(s.child);
  if (s.writes) answered += n;
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
