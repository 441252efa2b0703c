// Bulk decisions from the commissions ledger: one transaction, each row
// moved at most once and audited, every other row reported as it is; a
// commission of another workspace is "not found" and untouched.
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { decideSelection } from "@/lib/commissions/decide";
import { prisma } from "@/lib/db/prisma";
import { addCommission } from "../support/commissions";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

const later = () => new Date(Date.now() + 20 * 86_400_000);
let ws: TestWorkspace;
let other: TestWorkspace;
let manager: AuthContext;

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  manager = (await loadContext(ws.manager.id, ws.id))!;
});
afterAll(async () => Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(other)]));

const statusOf = async (id: string) => (await prisma.commission.findUniqueOrThrow({ where: { id } })).status;
/** what the ledger showed for these rows: their statuses now */
const seenNow = async (ids: string[]) => Object.fromEntries((await prisma.commission.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } })).map((c) => [c.id, c.status]));
const audits = (ids: string[]) => prisma.auditLog.count({ where: { entityType: "Commission", entityId: { in: ids } } });

it("approves what may be approved, reports the rest per row, and never decides a row twice", async () => {
  const pending = await addCommission(ws, 0, 300, "pending", { holdUntil: later() });
  const held = await addCommission(ws, 1, 400, "held", { holdUntil: later() });
  const approved = await addCommission(ws, 0, 500, "approved");
  const paid = await addCommission(ws, 1, 600, "paid");
  const foreign = await addCommission(other, 0, 700, "pending", { holdUntil: later() });
  const ids = [pending.id, held.id, approved.id, paid.id, foreign.id];

  const seen = await seenNow(ids);
  const first = await decideSelection(manager, { commissionIds: ids, seen, decision: "approve" });
  expect(first.decided).toBe(2);
  expect(first.outcomes).toEqual([
    { id: pending.id, outcome: "decided", before: "pending", status: "approved" },
    { id: held.id, outcome: "decided", before: "held", status: "approved" },
    { id: approved.id, outcome: "unchanged", before: "approved", status: "approved" },
    { id: paid.id, outcome: "unchanged", before: "paid", status: "paid" },
    { id: foreign.id, outcome: "not_found", before: null, status: null },
  ]);
  expect(await Promise.all(ids.map(statusOf))).toEqual(["approved", "approved", "approved", "paid", "pending"]);
  expect(await audits(ids)).toBe(2);
  expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, entityId: pending.id, action: "commission.approved", actorId: ws.manager.id } })).toBe(1);

  // the same page submitted twice: the rows it showed as pending have changed since
  const again = await decideSelection(manager, { commissionIds: ids, seen, decision: "approve" });
  expect(again.decided).toBe(0);
  expect(again.outcomes.map((o) => o.outcome)).toEqual(["changed", "changed", "unchanged", "unchanged", "not_found"]);
  expect(await audits(ids)).toBe(2);
});

it("a rejection moves approved rows too, with the note, and leaves paid ones", async () => {
  const approved = await addCommission(ws, 0, 800, "approved");
  const paid = await addCommission(ws, 0, 900, "paid");
  const result = await decideSelection(manager, { commissionIds: [approved.id, paid.id], seen: await seenNow([approved.id, paid.id]), decision: "reject", note: "self-referral" });
  expect(result.outcomes.map((o) => o.outcome)).toEqual(["decided", "unchanged"]);
  expect(await prisma.commission.findUniqueOrThrow({ where: { id: approved.id } })).toMatchObject({ status: "rejected", note: "self-referral", approvedAt: null });
  expect(await statusOf(paid.id)).toBe("paid");
});

it("two people deciding overlapping selections of pending rows at once: each row is decided exactly once", async () => {
  const lines = await Promise.all(Array.from({ length: 12 }, (_, i) => addCommission(ws, (i % 2) as 0 | 1, 100 + i, "pending", { holdUntil: later() })));
  const ids = lines.map((l) => l.id);
  const owner = (await loadContext(ws.owner.id, ws.id))!;
  const seen = await seenNow(ids);
  const [a, b] = await Promise.all([
    decideSelection(manager, { commissionIds: ids.slice(0, 8), seen, decision: "approve" }),
    decideSelection(owner, { commissionIds: ids.slice(4).reverse(), seen, decision: "reject", note: "duplicate orders" }),
  ]);
  expect(a.decided + b.decided).toBe(12);
  for (const id of ids) expect(await audits([id])).toBe(1);
  const statuses = await Promise.all(ids.map(statusOf));
  expect(statuses.slice(0, 4)).toEqual(["approved", "approved", "approved", "approved"]);
  expect(statuses.slice(8)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
});
