// The scheduled detection pass: a settled day is judged once per workspace
// even when two instances run the pass together (FraudRun claim), a creator
// buying with their own email (any case, spaces) is flagged with the order's
// commission held, the on-demand run judges today, and one workspace whose
// judging fails holds back no other workspace's days.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { customerHashOf } from "@/lib/fraud/customer-hash";
import { dueDays, runDetectionNow, runScheduledDetection } from "@/lib/fraud/pass";
import { addCommission } from "../support/commissions";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { deleteFraudRows } from "../support/fraud-scenario-db";

const DAY = 86_400_000;
let ws: TestWorkspace;
let own: { id: string; conversionId: string };
const now = Date.now();

beforeAll(async () => {
  ws = await createTestWorkspace();
  const yesterday = new Date(Date.parse(dueDays(now).at(-1) + "T12:00:00Z"));
  own = await addCommission(ws, 0, 900, "pending", { occurredAt: yesterday, holdUntil: new Date(now + 20 * DAY) });
  await prisma.conversion.update({ where: { id: own.conversionId }, data: { customerHash: customerHashOf(ws.id, `  ${ws.creators[0].email.toUpperCase()} `) } });
  await addCommission(ws, 1, 900, "pending", { occurredAt: yesterday, holdUntil: new Date(now + 20 * DAY) });
});
afterAll(async () => {
  await deleteFraudRows(ws.id);
  await deleteTestWorkspace(ws);
});

it("judges a settled day once across concurrent passes and flags a self-purchase", async () => {
  await Promise.all([runScheduledDetection(now), runScheduledDetection(now)]);
  const items = await prisma.reviewItem.findMany({ where: { workspaceId: ws.id } });
  expect(items.map((i) => [i.kind, i.creatorId, i.conversionId])).toEqual([["self_purchase", ws.creators[0].creatorId, own.conversionId]]);
  expect(items[0].summary).toContain("your own email");
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("held");
  expect(await prisma.fraudRun.count({ where: { workspaceId: ws.id } })).toBe(dueDays(now).length);
  expect(await runScheduledDetection(now)).toBe(0);
});

it("runs on demand for today", async () => {
  const r = await runDetectionNow(ws.id, now);
  expect(r.days.at(-1)).toBe(new Date(now).toISOString().slice(0, 10));
});

it("judges every other workspace's days when one workspace's judging fails, and that one on the next pass", async () => {
  const failing = await createTestWorkspace();
  const other = await createTestWorkspace();
  const yesterday = new Date(Date.parse(dueDays(now).at(-1) + "T12:00:00Z"));
  const bought = await addCommission(other, 0, 900, "pending", { occurredAt: yesterday, holdUntil: new Date(now + 20 * DAY) });
  await prisma.conversion.update({ where: { id: bought.conversionId }, data: { customerHash: customerHashOf(other.id, other.creators[0].email) } });
  // a real failure inside the database, for this workspace's rows only (as a workspace deleted mid-pass fails its FraudRun insert)
  const fn = `fail_fraud_run_${failing.id.replace(/\W/g, "")}`;
  await prisma.$executeRawUnsafe(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$`);
  await prisma.$executeRawUnsafe(`CREATE TRIGGER ${fn} BEFORE INSERT ON "FraudRun" FOR EACH ROW WHEN (NEW."workspaceId" = '${failing.id}') EXECUTE FUNCTION ${fn}()`);
  try {
    await runScheduledDetection(now);
  } finally {
    await prisma.$executeRawUnsafe(`DROP TRIGGER ${fn} ON "FraudRun"`);
    await prisma.$executeRawUnsafe(`DROP FUNCTION ${fn}()`);
  }
  try {
    expect(await prisma.fraudRun.count({ where: { workspaceId: other.id } })).toBe(dueDays(now).length);
    expect((await prisma.reviewItem.findMany({ where: { workspaceId: other.id } })).map((i) => i.kind)).toEqual(["self_purchase"]);
    expect(await prisma.fraudRun.count({ where: { workspaceId: failing.id } })).toBe(0);
    await runScheduledDetection(now);
    expect(await prisma.fraudRun.count({ where: { workspaceId: failing.id } })).toBe(dueDays(now).length);
  } finally {
    for (const w of [failing, other]) {
      await deleteFraudRows(w.id);
      await deleteTestWorkspace(w);
    }
  }
});
