// bench/ledgers: the conversions and commissions ledgers' page query (one
// keyset page of 50 plus the look-ahead row) over 300,000 conversions and
// their commissions in one workspace spread over a year, beside a noise
// workspace of 50,000, in-process against PostgreSQL (no HTTP); median and
// p95 of 30 runs per list state, and the export's streaming rate.
// Rows are loaded with COPY (psql \copy reading the CSV this script writes to
// its stdin), not row by row.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench flock /tmp/cl-heavy.lock npx tsx bench/ledgers.ts
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "../scripts/lib/database";

const N = Number(process.env.BENCH_CONVERSIONS ?? 300_000);
const RUNS = 30;
const YEAR = 365 * 86_400_000;
const db = await openDatabase();
if (db.embedded) throw new Error("bench/ledgers needs PostgreSQL (DATABASE_URL): it loads rows with psql's \\copy");
await applyMigrations(db.url);
const { createTestWorkspace, deleteTestWorkspace } = await import("../test/support/factory");
const { prisma } = await import("../lib/db/prisma");
const { pool } = await import("../lib/db/pool");
const { newId } = await import("../lib/ids");
const { listConversions } = await import("../lib/conversions/ledger");
const { listCommissions } = await import("../lib/commissions/ledger");
const { encodeCursor, decodeCursor } = await import("../lib/list/cursor");
const { exportResponse } = await import("../lib/exports/export");
type TestWorkspace = Awaited<ReturnType<typeof createTestWorkspace>>;

/** COPY rows into a table through psql, writing the CSV with backpressure. */
async function copy(table: string, columns: string[], rows: Iterable<(string | number | boolean | null)[]>) {
  const child = spawn("psql", [db.url, "-q", "-v", "ON_ERROR_STOP=1", "-c", `\\copy "${table}"(${columns.map((c) => `"${c}"`).join(",")}) FROM STDIN WITH (FORMAT csv)`], { stdio: ["pipe", "inherit", "inherit"] });
  const done = new Promise<void>((resolve, reject) => child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`)))));
  let buf = "";
  for (const r of rows) {
    buf += r.map((v) => (v === null ? "" : typeof v === "string" && /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : String(v))).join(",") + "\n";
    if (buf.length > 1 << 20) {
      if (!child.stdin.write(buf)) await new Promise((r) => child.stdin.once("drain", r));
      buf = "";
    }
  }
  child.stdin.end(buf);
  await done;
}

async function fill(ws: TestWorkspace, n: number) {
  const now = Date.now();
  const creators = Array.from({ length: 200 }, (_, i) => ({ id: newId("cr"), workspaceId: ws.id, name: `Bench Creator ${i}`, email: `bench${i}-${ws.tag}@example.test` }));
  await prisma.creator.createMany({ data: creators });
  const campaigns = Array.from({ length: 4 }, (_, i) => ({ id: newId("cmp"), workspaceId: ws.id, name: `Bench ${i} ${ws.tag}`, utmCampaign: `bench-${i}-${ws.tag}`, startsAt: new Date(now - YEAR), commissionType: "percent" as const, commissionBps: 1000, currency: "USD" }));
  await prisma.campaign.createMany({ data: campaigns });
  const creatorIds = [...creators.map((c) => c.id), ...ws.creators.map((c) => c.creatorId)];
  const campaignIds = [ws.campaignId, ...campaigns.map((c) => c.id)];
  const places = ["story", "post", "bio", "reel", "video", "newsletter", "other"];
  const conversions: { id: string; at: number; creatorId: string | null; campaignId: string | null; isTest: boolean; amount: number }[] = [];
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = 0; i < n; i++) {
    const credited = rand() < 0.94;
    conversions.push({ id: newId("cnv"), at: now - Math.floor(rand() * YEAR), creatorId: credited ? creatorIds[Math.floor(rand() * creatorIds.length)] : null, campaignId: credited ? campaignIds[Math.floor(rand() * campaignIds.length)] : null, isTest: rand() < 0.01, amount: 1_000 + Math.floor(rand() * 20_000) });
  }
  await copy(
    "Conversion",
    ["id", "workspaceId", "merchantId", "orderId", "event", "amountMinor", "currency", "occurredAt", "receivedAt", "isTest", "attributionMethod", "attributionReason", "creatorId", "campaignId", "placement", "channel"],
    (function* () {
      for (const [i, c] of conversions.entries()) {
        const method = !c.creatorId ? "none" : i % 4 === 0 ? "coupon" : "click";
        yield [c.id, ws.id, ws.merchantId, `B${i}-${ws.tag}`, i % 20 === 0 ? "refund" : "sale", c.amount, "USD", new Date(c.at).toISOString(), new Date(c.at + 1_500).toISOString(), c.isTest, method, `bench ${method}`, c.creatorId, c.campaignId, method === "click" ? places[i % places.length] : null, i % 33 === 0 ? "pixel" : "post"];
      }
    })(),
  );
  const statuses = ["approved", "approved", "paid", "pending", "held", "rejected"];
  await copy(
    "Commission",
    ["id", "workspaceId", "conversionId", "creatorId", "campaignId", "amountMinor", "currency", "status", "isTest", "holdUntil", "createdAt", "updatedAt"],
    (function* () {
      for (const [i, c] of conversions.entries()) {
        if (!c.creatorId || !c.campaignId) continue;
        const at = new Date(c.at + 1_500).toISOString();
        yield [newId("com"), ws.id, c.id, c.creatorId, c.campaignId, Math.round(c.amount / 10), "USD", statuses[i % statuses.length], c.isTest, new Date(c.at + 30 * 86_400_000).toISOString(), at, at];
      }
    })(),
  );
  return { creatorIds, campaignIds };
}

function stats(times: number[]) {
  times.sort((a, b) => a - b);
  return `${times[Math.floor(times.length / 2)].toFixed(1)} | ${times[Math.floor(times.length * 0.95)].toFixed(1)}`;
}
async function time(fn: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const t = performance.now();
    await fn();
    if (i >= 3) times.push(performance.now() - t);
  }
  return stats(times);
}

const [ws, noise] = [await createTestWorkspace(), await createTestWorkspace()];
try {
  const t0 = performance.now();
  const { creatorIds, campaignIds } = await fill(ws, N);
  await fill(noise, Math.round(N / 6));
  await pool.query(`ANALYZE "Conversion"; ANALYZE "Commission"`);
  console.log(`loaded ${N} + ${Math.round(N / 6)} conversions and their commissions with COPY in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const tz = "America/New_York";
  const deep = await pool.query<{ occurredAt: Date; id: string }>(`SELECT "occurredAt", id FROM "Conversion" WHERE "workspaceId" = $1 ORDER BY "occurredAt" DESC, id DESC OFFSET $2 LIMIT 1`, [ws.id, Math.floor(N / 2)]);
  const deepCursor = decodeCursor(encodeCursor({ at: deep.rows[0].occurredAt, id: deep.rows[0].id }));
  const month = new Date(Date.now() - 200 * 86_400_000).toISOString().slice(0, 7);
  const first = { cursor: null, direction: "older" as const };
  const states: [string, Parameters<typeof listConversions>[2], Parameters<typeof listConversions>[3]][] = [
    ["first page, no filter", {}, first],
    [`a cursor ${Math.floor(N / 2)} rows deep`, {}, { cursor: deepCursor, direction: "older" }],
    [`newer from ${Math.floor(N / 2)} rows deep`, {}, { cursor: deepCursor, direction: "newer" }],
    ["one creator", { creator: creatorIds[7] }, first],
    ["one campaign", { campaign: campaignIds[2] }, first],
    [`one creator, ${Math.floor(N / 2)} rows deep`, { creator: creatorIds[7] }, { cursor: deepCursor, direction: "older" }],
    ["placement reel + click", { placement: "reel", method: "click" }, first],
    ["one month (New York days)", { from: `${month}-01`, to: `${month}-28` }, first],
    ["refunds", { event: "refund" }, first],
    ["tests only (1%)", { test: true }, first],
    ["pixel only (3%)", { pixel: true }, first],
  ];
  console.log(`\n| conversions ledger (${N} in the workspace) | median ms | p95 ms |\n|---|---|---|`);
  for (const [label, f, page] of states) console.log(`| ${label} | ${await time(() => listConversions(ws.id, tz, f, page))} |`);
  const cstates: [string, Parameters<typeof listCommissions>[2]][] = [
    ["first page, no filter", {}],
    ["status pending", { status: "pending" }],
    ["status held + one creator", { status: "held", creator: creatorIds[3] }],
    ["placement reel (on the conversion)", { placement: "reel" }],
    ["pixel only (on the conversion)", { pixel: true }],
  ];
  console.log(`\n| commissions ledger | median ms | p95 ms |\n|---|---|---|`);
  for (const [label, f] of cstates) console.log(`| ${label} | ${await time(() => listCommissions(ws.id, tz, f, first))} |`);

  // the context an owner's request carries (lib/auth/context.ts pulls in next-auth, which tsx cannot load outside Next)
  const owner = { userId: ws.owner.id, userName: ws.owner.name, role: "owner" as const, workspace: { id: ws.id, name: ws.name, slug: `test-${ws.tag}`, timeZone: "UTC", currency: "USD" }, creatorId: null };
  for (const format of ["csv", "ndjson"]) {
    const t = performance.now();
    const res = await exportResponse(owner, "conversions", new Request(`http://bench/api/exports/conversions?from=2000-01-01&to=2100-01-01&format=${format}`));
    let bytes = 0;
    let lines = 0;
    const before = process.memoryUsage().rss;
    let peak = before;
    const reader = res.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      const chunk = r.value;
      bytes += chunk.length;
      for (const b of chunk) if (b === 10) lines++;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const s = (performance.now() - t) / 1000;
    console.log(`export conversions ${format}: ${lines} lines, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(1)} s (${Math.round(lines / s)} rows/s), RSS growth ${((peak - before) / 1e6).toFixed(0)} MB`);
  }
  const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) SELECT id FROM "Conversion" WHERE "workspaceId" = $1 AND "creatorId" = $2 AND "occurredAt" <= $3 ORDER BY "occurredAt" DESC, id DESC LIMIT 51`, [ws.id, creatorIds[7], deep.rows[0].occurredAt]);
  console.log("\nplan, one creator deep:\n" + plan.rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n"));
} finally {
  await deleteTestWorkspace(ws);
  await deleteTestWorkspace(noise);
  await pool.end();
  await db.stop();
}
