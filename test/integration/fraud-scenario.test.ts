// One fixed generated workspace through the real detection pass: the
// FraudDay counts the database writes equal the in-memory ones the bench
// judges (events.ts), every planted pattern becomes a review item for its
// creator, no clean creator is flagged, and each flagged creator's open
// commissions from the flagged period are held.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { pool } from "@/lib/db/pool";
import { factsFromEvents } from "@/lib/fraud/events";
import { DAY_MS, FACT_FIELDS, isoDay } from "@/lib/fraud/facts";
import { writeDayFacts } from "@/lib/fraud/facts-sql";
import { judgeWorkspaceDay } from "@/lib/fraud/pass";
import { DEFAULT_THRESHOLDS } from "@/lib/fraud/thresholds";
import { generateScenario, PLANTED_KINDS, type Scenario } from "../../bench/fraud-scenario";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { deleteFraudRows, insertScenario, prefixed } from "../support/fraud-scenario-db";

let ws: TestWorkspace;
let s: Scenario;

beforeAll(async () => {
  ws = await createTestWorkspace();
  s = prefixed(ws, generateScenario({ seed: "fixed-1", creators: 24, perKind: 1, monthStart: "2026-06-01", days: 30 }));
  await insertScenario(ws, s);
  for (let d = s.historyStart; d < s.monthStart; d += DAY_MS) await writeDayFacts(pool, ws.id, isoDay(d), DEFAULT_THRESHOLDS);
  for (let d = s.monthStart; d < s.monthEnd; d += DAY_MS) await judgeWorkspaceDay(ws.id, isoDay(d));
}, 600_000);

afterAll(async () => {
  await deleteFraudRows(ws.id);
  await prisma.commission.deleteMany({ where: { workspaceId: ws.id } });
  await prisma.creator.deleteMany({ where: { workspaceId: ws.id, id: { startsWith: ws.tag } } });
  await deleteTestWorkspace(ws);
});

it("counts in the database what the bench counts in memory", async () => {
  const expected = factsFromEvents(s.creators, s.clicks, s.sales, DEFAULT_THRESHOLDS);
  const rows = await prisma.fraudDay.findMany({ where: { workspaceId: ws.id } });
  expect(rows.length).toBeGreaterThan(s.creators.length * 30);
  const mismatches = rows.flatMap((r) => {
    const want = expected.get(r.creatorId)?.days.get(isoDay(r.day.getTime()));
    return FACT_FIELDS.filter((f) => r[f] !== (want?.[f] ?? 0)).map((f) => `${r.creatorId} ${isoDay(r.day.getTime())} ${f}: db ${r[f]}, memory ${want?.[f]}`);
  });
  expect(mismatches).toEqual([]);
});

it("catches every planted pattern, for its creator, and flags no clean creator", async () => {
  const items = await prisma.reviewItem.findMany({ where: { workspaceId: ws.id } });
  expect(s.planted.map((p) => p.kind).sort()).toEqual([...PLANTED_KINDS].sort());
  for (const p of s.planted) expect(items.some((i) => i.kind === p.kind && i.creatorId === p.creatorId), `${p.kind} planted on ${p.creatorId}`).toBe(true);
  const planted = new Set(s.planted.map((p) => p.creatorId));
  expect(items.filter((i) => !planted.has(i.creatorId ?? "")).map((i) => `${i.kind}: ${i.summary}`)).toEqual([]);
  for (const i of items) expect(i.summary.length).toBeGreaterThan(40);
});

it("holds the flagged creators' open commissions from the flagged period, and nobody else's", async () => {
  const holds = await prisma.reviewHold.findMany({ where: { workspaceId: ws.id } });
  expect(holds.length).toBeGreaterThan(0);
  const held = await prisma.commission.findMany({ where: { workspaceId: ws.id, status: "held" }, include: { conversion: { select: { occurredAt: true } } } });
  expect(held.length).toBe(holds.length);
  const items = new Map((await prisma.reviewItem.findMany({ where: { workspaceId: ws.id } })).map((i) => [i.id, i]));
  for (const h of holds) {
    const item = items.get(h.reviewItemId);
    const c = held.find((x) => x.id === h.commissionId);
    expect(c?.creatorId).toBe(item?.creatorId);
    expect(c && item?.periodStart && item.periodEnd && c.conversion.occurredAt >= item.periodStart && c.conversion.occurredAt < item.periodEnd).toBe(true);
    expect(h.priorStatus).toBe("pending");
  }
});
