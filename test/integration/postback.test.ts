// Postbacks over real HTTP against the test database: through the fast door
// of `npm start` (production), and through the Next.js route (`next start`,
// which `npm run dev` serves) for the same answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId, newLinkCode } from "@/lib/ids";
import { runAnalyticsPass } from "@/lib/analytics/rollup/pass";
import { pool } from "@/lib/db/pool";
import { createTestWorkspace, deleteTestWorkspace, TEST_DESTINATION, type TestWorkspace } from "../support/factory";
import { startDoor, type RunningDoor } from "../support/doors";
import { addMerchantKeys, placeClick, signedPost, type MerchantKeys } from "../support/postback";

const DAY = 86_400_000;
let ws: TestWorkspace;
let keys: MerchantKeys;
let server: RunningDoor;
let nextDoor: RunningDoor;
let alice: { linkId: string; creatorId: string; campaignId: string };
let n = 0;
const orderId = () => `ord-${ws.tag}-${++n}`;

beforeAll(async () => {
  ws = await createTestWorkspace();
  keys = await addMerchantKeys(ws.id, ws.merchantId);
  const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[0].linkCode } });
  alice = { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId };
  [server, nextDoor] = await Promise.all([startDoor("fast"), startDoor("next")]);
}, 90_000);
afterAll(async () => {
  await Promise.all([server?.stop(), nextDoor?.stop()]);
  await prisma.reviewItem.deleteMany({ where: { workspaceId: ws.id } });
  await deleteTestWorkspace(ws);
});

const post = (body: Record<string, unknown>, opts?: Parameters<typeof signedPost>[4], secret = keys.current, door = server) => signedPost(door.url, ws.merchantId, secret, body, opts);
const sale = (extra: Record<string, unknown> = {}) => ({ event: "sale", order_id: orderId(), amount: 1999, currency: "USD", ...extra });

describe("signed JSON postbacks", () => {
  it("accepts a body signed with the standardwebhooks package and attributes the last click with its reason", async () => {
    const clk = await placeClick(ws, alice, new Date(Date.now() - 3 * DAY - 60_000));
    const res = await post(sale({ click_id: clk, customer_ref: "cust-1" }));
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ duplicate: false, test: false, newCustomer: true, attribution: { method: "click", creatorId: alice.creatorId, reason: "clicked your story link 3 days before the order" } });
    expect(body.commissions).toEqual([{ amountMinor: 200, status: "pending", part: "base" }]);
    const again = await post(sale({ click_id: clk, customer_ref: "cust-1" }));
    expect((await again.json()).newCustomer).toBe(false);
  });

  it("counts a click exactly at the window's edge, and not one second beyond", async () => {
    const at = new Date();
    const edge = await placeClick(ws, alice, new Date(at.getTime() - 14 * DAY));
    const beyond = await placeClick(ws, alice, new Date(at.getTime() - 14 * DAY - 1000));
    const a = await (await post(sale({ click_id: edge, occurred_at: at.toISOString() }))).json();
    expect(a.attribution.method).toBe("click");
    const b = await (await post(sale({ click_id: beyond, occurred_at: at.toISOString() }))).json();
    expect(b.attribution).toMatchObject({ method: "none", reason: "the click was 14 days before the order, outside the campaign's 14-day window" });
    expect(b.commissions).toEqual([]);
  });

  it("keeps orders whose click came after them, was a bot, or is unknown, unattributed with the reason", async () => {
    const at = new Date(Date.now() - DAY);
    const later = await placeClick(ws, alice, new Date(at.getTime() + 60_000));
    const bot = await placeClick(ws, alice, new Date(at.getTime() - 60_000), { isBot: true });
    const cases: [Record<string, unknown>, string][] = [
      [{ click_id: later }, "the click came after the order"],
      [{ click_id: bot }, "the click was made by a bot"],
      [{ click_id: "nosuchclickid" }, "click id nosuchclickid is not one of this workspace's clicks"],
      [{ coupon: "NOPE99" }, "coupon code NOPE99 is not known"],
      [{}, "the order carried no click id and no coupon code"],
    ];
    for (const [extra, reason] of cases) {
      const res = await post(sale({ ...extra, occurred_at: at.toISOString() }));
      expect(res.status).toBe(201);
      expect((await res.json()).attribution).toMatchObject({ method: "none", reason });
    }
  });

  it("resolves a coupon/link conflict by the campaign's priority, both ways", async () => {
    const bobCoupon = ws.creators[1].couponCode;
    const clk = await placeClick(ws, alice, new Date(Date.now() - DAY));
    const clickFirst = await (await post(sale({ click_id: clk, coupon: bobCoupon.toLowerCase() }))).json();
    expect(clickFirst.attribution).toMatchObject({ method: "click", creatorId: alice.creatorId });
    expect(clickFirst.attribution.reason).toContain(`another creator's code ${bobCoupon}`);

    const cmp = await prisma.campaign.create({ data: { id: newId("cmp"), workspaceId: ws.id, name: `coupon-first ${ws.tag}`, utmCampaign: `cf-${ws.tag}`, startsAt: new Date(), commissionType: "flat", commissionFlatMinor: 500, currency: "USD", priority: "coupon" } });
    const link = await prisma.trackingLink.create({ data: { id: newId("lnk"), workspaceId: ws.id, code: newLinkCode(), creatorId: alice.creatorId, campaignId: cmp.id, merchantId: ws.merchantId, destinationUrl: TEST_DESTINATION } });
    const clk2 = await placeClick(ws, { linkId: link.id, creatorId: alice.creatorId, campaignId: cmp.id }, new Date(Date.now() - DAY));
    const couponFirst = await (await post(sale({ click_id: clk2, coupon: bobCoupon }))).json();
    expect(couponFirst.attribution).toMatchObject({ method: "coupon", creatorId: ws.creators[1].creatorId });
  });
});

describe("idempotency", () => {
  it("answers a retry with the first answer and duplicate: true, changing nothing", async () => {
    const body = sale({ coupon: ws.creators[0].couponCode });
    const first = await (await post(body)).json();
    const retry = await post(body);
    expect(retry.status).toBe(200);
    expect(await retry.json()).toEqual({ ...first, duplicate: true });
    expect(await prisma.commission.count({ where: { conversionId: first.id } })).toBe(1);
  });

  it("makes exactly one conversion out of 50 concurrent identical requests", async () => {
    const body = sale({ coupon: ws.creators[0].couponCode });
    const statuses = await Promise.all(Array.from({ length: 50 }, () => post(body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(49);
    expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: body.order_id } })).toBe(1);
    expect(await prisma.commission.count({ where: { conversion: { orderId: body.order_id, merchantId: ws.merchantId } } })).toBe(1);
  });

  it("refuses the same order id with another amount with a 409 that says why", async () => {
    const body = sale();
    await post(body);
    const res = await post({ ...body, amount: 2999 });
    expect(res.status).toBe(409);
    expect((await res.json()).detail).toContain("already reported as a sale of 1999 USD");
  });
});

describe("authentication", () => {
  it("rejects bad, missing, stale, future, altered and revoked signatures; accepts the old secret during rotation", async () => {
    const now = Date.now();
    const rejected: [string, Promise<Response>][] = [
      ["wrong secret", post(sale(), {}, "whsec_" + Buffer.from("not-the-secret-at-all").toString("base64"))],
      ["stale", post(sale(), { timestamp: new Date(now - 6 * 60_000) })],
      ["future", post(sale(), { timestamp: new Date(now + 6 * 60_000) })],
      ["altered body", post(sale(), { tamper: (raw) => raw.replace("1999", "9999") })],
      ["revoked secret", post(sale(), {}, keys.revoked)],
      ["missing headers", fetch(`${server.url}/api/postback/${ws.merchantId}`, { method: "POST", body: JSON.stringify(sale()) })],
    ];
    for (const [name, res] of rejected) {
      const r = await res;
      expect(r.status, name).toBe(401);
      expect(r.headers.get("content-type"), name).toBe("application/problem+json");
    }
    expect((await post(sale(), {}, keys.previous)).status).toBe(201);
  });

  it("takes GET postbacks with the right token only", async () => {
    const q = (token: string) => `${server.url}/api/postback/${ws.merchantId}?token=${token}&order_id=${orderId()}&amount=1500&currency=usd&coupon=${ws.creators[0].couponCode}&event=sale`;
    expect((await fetch(q("gtk_wrong"))).status).toBe(401);
    const ok = await fetch(q(keys.getToken));
    expect(ok.status).toBe(201);
    expect((await ok.json()).attribution.method).toBe("coupon");
  });
});

describe("both doors", () => {
  it("the Next.js route answers exactly as the fast door: accept, duplicate, conflict, bad signature", async () => {
    const clk = await placeClick(ws, alice, new Date(Date.now() - DAY));
    const order = sale({ click_id: clk });
    for (const door of [nextDoor, server]) {
      const first = await post(order, {}, keys.current, door);
      // the first door accepts; the other sees a retry of the same order
      expect(first.status, door.kind).toBe(door === nextDoor ? 201 : 200);
      expect(await first.json(), door.kind).toMatchObject({ duplicate: door !== nextDoor, attribution: { method: "click", creatorId: alice.creatorId } });
      expect((await post({ ...order, amount: 1 }, {}, keys.current, door)).status, door.kind).toBe(409);
      expect((await post(sale(), {}, keys.revoked, door)).status, door.kind).toBe(401);
    }
    expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: order.order_id as string } })).toBe(1);
  });

  it("refuses a body over 64 KB with 413, writing only the log line", async () => {
    const order = sale({ note: "x".repeat(70 * 1024) });
    for (const door of [server, nextDoor]) {
      const res = await post(order, {}, keys.current, door);
      expect(res.status, door.kind).toBe(413);
      expect(res.headers.get("content-type"), door.kind).toBe("application/problem+json");
    }
    expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: order.order_id as string } })).toBe(0);
    expect(await prisma.postbackLog.count({ where: { merchantId: ws.merchantId, httpStatus: 413 } })).toBe(2);
  });
});

describe("bad input", () => {
  it("rejects ambiguous or negative amounts and unknown currencies with 422 naming the field, writing only the log line", async () => {
    const bad: [Record<string, unknown>, string][] = [
      [{ amount: "19.99" }, "amount"],
      [{ amount: 19.99 }, "amount"],
      [{ amount: -100 }, "amount"],
      [{ amount: "1e3" }, "amount"],
      [{ amount: "1,999" }, "amount"],
      [{ currency: "XYZ" }, "currency"],
      [{ event: "chargeback" }, "event"],
      [{ surprise: 1 }, "(root)"],
    ];
    for (const [extra, path] of bad) {
      const body = sale(extra);
      const res = await post(body);
      expect(res.status, JSON.stringify(extra)).toBe(422);
      expect((await res.json()).errors.map((e: { path: string }) => e.path), JSON.stringify(extra)).toContain(path);
      expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: body.order_id as string } })).toBe(0);
    }
    const logs = await prisma.postbackLog.findMany({ where: { merchantId: ws.merchantId, verdict: "rejected", httpStatus: 422 } });
    expect(logs.length).toBeGreaterThanOrEqual(bad.length);
  });

  it("logs every request without tokens, signatures or customer references in clear", async () => {
    await fetch(`${server.url}/api/postback/${ws.merchantId}?token=${keys.getToken}&order_id=${orderId()}&amount=100&currency=USD&customer_ref=alice@example.com`);
    const logs = JSON.stringify(await prisma.postbackLog.findMany({ where: { merchantId: ws.merchantId } }));
    for (const secret of [keys.getToken, keys.current, "alice@example.com", "v1,"]) expect(logs).not.toContain(secret);
  });
});

describe("refunds and commissions", () => {
  it("reverses the commission on a refund before payout; a second identical refund is a duplicate", async () => {
    const body = sale({ coupon: ws.creators[0].couponCode });
    const s = await (await post(body)).json();
    const refund = { event: "refund", order_id: body.order_id, amount: 1999, currency: "USD" };
    const r = await post(refund);
    expect(r.status).toBe(201);
    expect((await r.json()).attribution.reason).toContain(`reverses order ${body.order_id}`);
    expect((await prisma.commission.findFirstOrThrow({ where: { conversionId: s.id } })).status).toBe("reversed");
    expect((await post(refund)).status).toBe(200);
  });

  it("turns a refund after payout into a negative clawback line, never editing the paid one", async () => {
    const body = sale({ coupon: ws.creators[0].couponCode });
    const s = await (await post(body)).json();
    await prisma.commission.updateMany({ where: { conversionId: s.id }, data: { status: "paid" } });
    const r = await (await post({ event: "refund", order_id: body.order_id, amount: 1999, currency: "USD" })).json();
    expect(r.commissions).toEqual([{ amountMinor: -200, status: "approved", part: "base" }]);
    expect((await prisma.commission.findFirstOrThrow({ where: { conversionId: s.id } })).status).toBe("paid");
  });

  it("holds the excess over a creator's cap for review, and applies tiers by the month's revenue", async () => {
    const cmp = await prisma.campaign.create({ data: { id: newId("cmp"), workspaceId: ws.id, name: `capped ${ws.tag}`, utmCampaign: `capped-${ws.tag}`, startsAt: new Date(), commissionType: "tiered", commissionTiers: [{ fromMinor: 0, bps: 1000 }, { fromMinor: 10_000, bps: 2000 }], capPerCreatorMinor: 1_500, capPeriod: "month", currency: "USD" } });
    const link = await prisma.trackingLink.create({ data: { id: newId("lnk"), workspaceId: ws.id, code: newLinkCode(), creatorId: alice.creatorId, campaignId: cmp.id, merchantId: ws.merchantId, destinationUrl: TEST_DESTINATION } });
    const ref = { linkId: link.id, creatorId: alice.creatorId, campaignId: cmp.id };
    const at = Date.now();
    const first = await (await post(sale({ amount: 10_000, click_id: await placeClick(ws, ref, new Date(at - 3 * 60_000)), occurred_at: new Date(at - 2 * 60_000).toISOString() }))).json();
    expect(first.commissions).toEqual([{ amountMinor: 1_000, status: "pending", part: "base" }]);
    const second = await (await post(sale({ amount: 5_000, click_id: await placeClick(ws, ref, new Date(at - 90_000)), occurred_at: new Date(at - 60_000).toISOString() }))).json();
    // 20% tier (10,000 already sold this month) = 1,000; only 500 fits under the 1,500 cap
    expect(second.commissions).toEqual([{ amountMinor: 500, status: "pending", part: "base" }, { amountMinor: 500, status: "held", part: "excess" }]);
    expect(await prisma.reviewItem.count({ where: { workspaceId: ws.id, kind: "cap_reached", creatorId: alice.creatorId } })).toBe(1);
  });
});

describe("sandbox", () => {
  it("runs test postbacks through the whole pipeline but keeps them out of metrics", async () => {
    const viaFlag = await (await post(sale({ coupon: ws.creators[0].couponCode, test: true, amount: 777_777 }))).json();
    const viaSecret = await (await post(sale({ coupon: ws.creators[0].couponCode, amount: 777_777 }), {}, keys.test)).json();
    for (const t of [viaFlag, viaSecret]) {
      expect(t.test).toBe(true);
      expect(t.commissions[0].amountMinor).toBeGreaterThan(0);
    }
    await runAnalyticsPass(pool);
    const stats = await prisma.orderRollup.aggregate({ where: { workspaceId: ws.id }, _max: { grossMinor: true } });
    expect(Number(stats._max.grossMinor ?? 0)).toBeLessThan(777_777);
    expect(await prisma.commission.count({ where: { workspaceId: ws.id, isTest: true } })).toBe(2);
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After when a merchant exceeds its budget", async () => {
    // a merchant of its own, so its budget starts untouched
    const merchantId = newId("mer");
    await prisma.merchant.create({ data: { id: merchantId, workspaceId: ws.id, name: "Limited", currency: "USD", allowedDomains: ["shop.example"], pixelKey: `pk_lim_${ws.tag}`, pixelAllowedOrigins: [] } });
    const own = await addMerchantKeys(ws.id, merchantId);
    const limited = await startDoor("fast", { POSTBACK_RATE_LIMIT: "3" });
    try {
      const statuses: number[] = [];
      let retryAfter: string | null = null;
      for (let i = 0; i < 5; i++) {
        const r = await signedPost(limited.url, merchantId, own.current, sale());
        statuses.push(r.status);
        if (r.status === 429) retryAfter = r.headers.get("retry-after");
      }
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      expect(Number(retryAfter)).toBeGreaterThan(0);
    } finally {
      await limited.stop();
    }
  }, 90_000);
});

describe("secret rotation while running", () => {
  it("stops accepting a secret revoked in the database within the 5 s cache lifetime", async () => {
    const merchantId = newId("mer");
    await prisma.merchant.create({ data: { id: merchantId, workspaceId: ws.id, name: "Rotating", currency: "USD", allowedDomains: ["shop.example"], pixelKey: `pk_rot_${ws.tag}`, pixelAllowedOrigins: [] } });
    const own = await addMerchantKeys(ws.id, merchantId);
    // accepted once, so the server has the secret cached
    expect((await signedPost(server.url, merchantId, own.current, sale())).status).toBe(201);
    await prisma.merchantSecret.updateMany({ where: { merchantId, revokedAt: null, isTest: false }, data: { revokedAt: new Date() } });
    const deadline = Date.now() + 6_000;
    let status = 0;
    while (Date.now() < deadline && status !== 401) {
      status = (await signedPost(server.url, merchantId, own.current, sale())).status;
      if (status !== 401) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(401);
  }, 20_000);
});
