// Review decisions stay inside the workspace and inside the item: another
// workspace's reviewer gets 404 for an item (whole, per commission, in bulk)
// and changes nothing; an item cannot be used to release a commission it
// does not hold; creators and analysts hold no review permission.
import { afterAll, beforeAll, expect, it } from "vitest";
import { AppError } from "@/lib/api/errors";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import type { Evidence } from "@/lib/fraud/evidence";
import { raiseItem } from "@/lib/fraud/raise";
import { sentenceOf } from "@/lib/fraud/sentences";
import { decideHeld, decideReviewItem, decideReviewItems } from "@/lib/review/decide";
import { addCommission } from "../support/commissions";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { deleteFraudRows } from "../support/fraud-scenario-db";

const DAY = 86_400_000;
let a: TestWorkspace;
let b: TestWorkspace;
let outsider: AuthContext;
let insider: AuthContext;
let itemId: string;
let heldId: string;
let strangerId: string;

beforeAll(async () => {
  [a, b] = [await createTestWorkspace(), await createTestWorkspace()];
  outsider = (await loadContext(b.manager.id, b.id))!;
  insider = (await loadContext(a.manager.id, a.id))!;
  const at = new Date(Date.now() - 2 * DAY);
  heldId = (await addCommission(a, 0, 500, "pending", { occurredAt: at })).id;
  strangerId = (await addCommission(a, 1, 500, "held", { occurredAt: at })).id;
  const e: Evidence = { kind: "self_purchase", orderId: "o-1", amountMinor: 5000, currency: "USD", day: at.toISOString().slice(0, 10) };
  const item = await raiseItem(a.id, { kind: e.kind, creatorId: a.creators[0].creatorId, periodStart: new Date(at.getTime() - DAY), periodEnd: new Date(at.getTime() + DAY), conversionId: null, summary: sentenceOf(e), evidence: e }, e);
  itemId = item!.id;
});
afterAll(async () => {
  for (const ws of [a, b]) {
    await deleteFraudRows(ws.id);
    await deleteTestWorkspace(ws);
  }
});

async function status(p: Promise<unknown>): Promise<number> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return (e as AppError).status;
}

it("another workspace's reviewer cannot see or decide the item", async () => {
  expect(await status(decideReviewItem(outsider, itemId, { decision: "approve" }))).toBe(404);
  expect(await status(decideHeld(outsider, itemId, { commissionIds: [heldId], decision: "approve" }))).toBe(404);
  expect(await status(decideReviewItems(outsider, { itemIds: [itemId], decision: "approve" }))).toBe(404);
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: heldId } })).status).toBe("held");
  expect((await prisma.reviewItem.findUniqueOrThrow({ where: { id: itemId } })).status).toBe("open");
});

it("an item releases only what it holds", async () => {
  expect(await status(decideHeld(insider, itemId, { commissionIds: [strangerId], decision: "approve" }))).toBe(409);
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: strangerId } })).status).toBe("held");
});

it("creators and analysts hold no review decision", () => {
  expect(can("creator", "review.decide")).toBe(false);
  expect(can("analyst", "review.decide")).toBe(false);
  expect(can("manager", "workspace.settings")).toBe(false);
});
