// The payout CSV opens in spreadsheets: a creator who names themself
// =HYPERLINK(...) (or anything starting with + - @) must come out as text,
// not as a formula. Real HTTP: an owner runs a payout and downloads it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { addCommission, signInOverHttp } from "../support/commissions";
import { startDoor, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let server: RunningDoor;

beforeAll(async () => {
  ws = await createTestWorkspace();
  server = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await deleteTestWorkspace(ws);
});

it("escapes spreadsheet formulas in creator names and emails of GET /api/payouts/{id}/export, and leaves negative amounts numbers", async () => {
  await prisma.creator.update({ where: { id: ws.creators[0].creatorId }, data: { name: '=HYPERLINK("http://evil.example","Pay me")', email: `@SUM(1+1)-${ws.tag}@example.test` } });
  await prisma.creator.update({ where: { id: ws.creators[1].creatorId }, data: { name: "+1-555-0100", email: `-cmd-${ws.tag}@example.test` } });
  await addCommission(ws, 0, 500, "approved");
  await addCommission(ws, 0, -200, "approved");
  await addCommission(ws, 1, 700, "approved");

  const owner = await signInOverHttp(server.url, ws.owner);
  const run = await owner("/api/payouts", { json: { periodStart: "2000-01-01", periodEnd: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10) } });
  expect(run.status).toBe(201);
  const { payout } = (await run.json()) as { payout: { id: string } };
  const res = await owner(`/api/payouts/${payout.id}/export`);
  expect(res.status).toBe(200);
  const [, ...rows] = (await res.text()).trim().split("\n");
  expect(rows.sort()).toEqual(
    [`"'=HYPERLINK(""http://evil.example"",""Pay me"")",'@SUM(1+1)-${ws.tag}@example.test,2,500,-200,300,USD`, `'+1-555-0100,'-cmd-${ws.tag}@example.test,1,700,0,700,USD`].sort(),
  );
});
