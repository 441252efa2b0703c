// Payout statements over real HTTP: a creator reads and downloads only their
// own lines; another creator's payout, a payout they have no line in, or a
// payout of another workspace is 404; brand roles get no portal statements.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { addCommission, signInOverHttp, type SignedInFetch } from "../support/commissions";
import { startDoor, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let other: TestWorkspace;
let server: RunningDoor;
let alice: SignedInFetch;
let bob: SignedInFetch;
let shared: string;
let aliceOnly: string;
let foreign: string;
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

async function payout(w: TestWorkspace, start: string, end: string) {
  const owner = await signInOverHttp(server.url, w.owner);
  const res = await owner("/api/payouts", { json: { periodStart: start, periodEnd: end } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { payout: { id: string } }).payout.id;
}

beforeAll(async () => {
  [ws, other] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  server = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  await addCommission(ws, 0, 1500, "approved");
  await addCommission(ws, 1, 700, "approved");
  shared = await payout(ws, "2000-01-01", tomorrow());
  const refund = await addCommission(ws, 0, -400, "approved");
  await prisma.commission.update({ where: { id: refund.id }, data: { note: "clawback: refunded after payout" } });
  await prisma.conversion.update({ where: { id: refund.conversionId }, data: { orderId: `=HYPERLINK("x")-${ws.tag}` } });
  aliceOnly = await payout(ws, tomorrow(), new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10));
  await addCommission(other, 0, 900, "approved");
  foreign = await payout(other, "2000-01-01", tomorrow());
  [alice, bob] = await Promise.all([signInOverHttp(server.url, ws.creators[0]), signInOverHttp(server.url, ws.creators[1])]);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(other)]);
});

it("a creator's CSV of a shared payout holds only their lines; the other creator's holds only theirs", async () => {
  const a = await alice(`/api/portal/statements/${shared}`);
  expect(a.status).toBe(200);
  const rowsA = (await a.text()).trim().split("\n").slice(1);
  expect(rowsA.map((r) => r.split(",").at(-2))).toEqual(["1500", "1500"]);
  const b = await bob(`/api/portal/statements/${shared}`);
  const textB = await b.text();
  expect(textB).toContain(",700,USD");
  expect(textB).not.toContain("1500");
});

it("clawbacks appear with their reason, and formulas in the CSV are escaped", async () => {
  const text = await (await alice(`/api/portal/statements/${aliceOnly}`)).text();
  const [, clawback, net] = text.trim().split("\n");
  expect(clawback).toContain(`,clawback,"'=HYPERLINK(""x"")-${ws.tag}",`);
  expect(clawback).toContain("refunded after it was paid");
  expect(clawback).toMatch(/,-400,USD$/);
  expect(net).toMatch(/,net,.*,-400,USD$/);
});

it("a payout the creator has no line in, another workspace's payout, and an unknown id are 404, as pages and as CSV", async () => {
  for (const id of [aliceOnly, foreign, "pay_doesnotexist"]) {
    expect((await bob(`/api/portal/statements/${id}`)).status).toBe(404);
    expect((await bob(`/portal/statements/${id}`)).status).toBe(404);
  }
  expect((await alice(`/api/portal/statements/${foreign}`)).status).toBe(404);
});

it("the statement pages show the caller's own statements only", async () => {
  const list = await (await bob("/portal/statements")).text();
  expect(list).toContain(`/portal/statements/${shared}`);
  expect(list).not.toContain(aliceOnly);
  const page = await (await alice(`/portal/statements/${shared}`)).text();
  expect(page).toContain("$15.00");
  expect(page).not.toContain("$7.00");
});

it("brand roles get no portal statements (403)", async () => {
  const owner = await signInOverHttp(server.url, ws.owner);
  expect((await owner(`/api/portal/statements/${shared}`)).status).toBe(403);
});
