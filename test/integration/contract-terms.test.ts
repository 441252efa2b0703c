// A creator's contract terms in the money path, through real signed postbacks
// on the fast door: the version in force and accepted at the order's time
// overrides the campaign's rule and/or window for that creator, and the
// attribution sentence and the commission's basis name it.
// (The campaign: 10% of each sale, 14-day window, no versions.)
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId, newLinkCode } from "@/lib/ids";
import { TEST_DESTINATION } from "../support/factory";
import { placeClick } from "../support/postback";
import { postbackDoorForFile } from "../support/postback-door";

const DAY = 86_400_000;
const now = Date.now();
const daysAgo = (n: number) => new Date(now - n * DAY);
const door = postbackDoorForFile("ctr");
let n = 0;

/** A creator of their own per test, with a link and a coupon code in the campaign. */
async function creator() {
  const creatorId = newId("cr");
  const tag = `${door.ws.tag}${++n}`;
  await prisma.creator.create({ data: { id: creatorId, workspaceId: door.ws.id, name: `Creator ${tag}`, email: `c-${tag}@example.test` } });
  const linkId = newId("lnk");
  await prisma.trackingLink.create({ data: { id: linkId, workspaceId: door.ws.id, code: newLinkCode(), creatorId, campaignId: door.ws.campaignId, merchantId: door.ws.merchantId, destinationUrl: TEST_DESTINATION } });
  const coupon = `CT${tag.toUpperCase()}`;
  await prisma.couponCode.create({ data: { id: newId("cpn"), workspaceId: door.ws.id, code: coupon, creatorId, campaignId: door.ws.campaignId } });
  return { creatorId, linkId, campaignId: door.ws.campaignId, coupon };
}

type Override = { commissionType?: "percent" | "flat"; commissionBps?: number; commissionFlatMinor?: number; attributionWindowDays?: number };

async function contract(creatorId: string, version: number, terms: Override, at: { effectiveFrom: Date; acceptedAt: Date | null }) {
  await prisma.creatorContract.create({
    data: { id: newId("ctr"), workspaceId: door.ws.id, creatorId, version, paymentTerms: "monthly", allowedContent: "any", ...terms, effectiveFrom: at.effectiveFrom, acceptedAt: at.acceptedAt },
  });
}

async function sale(fields: { click_id?: string; coupon?: string; occurred_at?: Date; amount?: number }) {
  const { occurred_at, ...rest } = fields;
  const res = await door.post({ event: "sale", order_id: door.orderId(), amount: 10_000, currency: "USD", ...rest, ...(occurred_at ? { occurred_at: occurred_at.toISOString() } : {}) });
  expect(res.status).toBe(201);
  return (await res.json()) as { attribution: { method: string; creatorId: string | null; reason: string }; commissions: { amountMinor: number; basis: string | null; part: string }[] };
}

describe("the contract's commission rule", () => {
  it("overrides the campaign's rule for the creator who accepted it, by click and by code, and names the version", async () => {
    const c = await creator();
    await contract(c.creatorId, 1, { commissionType: "percent", commissionBps: 1200 }, { effectiveFrom: daysAgo(10), acceptedAt: daysAgo(10) });
    const byClick = await sale({ click_id: await placeClick(door.ws, c, daysAgo(1)) });
    expect(byClick.attribution).toMatchObject({ method: "click", creatorId: c.creatorId, reason: "clicked your story link 1 day before the order" });
    expect(byClick.commissions).toEqual([{ amountMinor: 1_200, status: "pending", part: "base", basis: "contract v1: 12% of each sale" }]);
    const byCode = await sale({ coupon: c.coupon.toLowerCase() });
    expect(byCode.commissions).toEqual([{ amountMinor: 1_200, status: "pending", part: "base", basis: "contract v1: 12% of each sale" }]);
    // the stored row says the same as the answer
    expect(await prisma.commission.findFirst({ where: { creatorId: c.creatorId }, select: { basis: true } })).toEqual({ basis: "contract v1: 12% of each sale" });
  });

  it("leaves another creator on the campaign's terms, and says so", async () => {
    const c = await creator();
    const res = await sale({ click_id: await placeClick(door.ws, c, daysAgo(1)) });
    expect(res.commissions).toEqual([{ amountMinor: 1_000, status: "pending", part: "base", basis: "campaign terms: 10% of each sale" }]);
  });

  it("ignores a version the creator has not accepted: the accepted one before it binds", async () => {
    const c = await creator();
    await contract(c.creatorId, 1, { commissionType: "percent", commissionBps: 1200 }, { effectiveFrom: daysAgo(10), acceptedAt: daysAgo(9) });
    await contract(c.creatorId, 2, { commissionType: "flat", commissionFlatMinor: 5_000, attributionWindowDays: 1 }, { effectiveFrom: daysAgo(3), acceptedAt: null });
    const res = await sale({ click_id: await placeClick(door.ws, c, daysAgo(2)) });
    expect(res.attribution.method).toBe("click");
    expect(res.commissions).toEqual([{ amountMinor: 1_200, status: "pending", part: "base", basis: "contract v1: 12% of each sale" }]);
  });

  it("never reaches back: an order keeps the version in force and accepted when it was placed, however late it is reported", async () => {
    const c = await creator();
    await contract(c.creatorId, 1, { commissionType: "percent", commissionBps: 1200 }, { effectiveFrom: daysAgo(20), acceptedAt: daysAgo(20) });
    await contract(c.creatorId, 2, { commissionType: "flat", commissionFlatMinor: 700 }, { effectiveFrom: daysAgo(6), acceptedAt: daysAgo(6) });
    // published 4 days ago, accepted only 1 day ago: binds from its acceptance
    await contract(c.creatorId, 3, { commissionType: "percent", commissionBps: 2000 }, { effectiveFrom: daysAgo(4), acceptedAt: daysAgo(1) });
    const click = await placeClick(door.ws, c, daysAgo(12));
    const before = await sale({ click_id: click, occurred_at: daysAgo(8) });
    const during = await sale({ click_id: click, occurred_at: daysAgo(2) });
    const after = await sale({ click_id: click, occurred_at: daysAgo(0.5) });
    expect(before.commissions[0]).toMatchObject({ amountMinor: 1_200, basis: "contract v1: 12% of each sale" });
    expect(during.commissions[0]).toMatchObject({ amountMinor: 700, basis: "contract v2: $7.00 per sale" });
    expect(after.commissions[0]).toMatchObject({ amountMinor: 2_000, basis: "contract v3: 20% of each sale" });
  });
});

describe("the contract's attribution window", () => {
  it("widens the campaign's 14 days: a click 30 days before counts under a 45-day contract window", async () => {
    const c = await creator();
    await contract(c.creatorId, 1, { attributionWindowDays: 45 }, { effectiveFrom: daysAgo(40), acceptedAt: daysAgo(40) });
    const res = await sale({ click_id: await placeClick(door.ws, c, daysAgo(30)), occurred_at: new Date(now) });
    expect(res.attribution).toMatchObject({ method: "click", creatorId: c.creatorId, reason: "clicked your story link 30 days before the order; window 45 days from contract v1" });
    // the window came from the contract, the rule from the campaign
    expect(res.commissions).toEqual([{ amountMinor: 1_000, status: "pending", part: "base", basis: "campaign terms: 10% of each sale" }]);
  });

  it("narrows it: a click 5 days before is outside a 2-day contract window", async () => {
    const c = await creator();
    await contract(c.creatorId, 1, { attributionWindowDays: 2 }, { effectiveFrom: daysAgo(10), acceptedAt: daysAgo(10) });
    const res = await sale({ click_id: await placeClick(door.ws, c, daysAgo(5)), occurred_at: new Date(now) });
    expect(res.attribution).toMatchObject({ method: "none", creatorId: null, reason: "the click was 5 days before the order, outside the 2-day window from contract v1" });
    expect(res.commissions).toEqual([]);
  });
});
