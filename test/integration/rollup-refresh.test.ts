// The maintenance pass's analytics rollup, against the test database, with
// conversions recorded through the real postback path (recordConversion).
import { afterAll, beforeAll, expect, it } from "vitest";
import { recordConversion } from "@/lib/conversions/record";
import { postbackSchema } from "@/lib/conversions/schema";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { runAnalyticsPass } from "@/lib/analytics/rollup/pass";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

const DAY = 86_400_000;
let ws: TestWorkspace;
let quiet: TestWorkspace;

beforeAll(async () => {
  [ws, quiet] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
});
afterAll(async () => {
  await Promise.all([deleteTestWorkspace(ws), deleteTestWorkspace(quiet)]);
});

const report = (input: Record<string, unknown>, isTest = false) =>
  recordConversion({ id: ws.merchantId, workspaceId: ws.id }, postbackSchema.parse({ currency: "USD", ...input }), isTest, { channel: "post", webhookId: null, httpStatus: 201, payload: null });
const day = (d: Date) => new Date(d.toISOString().slice(0, 10));
// the test workspaces keep UTC days; cube 0, daily rows hold every dimension (clicks: the rollup's and the journal's)
const statsOn = async (w: TestWorkspace, d: Date) => {
  const where = { workspaceId: w.id, cube: 0, monthly: false, day: day(d) };
  const [k, j, o] = await Promise.all([
    prisma.clickRollup.aggregate({ where, _sum: { clicks: true } }),
    prisma.clickRollupJournal.aggregate({ where: { workspaceId: w.id, cube: 0, day: day(d) }, _sum: { clicks: true } }),
    prisma.orderRollup.aggregate({ where, _sum: { conversions: true, grossMinor: true, refundsMinor: true, commissionMinor: true } }),
  ]);
  return { _sum: { clicks: (k._sum.clicks ?? 0) + (j._sum.clicks ?? 0), conversions: o._sum.conversions ?? 0, revenueMinor: o._sum.grossMinor ?? 0n, refundsMinor: o._sum.refundsMinor ?? 0n, commissionMinor: o._sum.commissionMinor ?? 0n } };
};
const factoryClicks = (w: TestWorkspace) => w.creators[0].clicks + w.creators[1].clicks;

it("adds new clicks, and recomputes the days backdated sales and refunds touched, and leaves quiet workspaces alone", async () => {
  await runAnalyticsPass(pool);
  const now = new Date();
  const tenDaysAgo = new Date(now.getTime() - 10 * DAY);
  const bob = await prisma.trackingLink.findFirstOrThrow({ where: { workspaceId: ws.id, creatorId: ws.creators[1].creatorId } });
  // one visitor thrice within a second: one valid click, two repeats
  const visitor = `visitor-${ws.tag}`;
  for (let i = 0; i < 3; i++) await placeClick(ws, { linkId: bob.id, creatorId: bob.creatorId, campaignId: bob.campaignId }, now, { ipHash: visitor });
  await report({ order_id: `old-${ws.tag}`, amount: 10_000, coupon: ws.creators[1].couponCode, occurred_at: tenDaysAgo.toISOString() });
  await report({ order_id: `refunded-${ws.tag}`, amount: 4_000, coupon: ws.creators[1].couponCode, occurred_at: tenDaysAgo.toISOString() });
  await report({ order_id: `refunded-${ws.tag}`, event: "refund", amount: 4_000 });
  await report({ order_id: `sandbox-${ws.tag}`, amount: 99_999, coupon: ws.creators[1].couponCode, occurred_at: tenDaysAgo.toISOString(), test: true }, true);
  const quietBefore = await statsOn(quiet, now);

  const pass = await runAnalyticsPass(pool);
  expect(pass.clicks).toBeGreaterThanOrEqual(3);
  expect(pass.orderDays).toBeGreaterThanOrEqual(2);

  // today: the new clicks added to the factory's synthetic ones (one visitor thrice in a second: one valid click, two repeats);
  // the order day recomputed from the raw rows (the refund)
  expect((await statsOn(ws, now))._sum).toMatchObject({ clicks: factoryClicks(ws) + 1, conversions: 0, refundsMinor: 4_000n });
  // the sales' day: both sales, the sandbox one left out; the refunded sale's 10% commission reversed
  expect((await statsOn(ws, tenDaysAgo))._sum).toMatchObject({ conversions: 2, revenueMinor: 14_000n, commissionMinor: 1_000n });
  expect(await statsOn(quiet, now)).toEqual(quietBefore);
});

it("rebuilds the pixel's day too when the server's report of the order moves it to another day", async () => {
  const now = new Date();
  const pixelDay = new Date(now.getTime() - 5 * DAY);
  const serverDay = new Date(now.getTime() - 3 * DAY);
  const orderId = `moved-${ws.tag}`;
  const coupon = ws.creators[0].couponCode;
  await recordConversion({ id: ws.merchantId, workspaceId: ws.id }, postbackSchema.parse({ currency: "USD", order_id: orderId, amount: 5_000, coupon, occurred_at: pixelDay.toISOString() }), false, { channel: "pixel", webhookId: null, httpStatus: 200, payload: null }, "approve_after_hold");
  await runAnalyticsPass(pool);
  expect((await statsOn(ws, pixelDay))._sum.conversions).toBe(1);

  await report({ order_id: orderId, amount: 5_000, coupon, occurred_at: serverDay.toISOString() });
  await runAnalyticsPass(pool);
  // the order now belongs to the server's day only
  expect((await statsOn(ws, serverDay))._sum.conversions).toBe(1);
  expect((await statsOn(ws, pixelDay))._sum.conversions ?? 0).toBe(0);
});
