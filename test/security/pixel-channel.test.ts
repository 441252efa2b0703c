// The pixel is a public channel: its key is on every page of the shop and
// Origin/Referer are set by hand in a script. It may report sales only, and
// a sale it reports is unverified: the merchant's server postback for the
// same order replaces it, and its commission waits for confirmation where the
// merchant has server credentials.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveDueCommissions } from "@/lib/commissions/approve-due";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { startDoor, type RunningDoor } from "../support/doors";
import { addMerchantKeys, pixelHit, placeClick, signedPost, tokenGet, type MerchantKeys } from "../support/postback";

const DAY = 86_400_000;
let ws: TestWorkspace;
let keys: MerchantKeys;
let server: RunningDoor;
let alice: { linkId: string; creatorId: string; campaignId: string };
let n = 0;
const orderId = () => `px-${ws.tag}-${++n}`;
const pixel = (fields: Record<string, string | number | boolean>, headers: Record<string, string> = {}) => pixelHit(server.url, `pk_${ws.tag}`, fields, headers);
const post = (body: Record<string, unknown>, secret = keys.current) => signedPost(server.url, ws.merchantId, secret, body);
const commissionsOf = (orderId: string) => prisma.commission.findMany({ where: { workspaceId: ws.id, conversion: { orderId, event: "sale" } }, orderBy: { part: "asc" } });

beforeAll(async () => {
  ws = await createTestWorkspace();
  keys = await addMerchantKeys(ws.id, ws.merchantId);
  const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[0].linkCode } });
  alice = { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId };
  server = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await prisma.reviewItem.deleteMany({ where: { workspaceId: ws.id } });
  await deleteTestWorkspace(ws);
});

describe("the pixel reports sales only", () => {
  for (const [label, fields] of [
    ["refund", { event: "refund", amount: 1999 }],
    ["cancel", { event: "cancel" }],
    ["test flag", { event: "sale", amount: 1999, test: "1" }],
  ] as const) {
    it(`refuses a ${label} through /api/pixel.gif, logs why, and leaves the real sale's commission alone`, async () => {
      const id = orderId();
      expect((await post({ event: "sale", order_id: id, amount: 1999, currency: "USD", coupon: ws.creators[0].couponCode })).status).toBe(201);
      const res = await pixel({ order_id: id, currency: "USD", ...fields }, { origin: "https://shop.example", referer: "https://shop.example/thanks" });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await commissionsOf(id)).map((c) => c.status)).toEqual(["pending"]);
      expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: id } })).toBe(1);
      const line = await prisma.postbackLog.findFirstOrThrow({ where: { merchantId: ws.merchantId, channel: "pixel", verdict: "rejected" }, orderBy: { receivedAt: "desc" } });
      expect(line.httpStatus).toBe(res.status);
      expect(line.reason).toMatch(/pixel/i);
    });
  }
});

describe("a pixel sale never outranks the merchant's server", () => {
  it("replaces a pixel sale of amount 1 with the signed POST's version: 201, amount, attribution and commission recomputed, pixel version kept", async () => {
    const id = orderId();
    expect((await pixel({ order_id: id, amount: 1, currency: "USD" })).status).toBe(200);
    const before = await prisma.conversion.findFirstOrThrow({ where: { merchantId: ws.merchantId, orderId: id } });
    expect(before.channel).toBe("pixel");
    const clk = await placeClick(ws, alice, new Date(Date.now() - 2 * DAY));
    const res = await post({ event: "sale", order_id: id, amount: 250_00, currency: "EUR", click_id: clk });
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ id: before.id, duplicate: false, amountMinor: 250_00, currency: "EUR", attribution: { method: "click", creatorId: alice.creatorId } });
    expect(body.commissions).toEqual([{ amountMinor: 25_00, status: "pending", part: "base", basis: "campaign terms: 10% of each sale" }]);
    const after = await prisma.conversion.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ amountMinor: 250_00, currency: "EUR", channel: "post", clickId: clk, creatorId: alice.creatorId });
    expect(after.history).toEqual([expect.objectContaining({ channel: "pixel", amountMinor: 1, currency: "USD", attributionMethod: "none" })]);
    expect((await commissionsOf(id)).map((c) => [c.amountMinor, c.currency, c.status])).toEqual([[25_00, "EUR", "pending"]]);
    // the server's version is now the one in force: a retry of it is a duplicate, a different amount a 409
    expect((await post({ event: "sale", order_id: id, amount: 250_00, currency: "EUR", click_id: clk })).status).toBe(200);
    expect((await post({ event: "sale", order_id: id, amount: 1, currency: "EUR", click_id: clk })).status).toBe(409);
    // and a later pixel hit for it changes nothing
    await pixel({ order_id: id, amount: 1, currency: "USD" });
    expect(await prisma.conversion.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ amountMinor: 250_00, channel: "post" });
  });

  it("replaces a pixel sale with a token GET's version too, replacing its held commission", async () => {
    const id = orderId();
    await pixel({ order_id: id, amount: 5_00, currency: "USD", coupon: ws.creators[1].couponCode });
    expect((await commissionsOf(id)).map((c) => [c.amountMinor, c.status])).toEqual([[50, "held"]]);
    const res = await tokenGet(server.url, ws.merchantId, keys.getToken, { order_id: id, amount: 80_00, currency: "USD", coupon: ws.creators[0].couponCode });
    expect(res.status).toBe(201);
    const conv = await prisma.conversion.findFirstOrThrow({ where: { merchantId: ws.merchantId, orderId: id } });
    expect(conv).toMatchObject({ channel: "get", amountMinor: 80_00, creatorId: alice.creatorId });
    expect((await commissionsOf(id)).map((c) => [c.amountMinor, c.status, c.creatorId])).toEqual([[8_00, "pending", alice.creatorId]]);
  });

  it.skipIf(process.env.CL_EMBEDDED_DB === "1")("lets exactly one of 20 concurrent server postbacks replace the pixel's version (race; PGlite serialises everything, so PostgreSQL only)", async () => {
    const id = orderId();
    await pixel({ order_id: id, amount: 1, currency: "USD", coupon: ws.creators[1].couponCode });
    const body = { event: "sale", order_id: id, amount: 90_00, currency: "USD", coupon: ws.creators[0].couponCode };
    const statuses = await Promise.all(Array.from({ length: 20 }, () => post(body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(19);
    const conv = await prisma.conversion.findFirstOrThrow({ where: { merchantId: ws.merchantId, orderId: id } });
    expect(conv).toMatchObject({ channel: "post", amountMinor: 90_00, creatorId: ws.creators[0].creatorId });
    expect(conv.history).toHaveLength(1);
    expect((await commissionsOf(id)).map((c) => [c.amountMinor, c.status])).toEqual([[9_00, "pending"]]);
    expect(await prisma.postbackLog.count({ where: { conversionId: conv.id, verdict: "accepted" } })).toBe(2);
  });

  it("keeps a server refund that arrived before the server's sale: the replacement's commission is reversed too", async () => {
    const id = orderId();
    await pixel({ order_id: id, amount: 30_00, currency: "USD", coupon: ws.creators[0].couponCode });
    expect((await post({ event: "cancel", order_id: id, currency: "USD" })).status).toBe(201);
    const res = await post({ event: "sale", order_id: id, amount: 60_00, currency: "USD", coupon: ws.creators[0].couponCode });
    expect(res.status).toBe(201);
    expect((await res.json()).commissions).toEqual([{ amountMinor: 6_00, status: "reversed", part: "base", basis: "campaign terms: 10% of each sale" }]);
    expect((await commissionsOf(id)).map((c) => [c.amountMinor, c.status])).toEqual([[6_00, "reversed"]]);
  });

  it("keeps a retry of the same pixel sale idempotent", async () => {
    const id = orderId();
    for (let i = 0; i < 3; i++) expect((await pixel({ order_id: id, amount: 700, currency: "USD" })).status).toBe(200);
    expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: id } })).toBe(1);
    expect(await prisma.postbackLog.count({ where: { merchantId: ws.merchantId, channel: "pixel", verdict: "duplicate", payload: { path: ["order_id"], equals: id } } })).toBe(2);
  });
});

describe("pixel-only commissions do not reach a payout unchecked", () => {
  it("holds them for confirmation when the merchant has server credentials (the default), and approve-due leaves them held", async () => {
    const id = orderId();
    await pixel({ order_id: id, amount: 100_00, currency: "USD", coupon: ws.creators[0].couponCode, occurred_at: new Date(Date.now() - 60 * DAY).toISOString() });
    const [c] = await commissionsOf(id);
    expect(c).toMatchObject({ status: "held", amountMinor: 10_00 });
    expect(c.note).toMatch(/pixel/i);
    await approveDueCommissions(ws.id);
    expect((await commissionsOf(id))[0].status).toBe("held");
  });

  it("approves them after the holding period for a merchant with no server credentials, or whose owner chose so", async () => {
    const bare = newId("mer");
    await prisma.merchant.create({ data: { id: bare, workspaceId: ws.id, name: "Pixel only", currency: "USD", allowedDomains: ["shop.example"], pixelKey: `pk_bare_${ws.tag}`, pixelAllowedOrigins: [] } });
    const id = orderId();
    await pixelHit(server.url, `pk_bare_${ws.tag}`, { order_id: id, amount: 100_00, currency: "USD", coupon: ws.creators[0].couponCode, occurred_at: new Date(Date.now() - 60 * DAY).toISOString() });
    expect((await commissionsOf(id))[0].status).toBe("pending");
    await approveDueCommissions(ws.id);
    expect((await commissionsOf(id))[0].status).toBe("approved");

    await prisma.merchant.update({ where: { id: ws.merchantId }, data: { pixelSalesPolicy: "approve_after_hold" } });
    const chosen = orderId();
    await pixel({ order_id: chosen, amount: 100_00, currency: "USD", coupon: ws.creators[0].couponCode });
    expect((await commissionsOf(chosen))[0].status).toBe("pending");
    await prisma.merchant.update({ where: { id: ws.merchantId }, data: { pixelSalesPolicy: null } });
  });
});
