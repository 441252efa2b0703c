// npm run bench:dashboard: report queries on a big workspace. Loads a year of
// clicks and orders with COPY (psql \copy, CSV streamed with backpressure),
// builds the analytics rollups (the first pass), then measures kpis() and
// breakdown() under random filters, ranges and dimensions (p50/p95), and the
// maintenance pass after 10,000 new clicks. Sizes: BENCH_CLICKS (10,000,000)
// and BENCH_ORDERS (300,000); BENCH_PASS_ROUNDS (3) passes. The Overview over
// HTTP needs a production build (BENCH_HTTP=0 skips it). BENCH_WORKSPACE=<id>
// measures a workspace an earlier run loaded into the same database (BENCH_POSTS=0: without content posts). Needs PostgreSQL in
// DATABASE_URL, a database of its own: it adds one workspace and leaves it
// (drop the database after).
import { spawn } from "node:child_process";
import { once } from "node:events";
import { applyMigrations } from "../lib/db/schema-engine";
import { COUNTRIES, DEVICES, PLACEMENTS, campaigns, creators, drawFilters, drawing, links, mulberry, newClicks, visitorHash } from "./shape";

const CLICKS = Number(process.env.BENCH_CLICKS ?? 10_000_000);
const ORDERS = Number(process.env.BENCH_ORDERS ?? 300_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const url = process.env.DATABASE_URL;
if (!url) throw new Error("bench/dashboard needs DATABASE_URL (PostgreSQL): it loads rows with psql's \\copy");
await applyMigrations(url);
const { pool } = await import("../lib/db/pool");
const { kpis } = await import("../lib/analytics/kpis");
const { breakdown } = await import("../lib/analytics/breakdown");
const { timedRollups } = await import("./rollup-round");
const { insertClickRows } = await import("../lib/tracking/click-store");
const { DIMENSIONS } = await import("../lib/analytics/types");
const { kpiReport, reportFilters, trend } = await import("../lib/analytics/report");
const { filterOptions } = await import("../lib/analytics/filter-options");

const rnd = mulberry(0x2f6b1d);
const { pick, skewed } = drawing(rnd);

type Cell = string | number | boolean | null;
async function copy(table: string, columns: string[], rows: Iterable<Cell[]>) {
  const child = spawn("psql", [url!, "-q", "-v", "ON_ERROR_STOP=1", "-c", `\\copy "${table}"(${columns.map((c) => `"${c}"`).join(",")}) FROM STDIN WITH (FORMAT csv)`], { stdio: ["pipe", "inherit", "inherit"] });
  const done = once(child, "exit");
  let buf = "";
  for (const row of rows) {
    buf += row.map((v) => (v === null ? "" : String(v))).join(",") + "\n";
    if (buf.length > 1 << 20) {
      if (!child.stdin.write(buf)) await once(child.stdin, "drain");
      buf = "";
    }
  }
  child.stdin.end(buf);
  const [code] = await done;
  if (code !== 0) throw new Error(`psql \\copy into ${table} exited ${code}`);
}

const ws = process.env.BENCH_WORKSPACE ?? `ws_bench_${Date.now().toString(36)}`;
const DAY = 86_400_000;
const END = Date.now();
const START = END - 365 * DAY;

const id = (x: string) => `${x}_${ws}`;

// BENCH_WORKSPACE=<id>: measure a workspace an earlier run loaded (same database), without loading again
const REUSE = process.env.BENCH_WORKSPACE;
if (REUSE) console.log(`reusing ${ws}: no load, no rebuild`);
else await load();
await addPosts();

// Content posts (impressions for CTR, whose clicks are those of a posted creator, campaign and
// placement): about two a month per link, 2,880 in all. Their own random numbers, so a workspace
// loaded before posts were part of the bench gets the same ones and the same query draws.
async function addPosts() {
  if (process.env.BENCH_POSTS === "0") return; // as the bench was before posts, for comparisons with older code
  if ((await pool.query(`SELECT 1 FROM "ContentPost" WHERE "workspaceId" = $1 LIMIT 1`, [ws])).rowCount) return;
  const r = mulberry(0x9e3779);
  const rows = links.flatMap((l) =>
    Array.from({ length: 24 }, (_, n) => [`p${n}_${l.id}_${ws}`, ws, id(l.creatorId), id(l.campaignId), PLACEMENTS[Math.floor(r() ** 2 * PLACEMENTS.length)], new Date(START + Math.floor(r() * 365 * DAY)).toISOString(), 500 + Math.floor(r() * 50_000)] as Cell[]),
  );
  await copy("ContentPost", ["id", "workspaceId", "creatorId", "campaignId", "placement", "postedAt", "impressions"], rows);
  await pool.query(`ANALYZE "ContentPost"`);
  console.log(`COPY ${rows.length} content posts`);
}

async function load() {
  const t0 = performance.now();
  await pool.query(`INSERT INTO "Workspace" (id, name, slug, "timeZone") VALUES ($1, 'Bench', $1, 'America/New_York')`, [ws]);
  await pool.query(`INSERT INTO "Merchant" (id, "workspaceId", name, currency, "allowedDomains", "pixelKey", "pixelAllowedOrigins") VALUES ($1, $1, 'Store', 'USD', '{shop.example}', $1, '{}')`, [ws]);
  for (const [i, cr] of creators.entries()) await pool.query(`INSERT INTO "Creator" (id, "workspaceId", name, email, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [`${cr}_${ws}`, ws, `Creator ${i}`, `c${i}@${ws}.test`]);
  for (const [i, cm] of campaigns.entries())
    await pool.query(`INSERT INTO "Campaign" (id, "workspaceId", name, "utmCampaign", "startsAt", "commissionType", "commissionBps", currency, "updatedAt") VALUES ($1, $2, $3, $3, now(), 'percent', 1000, 'USD', now())`, [`${cm}_${ws}`, ws, `campaign-${i}`]);

  let clickN = 0;
  function* clickRows(): Iterable<Cell[]> {
    for (let n = 0; n < CLICKS; n++) {
      const l = skewed(links);
      const at = START + Math.floor(rnd() * 365 * DAY);
      const bot = rnd() < 0.03;
      // visitors repeat: a small pool per link and day
      const visitor = Math.floor(rnd() * 4000);
      clickN++;
      yield [`k${n}_${ws}`, ws, id(l.id), id(l.creatorId), id(l.campaignId), skewed(PLACEMENTS), new Date(at).toISOString(), skewed(COUNTRIES), bot ? "bot" : pick(DEVICES), bot, visitorHash(visitor, at)];
    }
  }
  await copy("Click", ["id", "workspaceId", "linkId", "creatorId", "campaignId", "placement", "occurredAt", "country", "device", "isBot", "ipHash"], clickRows());
  const tClicks = performance.now();
  console.log(`COPY ${clickN} clicks: ${((tClicks - t0) / 1000).toFixed(1)} s`);

  const commissions: Cell[][] = [];
  function* orderRows(): Iterable<Cell[]> {
    for (let n = 0; n < ORDERS; n++) {
      const l = skewed(links);
      const at = START + Math.floor(rnd() * 365 * DAY);
      const r = rnd();
      const method = r < 0.6 ? "click" : r < 0.93 ? "coupon" : "none";
      const credited = method !== "none";
      const amount = 1500 + Math.floor(rnd() * 15000);
      const sale = `o${n}_${ws}`;
      const customer = `cust${Math.floor(rnd() * ORDERS * 0.7)}`;
      const iso = new Date(at).toISOString();
      yield [sale, ws, ws, `order-${n}`, "sale", amount, "USD", null, customer, skewed(COUNTRIES), iso, iso, false, method, "bench", credited ? id(l.creatorId) : null, credited ? id(l.campaignId) : null, credited ? id(l.id) : null, credited ? skewed(PLACEMENTS) : null, "post", "[]", null];
      if (credited) commissions.push([`m${n}_${ws}`, ws, sale, id(l.creatorId), id(l.campaignId), Math.floor(amount / 10), "USD", pick(["pending", "approved", "paid", "rejected"]), iso, iso, iso]);
      if (credited && rnd() < 0.05) {
        const refundAt = new Date(Math.min(END, at + Math.floor(rnd() * 20 * DAY))).toISOString();
        yield [`r${n}_${ws}`, ws, ws, `order-${n}`, "refund", Math.floor(amount / 2), "USD", null, null, null, refundAt, refundAt, false, method, "bench", id(l.creatorId), id(l.campaignId), id(l.id), null, "post", "[]", sale];
      }
    }
  }
  await copy(
    "Conversion",
    ["id", "workspaceId", "merchantId", "orderId", "event", "amountMinor", "currency", "clickId", "customerHash", "orderCountry", "occurredAt", "receivedAt", "isTest", "attributionMethod", "attributionReason", "creatorId", "campaignId", "linkId", "placement", "channel", "history", "saleId"],
    orderRows(),
  );
  await copy("Commission", ["id", "workspaceId", "conversionId", "creatorId", "campaignId", "amountMinor", "currency", "status", "holdUntil", "createdAt", "updatedAt"], commissions);
  const tOrders = performance.now();
  console.log(`COPY ${ORDERS} orders (+ refunds, ${commissions.length} commissions): ${((tOrders - tClicks) / 1000).toFixed(1)} s`);
  await pool.query("ANALYZE");

  // the first pass on a fresh database builds every workspace; otherwise rebuild this one
  const { rebuildAnalytics } = await import("../lib/analytics/rollup/rebuild");
  await rebuildAnalytics(pool, ws);
  const tBuild = performance.now();
  console.log(`rollups built from raw: ${((tBuild - tOrders) / 1000).toFixed(1)} s`);
  await pool.query("ANALYZE");
}

const p = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const lastDay = day(END);
const timings: Record<string, number[]> = { kpis: [] };
for (let q = 0; q < QUERIES; q++) {
  const f = drawFilters(rnd, ws, lastDay);
  let t = performance.now();
  await kpis(ws, f, f);
  timings.kpis.push(performance.now() - t);
  const dim = pick(DIMENSIONS);
  t = performance.now();
  await breakdown(ws, f, dim);
  (timings[`breakdown:${dim}`] ??= []).push(performance.now() - t);
}
console.log("\nreport queries (ms), random filters and ranges of 7-365 days:");
for (const [name, xs] of Object.entries(timings)) console.log(`  ${name.padEnd(20)} n=${String(xs.length).padStart(3)}  p50 ${p(xs, 0.5).toFixed(1)}  p95 ${p(xs, 0.95).toFixed(1)}  max ${Math.max(...xs).toFixed(1)}`);
const all = Object.values(timings).flat();
console.log(`  all                  n=${all.length}  p50 ${p(all, 0.5).toFixed(1)}  p95 ${p(all, 0.95).toFixed(1)}`);

// The Overview's data as app/app/page.tsx loads it (its four reads in parallel, the default
// filters: the last 30 days against the 30 before), without HTTP and React rendering.
const overview: number[] = [];
for (let i = 0; i < 10; i++) {
  const t = performance.now();
  const ows = { id: ws, timeZone: "America/New_York", currency: "USD" };
  const { filters } = reportFilters(ows, {});
  await Promise.all([kpiReport(ows, filters), trend(ows, filters), breakdown(ws, filters, "creator"), filterOptions(ws, filters)]);
  overview.push(performance.now() - t);
}
console.log(`\nthe Overview's data (its four reads in parallel, default filters), 10 loads: p50 ${p(overview, 0.5).toFixed(1)} ms, max ${Math.max(...overview).toFixed(1)} ms`);
// and the page itself over HTTP from the production server (needs npm run build; BENCH_HTTP=0 skips it)
if (process.env.BENCH_HTTP !== "0") await (await import("./overview-http")).benchOverviewHttp(pool, ws);

// more rounds pile more clicks onto the same day: a pass that reads the day, not the new rows, grows round by round
const PASS_ROUNDS = Number(process.env.BENCH_PASS_ROUNDS ?? 3);
console.log(`\nmaintenance pass after 10,000 new clicks (${PASS_ROUNDS} rounds):`);
const runId = Date.now().toString(36); // click ids unique across runs on a reused workspace
for (let round = 0; round < PASS_ROUNDS; round++) {
  const rows = newClicks(rnd, ws, 10_000, `new${runId}_${round}`, END);
  for (let i = 0; i < rows.length; i += 1000) await insertClickRows(pool, rows.slice(i, i + 1000));
  console.log(`  round ${round + 1}: ${await timedRollups(pool)}`);
}
await pool.end();
