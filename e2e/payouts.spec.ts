import { prisma } from "../lib/db/prisma";
import { addCommission as commission } from "../test/support/commissions";
import { expect, login, signedIn, test } from "./fixtures";

const DAY = 86_400_000;

test("an owner runs a payout: approved and due commissions, clawbacks netted, held and test ones left out; CSV per creator", async ({ page, ws }) => {
  await commission(ws, 0, 500, "approved");
  await commission(ws, 0, 300, "pending"); // past its holding period: approved by the run
  await commission(ws, 0, 400, "pending", { holdUntil: new Date(Date.now() + 10 * DAY) }); // still holding
  await commission(ws, 0, 100, "held"); // awaiting review
  await commission(ws, 0, 999, "approved", { isTest: true });
  await commission(ws, 0, -200, "approved"); // clawback of a refund after an earlier payout
  await commission(ws, 1, 700, "approved");

  await login(page, ws.owner);
  await expect(page).toHaveURL(/\/app$/);
  const period = { periodStart: "2000-01-01", periodEnd: new Date(Date.now() + DAY).toISOString().slice(0, 10) };
  const res = await page.request.post("/api/payouts", { data: period });
  expect(res.status()).toBe(201);
  const { payout } = await res.json();
  expect(payout).toMatchObject({ lines: 4, totalMinor: 1300, currency: "USD" });
  expect((await page.request.post("/api/payouts", { data: period })).status()).toBe(409);

  const csv = await page.request.get(`/api/payouts/${payout.id}/export`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const [header, ...rows] = (await csv.text()).trim().split("\n");
  expect(header).toBe("creator,email,lines,commissions_minor,clawbacks_minor,net_minor,currency");
  expect(rows).toEqual([`${ws.creators[0].name},${ws.creators[0].email},3,800,-200,600,USD`, `${ws.creators[1].name},${ws.creators[1].email},1,700,0,700,USD`].sort());
  expect(await prisma.commission.count({ where: { workspaceId: ws.id, status: "paid" } })).toBe(4);
  expect(await prisma.commission.count({ where: { workspaceId: ws.id, status: { in: ["held", "pending"] } } })).toBe(2);
});

test("managers cannot run payouts; bad periods are 422 and write nothing", async ({ page, ws }) => {
  await login(page, ws.manager);
  await expect(page).toHaveURL(/\/app$/);
  expect((await page.request.post("/api/payouts", { data: { periodStart: "2026-01-01", periodEnd: "2026-02-01" } })).status()).toBe(403);
  const ownerPage = await signedIn(page.context().browser()!, ws.owner);
  const bad = await ownerPage.request.post("/api/payouts", { data: { periodStart: "2026-02-01", periodEnd: "2026-01-01" } });
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors[0].path).toBe("periodEnd");
  expect(await prisma.payout.count({ where: { workspaceId: ws.id } })).toBe(0);
});
