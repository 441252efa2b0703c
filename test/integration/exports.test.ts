// The analytics export against PostgreSQL: row counts and sums equal SQL
// over the raw tables for the same workspace days and filters, the UTMs are
// the ones the redirect put on the destination, batches cover every row
// once, and a bad query changes nothing and says why.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { toAppError } from "@/lib/api/errors";
import { exportResponse } from "@/lib/exports/export";
import { newClickId } from "@/lib/ids";
import { IpHasher } from "@/lib/tracking/ip-hash";
import { LinkLookup } from "@/lib/tracking/link-lookup";
import { resolveRedirect } from "@/lib/tracking/resolve-redirect";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { addLedgerRows } from "../support/ledger";

const TZ = "America/Los_Angeles";
const HOUR = 3_600_000;
let ws: TestWorkspace;
let other: TestWorkspace;
let analyst: AuthContext;
const redirected: { clickId: string; utm: Record<string, string> }[] = [];

async function bulkClicks(w: TestWorkspace, n: number, newest: Date) {
  const links = await prisma.trackingLink.findMany({ where: { workspaceId: w.id }, orderBy: { creatorId: "asc" } });
  await prisma.click.createMany({
    data: Array.from({ length: n }, (_, i) => {
      const l = links[i % links.length];
      return { id: newClickId(), workspaceId: w.id, linkId: l.id, creatorId: l.creatorId, campaignId: l.campaignId, placement: ["story", "reel", "bio"][i % 3], occurredAt: new Date(newest.getTime() - Math.floor(i / 2) * 400_000), country: i % 4 ? "US" : "DE", device: i % 9 ? "mobile" : "bot", isBot: i % 9 === 0, ipHash: "0".repeat(32) };
    }),
  });
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  await prisma.workspace.update({ where: { id: ws.id }, data: { timeZone: TZ, utmTerm: "{creator}-{placement}" } });
  analyst = (await loadContext(ws.analyst.id, ws.id))!;
  await addLedgerRows(ws, 2_600, new Date("2026-02-28T07:30:00Z"), 1 * HOUR);
  await addLedgerRows(other, 300, new Date("2026-02-28T07:30:00Z"), 1 * HOUR);
  await bulkClicks(ws, 4_500, new Date("2026-02-28T07:30:00Z"));
  await bulkClicks(other, 500, new Date("2026-02-28T07:30:00Z"));
  // clicks through the redirect itself: the export must reconstruct exactly the UTMs it appended
  const deps = { links: new LinkLookup(pool), hasher: new IpHasher(pool), record: async (row: Parameters<typeof prisma.click.create>[0]["data"]) => void (await prisma.click.create({ data: row })) };
  for (const [who, sub] of [[0, "story"], [1, "reel"], [0, "newsletter"]] as const) {
    const r = await resolveRedirect({ code: ws.creators[who].linkCode, sub, method: "GET", userAgent: "Mozilla/5.0 (iPhone)", referer: null, ip: "203.0.113.9", trustedCountry: null }, deps);
    if (r.status !== 302 || !r.clickId) throw new Error(`redirect failed or recorded no click: ${r.status}`);
    const utm = Object.fromEntries([...new URL(r.location).searchParams].filter(([k]) => k.startsWith("utm_")));
    redirected.push({ clickId: r.clickId, utm });
  }
}, 120_000);
afterAll(async () => Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(other)]));

async function exported(kind: string, query: Record<string, string>) {
  const res = await exportResponse(analyst, kind, new Request(`http://app.test/api/exports/${kind}?${new URLSearchParams(query)}`));
  return { res, text: await res.text() };
}
const csvRows = (text: string) => parse(text, { columns: true }) as Record<string, string>[];
const ndjsonRows = (text: string) => text.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record<string, string | number | boolean | null>);
const DAY_SQL = `("occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE '${TZ}')::date BETWEEN $2 AND $3`;

describe("conversions", () => {
  it.each([
    ["the whole range", {}, "TRUE", []],
    ["one creator, live only", { creator: "c0", test: "no" }, `"creatorId" = $4 AND NOT "isTest"`, ["c0"]],
    ["click-credited sales in reels", { method: "click", event: "sale", placement: "reel" }, `"attributionMethod" = 'click' AND event = 'sale' AND placement = 'reel'`, []],
    ["pixel-only", { pixel: "yes" }, `channel = 'pixel'`, []],
  ] as const)("%s: count and amount sums equal SQL, in CSV and NDJSON", async (_, filters, cond, params) => {
    const creator = (v: string) => (v === "c0" ? ws.creators[0].creatorId : v);
    const q: Record<string, string> = { from: "2026-01-01", to: "2026-02-20", ...Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, k === "creator" ? creator(v) : v])) };
    const sql = await pool.query<{ n: string; total: string | null; sales: string | null }>(
      `SELECT count(*) AS n, sum("amountMinor") AS total, sum("amountMinor") FILTER (WHERE event = 'sale') AS sales FROM "Conversion" WHERE "workspaceId" = $1 AND ${DAY_SQL} AND ${cond}`,
      [ws.id, q.from, q.to, ...params.map(creator)],
    );
    const expected = { n: Number(sql.rows[0].n), total: Number(sql.rows[0].total ?? 0), sales: Number(sql.rows[0].sales ?? 0) };
    expect(expected.n).toBeGreaterThan(0);

    const csv = await exported("conversions", { ...q, format: "csv" });
    expect(csv.res.headers.get("content-type")).toContain("text/csv");
    const rows = csvRows(csv.text);
    expect({ n: rows.length, total: rows.reduce((s, r) => s + Number(r.amount_minor), 0), sales: rows.filter((r) => r.event === "sale").reduce((s, r) => s + Number(r.amount_minor), 0) }).toEqual(expected);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);

    const nd = ndjsonRows((await exported("conversions", { ...q, format: "ndjson" })).text);
    expect(nd.map((r) => r.id)).toEqual(rows.map((r) => r.id));
    expect(nd.reduce((s, r) => s + Number(r.amount_minor), 0)).toBe(expected.total);
  });

  it("credits each row to its creator by name, with UTMs only where a click credited the order", async () => {
    const rows = csvRows((await exported("conversions", { from: "2026-02-01", to: "2026-02-28" })).text);
    for (const r of rows) {
      expect(r.creator_name).toBe(r.creator_id === ws.creators[0].creatorId ? ws.creators[0].name : r.creator_id === ws.creators[1].creatorId ? ws.creators[1].name : "");
      expect(r.utm_content).toBe(r.placement);
      expect(r.utm_campaign).toBe(r.placement ? `launch-${ws.tag}` : "");
    }
  });
});

describe("clicks", () => {
  it("count per creator and bots equal SQL over the raw click table", async () => {
    const q = { from: "2026-02-10", to: "2026-02-27" };
    const sql = await pool.query<{ creatorId: string; n: string; bots: string }>(
      `SELECT "creatorId", count(*) AS n, count(*) FILTER (WHERE "isBot") AS bots FROM "Click" WHERE "workspaceId" = $1 AND ${DAY_SQL} GROUP BY 1 ORDER BY 1`,
      [ws.id, q.from, q.to],
    );
    const rows = ndjsonRows((await exported("clicks", { ...q, format: "ndjson" })).text);
    const mine = new Map<string, { n: number; bots: number }>();
    for (const r of rows) {
      const m = mine.get(String(r.creator_id)) ?? { n: 0, bots: 0 };
      mine.set(String(r.creator_id), { n: m.n + 1, bots: m.bots + (r.is_bot ? 1 : 0) });
      expect(r).not.toHaveProperty("ip_hash");
    }
    expect(rows.length).toBeGreaterThan(2_000); // more than one batch
    expect(Object.fromEntries(mine)).toEqual(Object.fromEntries(sql.rows.map((s) => [s.creatorId, { n: Number(s.n), bots: Number(s.bots) }])));
  });

  it("carries exactly the UTMs the redirect appended to the destination", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const q = { from: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10), to: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) };
    const rows = csvRows((await exported("clicks", q)).text);
    expect(today >= q.from).toBe(true);
    for (const { clickId, utm } of redirected) {
      const row = rows.find((r) => r.id === clickId)!;
      expect(row).toBeDefined();
      expect(Object.fromEntries(Object.entries(row).filter(([k]) => k.startsWith("utm_")))).toEqual(utm);
      expect(utm.utm_term).toMatch(/-/);
    }
  });
});

describe("bad queries", () => {
  it.each([
    ["no date range", {}, "from"],
    ["to before from", { from: "2026-02-02", to: "2026-02-01" }, "to"],
    ["an unknown filter (a typo must not widen the export)", { from: "2026-02-01", to: "2026-02-02", creatr: "x" }, "(root)"],
    ["an unknown format", { from: "2026-02-01", to: "2026-02-02", format: "xlsx" }, "format"],
  ])("%s → 422 naming the field", async (_, q, path) => {
    const error = await exportResponse(analyst, "conversions", new Request(`http://app.test/api/exports/conversions?${new URLSearchParams(q)}`)).then(() => null, toAppError);
    expect(error?.status).toBe(422);
    expect(error?.extra.errors?.map((e) => e.path)).toContain(path);
  });

  it("an unknown export → 404", async () => {
    await expect(exportResponse(analyst, "payouts", new Request("http://app.test/api/exports/payouts?from=2026-02-01&to=2026-02-02"))).rejects.toMatchObject({ status: 404 });
  });
});
