// The holding-period sweep against the test database.
import { afterAll, beforeAll, expect, it } from "vitest";
import { approveDueCommissions } from "@/lib/commissions/approve-due";
import { prisma } from "@/lib/db/prisma";
import { addCommission } from "../support/commissions";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

const DAY = 86_400_000;
let ws: TestWorkspace;

beforeAll(async () => {
  ws = await createTestWorkspace();
});
afterAll(async () => deleteTestWorkspace(ws));

it("approves pending commissions whose holding period is over, and nothing else", async () => {
  const now = new Date();
  const due = await addCommission(ws, 0, 100, "pending", { holdUntil: new Date(now.getTime() - 1) });
  const edge = await addCommission(ws, 0, 100, "pending", { holdUntil: now });
  const holding = await addCommission(ws, 0, 100, "pending", { holdUntil: new Date(now.getTime() + DAY) });
  const sandbox = await addCommission(ws, 1, 100, "pending", { holdUntil: new Date(now.getTime() - DAY), isTest: true });
  const held = await addCommission(ws, 1, 100, "held", { holdUntil: new Date(now.getTime() - DAY) });

  expect(await approveDueCommissions(ws.id, now)).toBe(2);
  const status = async (c: { id: string }) => (await prisma.commission.findUniqueOrThrow({ where: { id: c.id } })).status;
  expect(await Promise.all([due, edge, holding, sandbox, held].map(status))).toEqual(["approved", "approved", "pending", "pending", "held"]);
  expect((await prisma.commission.findUniqueOrThrow({ where: { id: due.id } })).approvedAt).toEqual(now);
  expect(await approveDueCommissions(ws.id, now)).toBe(0);
});
