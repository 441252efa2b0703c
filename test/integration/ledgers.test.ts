// The conversions ledger against PostgreSQL: keyset pages cover every row
// once in both directions (ties included), each filter selects what SQL
// selects, days are the workspace's calendar days, and nothing of another
// workspace shows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listConversions, type ConversionFilters } from "@/lib/conversions/ledger";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import type { CursorRequest } from "@/lib/list/cursor";
import { decodeCursor } from "@/lib/list/cursor";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { addLedgerRows, type LedgerRow } from "../support/ledger";

const TZ = "America/New_York";
const HOUR = 3_600_000;
let ws: TestWorkspace;
let other: TestWorkspace;
let rows: LedgerRow[];

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  await prisma.workspace.update({ where: { id: ws.id }, data: { timeZone: TZ } });
  // 130 rows five hours apart: about 27 days, crossing many New York midnights
  rows = await addLedgerRows(ws, 130, new Date("2026-03-20T03:30:00Z"), 5 * HOUR);
  await addLedgerRows(other, 40, new Date("2026-03-20T03:30:00Z"), 5 * HOUR);
});
afterAll(async () => Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(other)]));

const byNewest = (a: { occurredAt: Date; id: string }, b: { occurredAt: Date; id: string }) => b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

async function walk(filters: ConversionFilters) {
  const seen: string[] = [];
  let req: CursorRequest = { cursor: null, direction: "older" };
  for (;;) {
    const page = await listConversions(ws.id, TZ, filters, req);
    seen.push(...page.rows.map((r) => r.id));
    if (!page.older) return { seen, last: page };
    req = { cursor: decodeCursor(page.older), direction: "older" };
  }
}

describe("keyset pages", () => {
  it("walk every row once, newest first, ties broken by id, and back again with newer", async () => {
    const { seen, last } = await walk({});
    expect(seen).toEqual([...rows].sort(byNewest).map((r) => r.id));
    const back: string[][] = [last.rows.map((r) => r.id)];
    let cursor = last.newer;
    while (cursor) {
      const page = await listConversions(ws.id, TZ, {}, { cursor: decodeCursor(cursor), direction: "newer" });
      back.unshift(page.rows.map((r) => r.id));
      cursor = page.newer;
    }
    expect(back.flat()).toEqual(seen);
  });

  it("the first page has no newer link; the last no older one", async () => {
    const first = await listConversions(ws.id, TZ, {}, { cursor: null, direction: "older" });
    expect(first.newer).toBeNull();
    expect(first.rows).toHaveLength(50);
    expect(first.older).not.toBeNull();
  });
});

describe("filters select what SQL selects", () => {
  const sqlIds = async (cond: string, params: unknown[]) =>
    (await pool.query<{ id: string }>(`SELECT id FROM "Conversion" WHERE "workspaceId" = $1 AND ${cond} ORDER BY "occurredAt" DESC, id DESC`, [ws.id, ...params])).rows.map((r) => r.id);

  it.each<[string, ConversionFilters, string, unknown[]]>([
    ["creator", { creator: "c0" }, `"creatorId" = $2`, ["c0"]],
    ["placement", { placement: "reel" }, `placement = $2`, ["reel"]],
    ["method", { method: "coupon" }, `"attributionMethod" = $2`, ["coupon"]],
    ["event", { event: "refund" }, `event = $2`, ["refund"]],
    ["test only", { test: true }, `"isTest"`, []],
    ["live only, pixel only", { test: false, pixel: true }, `NOT "isTest" AND channel = 'pixel'`, []],
    ["server only", { pixel: false }, `channel <> 'pixel'`, []],
    ["New York days", { from: "2026-03-05", to: "2026-03-07" }, `("occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE '${TZ}')::date BETWEEN $2 AND $3`, ["2026-03-05", "2026-03-07"]],
    ["one day and a creator", { from: "2026-03-10", to: "2026-03-10", creator: "c1" }, `("occurredAt" AT TIME ZONE 'UTC' AT TIME ZONE '${TZ}')::date = $2 AND "creatorId" = $3`, ["2026-03-10", "c1"]],
  ])("%s", async (_, filters, cond, params) => {
    const creatorOf = (v: unknown) => (v === "c0" ? ws.creators[0].creatorId : v === "c1" ? ws.creators[1].creatorId : v);
    const f = { ...filters, ...(filters.creator ? { creator: String(creatorOf(filters.creator)) } : {}) };
    const expected = await sqlIds(cond, params.map(creatorOf));
    expect(expected.length).toBeGreaterThan(0);
    expect((await walk(f)).seen).toEqual(expected);
  });

  it("another workspace's rows never show, whatever the filter", async () => {
    const { seen } = await walk({ creator: other.creators[0].creatorId });
    expect(seen).toEqual([]);
  });
});
