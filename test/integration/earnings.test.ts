// A creator's earnings: totals by status, filters and pages, own rows only.
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { earningCampaigns, earningsHistory, earningsTotals } from "@/lib/earnings/list";
import { EARNINGS_PAGE_SIZE, parseEarningsState } from "@/lib/earnings/schema";
import { addCommission } from "../support/commissions";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

const DAY = 86_400_000;
let ws: TestWorkspace;
let alice: AuthContext;
let bob: AuthContext;
const soon = new Date(Date.now() + 3 * DAY);
const later = new Date(Date.now() + 9 * DAY);

beforeAll(async () => {
  ws = await createTestWorkspace();
  [alice, bob] = [(await loadContext(ws.creators[0].id, ws.id))!, (await loadContext(ws.creators[1].id, ws.id))!];
  await addCommission(ws, 0, 100, "pending", { holdUntil: later, occurredAt: new Date("2026-01-10T12:00:00Z") });
  await addCommission(ws, 0, 200, "pending", { holdUntil: soon, occurredAt: new Date("2026-01-20T12:00:00Z") });
  await addCommission(ws, 0, 300, "approved");
  await addCommission(ws, 0, 400, "held");
  await addCommission(ws, 0, 500, "paid");
  await addCommission(ws, 0, 600, "reversed");
  await addCommission(ws, 0, 700, "rejected");
  await addCommission(ws, 0, 999, "approved", { isTest: true });
  for (let i = 0; i < 30; i++) await addCommission(ws, 1, 10 + i, "approved");
});
afterAll(async () => deleteTestWorkspace(ws));

it("totals by status, pending with the dates it becomes payable; sandbox commissions never count", async () => {
  const totals = await earningsTotals(alice);
  const by = Object.fromEntries(totals.map((t) => [t.status, t]));
  expect(Object.fromEntries(totals.map((t) => [t.status, [t.amountMinor, t.count]]))).toEqual({ pending: [300, 2], approved: [300, 1], held: [400, 1], paid: [500, 1], reversed: [600, 1], rejected: [700, 1] });
  expect(by.pending.nextPayable).toEqual(soon);
  expect(by.pending.lastPayable).toEqual(later);
  expect(by.approved.nextPayable).toBeNull();
});

it("filters by status, campaign and order dates (inclusive days); a malformed filter is dropped", async () => {
  const f = (q: Record<string, string>) => parseEarningsState(q).filter;
  expect((await earningsHistory(alice, f({ status: "pending" }), 1, "date", "desc")).total).toBe(2);
  expect((await earningsHistory(alice, f({ from: "2026-01-10", to: "2026-01-10" }), 1, "date", "desc")).rows.map((r) => r.amountMinor)).toEqual([100]);
  expect((await earningsHistory(alice, f({ from: "2026-01-11", to: "2026-01-31" }), 1, "date", "desc")).rows.map((r) => r.amountMinor)).toEqual([200]);
  expect((await earningsHistory(alice, f({ campaign: ws.campaignId }), 1, "date", "desc")).total).toBe(7);
  expect((await earningsHistory(alice, f({ campaign: "cmp_other" }), 1, "date", "desc")).total).toBe(0);
  expect(f({ status: "everything", from: "yesterday" })).toEqual({ status: undefined, campaign: undefined, from: undefined, to: undefined });
  expect(await earningCampaigns(alice)).toEqual([{ id: ws.campaignId, name: `Launch ${ws.tag}` }]);
});

it("pages through the history, sorted, with a total", async () => {
  const first = await earningsHistory(bob, {}, 1, "amount", "desc");
  const second = await earningsHistory(bob, {}, 2, "amount", "desc");
  expect(first.total).toBe(30);
  expect(first.rows).toHaveLength(EARNINGS_PAGE_SIZE);
  expect(second.rows.map((r) => r.amountMinor)).toEqual([14, 13, 12, 11, 10]);
});

it("a creator never sees another creator's commissions; a brand context gets nothing", async () => {
  const mine = await earningsHistory(bob, {}, 1, "date", "desc");
  expect(mine.rows.every((r) => r.amountMinor < 100)).toBe(true);
  expect((await earningsTotals(bob)).map((t) => t.status)).toEqual(["approved"]);
  const manager = (await loadContext(ws.manager.id, ws.id))!;
  await expect(earningsTotals(manager)).rejects.toMatchObject({ status: 403 });
});
