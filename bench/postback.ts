// bench/postback: signed postbacks per second and latency through the
// production server (`npm start`), 32 concurrent keep-alive connections, each
// request a new order (coupon-attributed, so attribution and commission run).
// Baseline in the same run: a trivial Next.js route handler (GET /api/pixel.js).
// Then a 50-way race of one identical postback: exactly 1 conversion expected.
//   npm run build && DATABASE_URL=postgresql://postgres@127.0.0.1:5432/bench npm run bench:postback
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { Webhook } from "standardwebhooks";
import { applyMigrations } from "../lib/db/schema-engine";
import { openDatabase } from "../scripts/lib/database";
import { ensureLocalSecrets } from "../scripts/lib/secrets";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3903;

ensureLocalSecrets();
const db = await openDatabase();
process.env.DATABASE_URL = db.url;
await applyMigrations(db.url);
const { createTestWorkspace, deleteTestWorkspace } = await import("../test/support/factory");
const { addMerchantKeys } = await import("../test/support/postback");
const { prisma } = await import("../lib/db/prisma");
const ws = await createTestWorkspace();
const keys = await addMerchantKeys(ws.id, ws.merchantId);
const coupon = ws.creators[0].couponCode;
const hook = new Webhook(keys.current);

const server = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: { ...process.env, PORT: String(PORT) }, stdio: ["ignore", "pipe", "inherit"] });
await new Promise<void>((resolve) => server.stdout!.on("data", (d: Buffer) => /Creator Ledger on/.test(d.toString()) && resolve()));
const base = `http://127.0.0.1:${PORT}`;

let seq = 0;
function signed(orderId: string) {
  const body = JSON.stringify({ event: "sale", order_id: orderId, amount: 4999, currency: "USD", coupon });
  const id = `msg_${orderId}`;
  const now = new Date();
  return { method: "POST", body, headers: { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(now.getTime() / 1000)), "webhook-signature": hook.sign(id, now, body) } };
}

async function load(seconds: number, request: () => [string, RequestInit], expectStatus: number) {
  const latencies: number[] = [];
  let bad = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (performance.now() < end) {
        const [url, init] = request();
        const t = performance.now();
        const res = await fetch(url, init);
        await res.arrayBuffer();
        latencies.push(performance.now() - t);
        if (res.status !== expectStatus) bad++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return { rps: latencies.length / seconds, p50: pct(0.5), p99: pct(0.99), n: latencies.length, bad };
}

const postback = (): [string, RequestInit] => [`${base}/api/postback/${ws.merchantId}`, signed(`bench-${ws.tag}-${++seq}`)];
const trivial = (): [string, RequestInit] => [`${base}/api/pixel.js?key=x`, {}];

await load(3, trivial, 200); // warm-up
await load(3, postback, 201);
const baseline = await load(SECONDS, trivial, 200);
const result = await load(SECONDS, postback, 201);

const raceOrder = `race-${ws.tag}`;
const race = signed(raceOrder);
const statuses = await Promise.all(Array.from({ length: 50 }, () => fetch(`${base}/api/postback/${ws.merchantId}`, race).then((r) => r.status)));
const raceRows = await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: raceOrder } });
const stored = await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: { startsWith: `bench-${ws.tag}-` } } });

console.log(`\n${CONNECTIONS} concurrent keep-alive connections, ${SECONDS} s each, database: ${db.embedded ? "embedded PGlite" : "PostgreSQL"}\n`);
console.log("| | req/s | p50 ms | p99 ms | requests | unexpected status |");
console.log("|---|---|---|---|---|---|");
console.log(`| trivial Next.js route (baseline) | ${baseline.rps.toFixed(0)} | ${baseline.p50.toFixed(1)} | ${baseline.p99.toFixed(1)} | ${baseline.n} | ${baseline.bad} |`);
console.log(`| signed postback (new order each) | ${result.rps.toFixed(0)} | ${result.p50.toFixed(1)} | ${result.p99.toFixed(1)} | ${result.n} | ${result.bad} |`);
console.log(`\nratio ${(result.rps / baseline.rps).toFixed(3)}x of the trivial route; conversions stored for the load: ${stored}`);
console.log(`50-way race of one order: statuses ${JSON.stringify(Object.fromEntries([201, 200].map((s) => [s, statuses.filter((x) => x === s).length])))}, conversions stored: ${raceRows} (duplicates: ${raceRows - 1})`);

server.kill("SIGTERM");
await prisma.commission.deleteMany({ where: { workspaceId: ws.id } });
await deleteTestWorkspace(ws);
await prisma.$disconnect();
await db.stop();
process.exit(raceRows === 1 ? 0 : 1);
