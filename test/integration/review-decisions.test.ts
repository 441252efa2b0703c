// Review decisions on fraud holds: a raised item holds the flagged creator's
// open commissions from the flagged period (and no one else's), per-commission
// and whole-item decisions give back or reject them, a rejection's note
// reaches the creator's portal, bulk decisions are all or none, payout runs
// skip held lines and say why, and a payment above the owner's amount waits
// for an owner's second approval, then is paid on the same run.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { runPayout } from "@/lib/commissions/payout";
import { prisma } from "@/lib/db/prisma";
import type { Flag } from "@/lib/fraud/detect";
import { raiseItem } from "@/lib/fraud/raise";
import { sentenceOf } from "@/lib/fraud/sentences";
import { saveThresholds } from "@/lib/fraud/settings";
import { DEFAULT_THRESHOLDS } from "@/lib/fraud/thresholds";
import { decideHeld, decideReviewItem, decideReviewItems } from "@/lib/review/decide";
import { portalReview } from "@/lib/review/list";
import { addCommission } from "../support/commissions";
import { actorsOf, refusal } from "../support/actors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { deleteFraudRows } from "../support/fraud-scenario-db";

const DAY = 86_400_000;
let ws: TestWorkspace;
let owner: AuthContext;
let manager: AuthContext;

beforeAll(async () => {
  ws = await createTestWorkspace();
  ({ owner, manager } = await actorsOf(ws));
});
afterAll(async () => {
  await deleteFraudRows(ws.id);
  await prisma.payoutLine.deleteMany({ where: { workspaceId: ws.id } });
  await deleteTestWorkspace(ws);
});

function spikeFlag(who: 0 | 1, from: Date, to: Date): Flag {
  const day = from.toISOString().slice(0, 10);
  const evidence = { kind: "click_spike" as const, day, clicks: 2000, usualClicks: 80, robustZ: 40, sales: 1, expectedSales: 40, timeline: [] };
  return { kind: "click_spike", creatorId: ws.creators[who].creatorId, periodStart: from, periodEnd: to, conversionId: null, summary: sentenceOf(evidence), evidence };
}

const statusOf = async (id: string) => (await prisma.commission.findUniqueOrThrow({ where: { id } })).status;

describe("a flagged period", () => {
  const from = new Date(Date.now() - 12 * DAY);
  const to = new Date(Date.now() - 10 * DAY);
  const inside = new Date(Date.now() - 11 * DAY);
  let pending: { id: string }, approved: { id: string }, outside: { id: string }, other: { id: string }, paid: { id: string };
  let itemId: string;

  beforeAll(async () => {
    pending = await addCommission(ws, 0, 500, "pending", { occurredAt: inside, holdUntil: new Date(Date.now() + 5 * DAY) });
    approved = await addCommission(ws, 0, 700, "approved", { occurredAt: inside });
    paid = await addCommission(ws, 0, 900, "paid", { occurredAt: inside });
    outside = await addCommission(ws, 0, 300, "pending", { occurredAt: new Date(Date.now() - 20 * DAY) });
    other = await addCommission(ws, 1, 400, "pending", { occurredAt: inside });
    const item = await raiseItem(ws.id, spikeFlag(0, from, to), spikeFlag(0, from, to).evidence);
    itemId = item!.id;
    expect(item?.held).toBe(2);
  });

  it("holds the creator's open commissions from the period, and nothing else", async () => {
    expect(await statusOf(pending.id)).toBe("held");
    expect(await statusOf(approved.id)).toBe("held");
    expect(await statusOf(paid.id)).toBe("paid");
    expect(await statusOf(outside.id)).toBe("pending");
    expect(await statusOf(other.id)).toBe("pending");
    const mine = await portalReview(ws.id, ws.creators[0].creatorId);
    expect(mine.heldCount).toBe(2);
    expect((await portalReview(ws.id, ws.creators[1].creatorId)).heldCount).toBe(0);
  });

  it("a payout run skips held lines and says why", async () => {
    const run = await runPayout(owner, { periodStart: "2026-01-01", periodEnd: new Date(Date.now() + DAY).toISOString().slice(0, 10) });
    const held = run.held.find((h) => h.creatorId === ws.creators[0].creatorId);
    expect(held?.commissions).toBe(2);
    expect(held?.reasons.join(" ")).toContain("did not follow");
    const lines = await prisma.payoutLine.findMany({ where: { payoutId: run.id } });
    expect(lines.map((l) => l.commissionId)).not.toContain(approved.id);
    const stored = await prisma.payout.findUniqueOrThrow({ where: { id: run.id } });
    expect(JSON.stringify(stored.held)).toContain(ws.creators[0].creatorId);
  });

  it("decides one commission, then the item; every move is audited", async () => {
    await decideHeld(manager, itemId, { commissionIds: [approved.id], decision: "reject", note: "bought by the click farm" });
    expect(await statusOf(approved.id)).toBe("rejected");
    expect((await refusal(decideHeld(manager, itemId, { commissionIds: [approved.id], decision: "approve" }))).status).toBe(409);
    await decideReviewItem(manager, itemId, { decision: "approve", note: "a real launch" });
    // back to what it was: pending still waits out its holding period
    expect(await statusOf(pending.id)).toBe("pending");
    expect((await refusal(decideReviewItem(owner, itemId, { decision: "reject", note: "too late" }))).status).toBe(409);
    const actions = (await prisma.auditLog.findMany({ where: { workspaceId: ws.id } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["review.flagged", "commission.rejected", "commission.released", "review.approved", "review.commissions.reject"]));
  });

  it("a rejection's note reaches the creator, and only that creator", async () => {
    const again = await addCommission(ws, 0, 650, "pending", { occurredAt: new Date(Date.now() - 5 * DAY) });
    const f = spikeFlag(0, new Date(Date.now() - 6 * DAY), new Date(Date.now() - 4 * DAY));
    const item = await raiseItem(ws.id, f, f.evidence);
    await decideReviewItem(manager, item!.id, { decision: "reject", note: "clicks came from a click farm" });
    expect(await statusOf(again.id)).toBe("rejected");
    const mine = await portalReview(ws.id, ws.creators[0].creatorId);
    expect(mine.decided.map((d) => d.note)).toContain("clicks came from a click farm");
    expect((await portalReview(ws.id, ws.creators[1].creatorId)).decided).toEqual([]);
  });

  it("bulk decisions are all or none", async () => {
    const c = await addCommission(ws, 1, 100, "pending", { occurredAt: new Date(Date.now() - 3 * DAY) });
    const f = spikeFlag(1, new Date(Date.now() - 3 * DAY - 60_000), new Date(Date.now() - 2 * DAY));
    const fresh = await raiseItem(ws.id, f, f.evidence);
    expect((await refusal(decideReviewItems(manager, { itemIds: [fresh!.id, itemId], decision: "reject", note: "both" }))).status).toBe(409);
    expect(await statusOf(c.id)).toBe("held");
    expect((await prisma.reviewItem.findUniqueOrThrow({ where: { id: fresh!.id } })).status).toBe("open");
    await decideReviewItems(manager, { itemIds: [fresh!.id], decision: "approve" });
    expect(await statusOf(c.id)).toBe("pending");
  });
});

describe("a large payment", () => {
  it("waits for an owner's second approval, then is paid on the same run", async () => {
    const other = await createTestWorkspace();
    try {
      const o = (await loadContext(other.owner.id, other.id))!;
      const m = (await loadContext(other.manager.id, other.id))!;
      await saveThresholds(o, { ...DEFAULT_THRESHOLDS, largePayment: { amountMinor: 1000 } });
      const big = [await addCommission(other, 0, 800, "approved"), await addCommission(other, 0, 700, "approved")];
      const small = await addCommission(other, 1, 300, "approved");
      const run = await runPayout(o, { periodStart: "2026-01-01", periodEnd: new Date(Date.now() + DAY).toISOString().slice(0, 10) });
      expect(run.lines).toBe(1);
      expect(await statusOf(small.id)).toBe("paid");
      for (const b of big) expect(await statusOf(b.id)).toBe("held");
      const item = await prisma.reviewItem.findFirstOrThrow({ where: { workspaceId: other.id, kind: "large_payment" } });
      expect(item.summary).toContain("second approval");
      expect((await refusal(decideReviewItem(m, item.id, { decision: "approve" }))).status).toBe(403);
      await decideReviewItem(o, item.id, { decision: "approve" });
      for (const b of big) expect(await statusOf(b.id)).toBe("paid");
      const lines = await prisma.payoutLine.findMany({ where: { payoutId: run.id } });
      expect(lines).toHaveLength(3);
    } finally {
      await deleteFraudRows(other.id);
      await prisma.payoutLine.deleteMany({ where: { workspaceId: other.id } });
      await deleteTestWorkspace(other);
    }
  });
});
