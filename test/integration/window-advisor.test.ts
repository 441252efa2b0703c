// The attribution window advisor against a hand-built fixture: clicks placed
// at known delays, orders reported through the live pipeline
// (recordConversion), so orders past the 14-day window arrive as the
// pipeline stores them (method none, click id kept), refunds reverse their
// commission the way reverse.ts does, and the expected figures are worked out
// by hand below.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { windowReport } from "@/lib/attribution/window-report";
import { getCampaign } from "@/lib/campaigns/list";
import { recordConversion } from "@/lib/conversions/record";
import { postbackSchema } from "@/lib/conversions/schema";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

const DAY = 86_400_000;
const HOUR = 3_600_000;
let ws: TestWorkspace;
const now = new Date();
const ago = (ms: number) => new Date(now.getTime() - ms);

const report = (input: Record<string, unknown>, isTest = false) =>
  recordConversion({ id: ws.merchantId, workspaceId: ws.id }, postbackSchema.parse({ currency: "USD", ...input }), isTest, { channel: "post", webhookId: null, httpStatus: 201, payload: null });

beforeAll(async () => {
  ws = await createTestWorkspace();
  const links = await prisma.trackingLink.findMany({ where: { workspaceId: ws.id }, orderBy: { creatorId: "asc" } });
  const linkOf = (creatorId: string) => {
    const l = links.find((x) => x.creatorId === creatorId)!;
    return { linkId: l.id, creatorId, campaignId: l.campaignId };
  };
  const [alice, bob] = ws.creators.map((c) => linkOf(c.creatorId));
  // an order `delay` after a click on `link`, the order itself `orderAgo` before now
  let n = 0;
  const order = async (link: typeof alice, delay: number, amount: number, opts: { orderAgo?: number; isTest?: boolean; isBot?: boolean; refund?: number } = {}) => {
    const at = ago(opts.orderAgo ?? 2 * DAY);
    const clickId = await placeClick(ws, link, new Date(at.getTime() - delay), { isBot: opts.isBot });
    const orderId = `w-${ws.tag}-${n++}`;
    await report({ order_id: orderId, amount, click_id: clickId, occurred_at: at.toISOString() }, opts.isTest);
    if (opts.refund) await report({ order_id: orderId, event: "refund", amount: opts.refund, occurred_at: new Date(at.getTime() + HOUR).toISOString() });
    return orderId;
  };
  // counted (the campaign pays 10%, window 14 days)
  await order(alice, 30 * 60_000, 10_000); // under 1 hour
  await order(alice, 5 * DAY, 5_000); // 3–7 days
  await order(bob, 7 * DAY, 8_000); // exactly 7 days: inside a 7-day window
  await order(bob, 10 * DAY, 6_000, { refund: 2_000 }); // 7–14 days; net 4,000, commission 600 − 200
  await order(alice, 20 * DAY, 4_000); // past the window: credited to nobody
  await order(bob, 45 * DAY, 9_000); // past the window
  // not counted
  await order(alice, HOUR * 2, 50_000, { isTest: true });
  await order(bob, HOUR * 3, 70_000, { isBot: true });
  await order(alice, DAY, 30_000, { orderAgo: 100 * DAY }); // before the 90-day period
  const otherCampaign = newId("cmp");
  await prisma.campaign.create({ data: { id: otherCampaign, workspaceId: ws.id, name: `Other ${ws.tag}`, utmCampaign: `other-${ws.tag}`, startsAt: ago(60 * DAY), commissionType: "percent", commissionBps: 1000, currency: "USD" } });
  const otherLink = newId("lnk");
  await prisma.trackingLink.create({ data: { id: otherLink, workspaceId: ws.id, code: `o${ws.tag}`, creatorId: alice.creatorId, campaignId: otherCampaign, merchantId: ws.merchantId, destinationUrl: "https://shop.example/" } });
  await order({ linkId: otherLink, creatorId: alice.creatorId, campaignId: otherCampaign }, DAY, 40_000);
}, 120_000);

afterAll(async () => {
  await deleteTestWorkspace(ws);
});

async function advice(custom?: number) {
  const found = (await getCampaign(ws.id, ws.campaignId))!;
  return windowReport({ workspaceId: ws.id, campaignId: ws.campaignId, currency: "USD", terms: found.current, params: { period: 90, custom }, now });
}

describe("attribution window advisor", () => {
  it("keeps the click id of an order whose click fell outside the window, credited to nobody", async () => {
    const outside = await prisma.conversion.findMany({ where: { workspaceId: ws.id, attributionMethod: "none", isTest: false, event: "sale" }, select: { clickId: true, attributionReason: true } });
    expect(outside.map((o) => o.attributionReason).sort()).toEqual([
      "the click was 20 days before the order, outside the campaign's 14-day window",
      "the click was 45 days before the order, outside the campaign's 14-day window",
      "the click was made by a bot",
    ]);
    expect(outside.every((o) => o.clickId)).toBe(true);
  });

  it("distributes the delays of valid, live orders in the period", async () => {
    const r = await advice();
    expect(r.currentDays).toBe(14);
    expect(r.orders).toBe(6);
    expect(r.distribution.map((b) => [b.label, b.orders])).toEqual([
      ["under 1 hour", 1], ["1 hour to 1 day", 0], ["1 to 3 days", 0], ["3 to 7 days", 2],
      ["7 to 14 days", 1], ["14 to 30 days", 1], ["30 to 60 days", 1], ["over 60 days", 0],
    ]);
  });

  it("says what each window captures and what changing it would have moved", async () => {
    const r = await advice(45);
    expect(r.capture.map((w) => [w.days, w.captured, w.share])).toEqual([
      [7, 3, { num: 3, den: 6 }], [14, 4, { num: 4, den: 6 }], [30, 5, { num: 5, den: 6 }], [45, 6, { num: 6, den: 6 }],
    ]);
    const [bob, alice] = [ws.creators[1], ws.creators[0]];
    const byTo = Object.fromEntries(r.changes.map((c) => [c.toDays, c]));
    // 14 → 7 loses bob's 10-day order, net of its partial refund, with the commission it kept
    expect(byTo[7]).toMatchObject({ orders: -1, revenueMinor: -4_000, commissionMinor: -400, commissionEstimated: false });
    expect(byTo[7].creators).toEqual([{ creatorId: bob.creatorId, creatorName: bob.name, orders: -1, revenueMinor: -4_000, commissionMinor: -400 }]);
    // 14 → 30 gains alice's 20-day order, costed at the current 10%
    expect(byTo[30]).toMatchObject({ orders: 1, revenueMinor: 4_000, commissionMinor: 400, commissionEstimated: true });
    // 14 → 45 gains both, bob's first (more revenue)
    expect(byTo[45]).toMatchObject({ orders: 2, revenueMinor: 13_000, commissionMinor: 1_300 });
    expect(byTo[45].creators.map((c) => [c.creatorName, c.orders, c.revenueMinor])).toEqual([[bob.name, 1, 9_000], [alice.name, 1, 4_000]]);
  });

  it("reads only the workspace's own campaign", async () => {
    const found = (await getCampaign(ws.id, ws.campaignId))!;
    const r = await windowReport({ workspaceId: "ws_someone_else", campaignId: ws.campaignId, currency: "USD", terms: found.current, params: { period: 90 }, now });
    expect(r.orders).toBe(0);
  });
});
