// The sandbox stays in the sandbox: a test event (the `test` flag, or a body
// signed with a test secret) never reads, reverses or claws back a live
// conversion, and a live event never touches a test one.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { tokenGet } from "../support/postback";
import { postbackDoorForFile } from "../support/postback-door";

const door = postbackDoorForFile("sbx");
const { orderId, post } = door;
const liveSale = async () => {
  const id = orderId();
  expect((await post({ event: "sale", order_id: id, amount: 50_00, currency: "USD", coupon: door.ws.creators[0].couponCode })).status).toBe(201);
  return id;
};
const rowsOf = (id: string) => prisma.conversion.findMany({ where: { merchantId: door.ws.merchantId, orderId: id }, include: { commissions: true }, orderBy: { event: "asc" } });

describe("a test event never touches a live conversion", () => {
  for (const [label, send] of [
    ["test flag (POST)", (id: string, event: string) => post({ event, order_id: id, amount: 50_00, currency: "USD", test: true })],
    ["test secret (POST)", (id: string, event: string) => post({ event, order_id: id, amount: 50_00, currency: "USD" }, door.keys.test)],
    ["test flag (GET)", (id: string, event: string) => tokenGet(door.server.url, door.ws.merchantId, door.keys.getToken, { event, order_id: id, amount: 50_00, currency: "USD", test: 1 })],
  ] as const) {
    it(`a ${label} refund or cancel naming a live sale is refused and reverses nothing`, async () => {
      for (const event of ["refund", "cancel"]) {
        const id = await liveSale();
        const res = await send(id, event);
        expect(res.status, event).toBeGreaterThanOrEqual(400);
        expect(res.status, event).toBeLessThan(500);
        const rows = await rowsOf(id);
        expect(rows.map((r) => r.event), event).toEqual(["sale"]);
        expect(rows[0].commissions.map((c) => c.status), event).toEqual(["pending"]);
      }
    });
  }

  it("a test sale reusing a live sale's order id is refused without reading the live sale back", async () => {
    const id = await liveSale();
    const res = await post({ event: "sale", order_id: id, amount: 50_00, currency: "USD" }, door.keys.test);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(JSON.stringify(body)).not.toContain(door.ws.creators[0].creatorId);
    expect(body.id).toBeUndefined();
  });

  it("a test refund finds its own test sale", async () => {
    const id = orderId();
    expect((await post({ event: "sale", order_id: id, amount: 50_00, currency: "USD", coupon: door.ws.creators[0].couponCode }, door.keys.test)).status).toBe(201);
    const res = await post({ event: "refund", order_id: id, amount: 50_00, currency: "USD" }, door.keys.test);
    expect(res.status).toBe(201);
    expect((await rowsOf(id)).map((r) => [r.event, r.isTest, r.commissions.map((c) => c.status).join()])).toEqual([
      ["sale", true, "reversed"],
      ["refund", true, ""],
    ]);
  });
});

describe("a live event never touches a test conversion", () => {
  it("a live refund naming a test sale is a 4xx and reverses nothing", async () => {
    const id = orderId();
    expect((await post({ event: "sale", order_id: id, amount: 50_00, currency: "USD", coupon: door.ws.creators[0].couponCode, test: true })).status).toBe(201);
    const res = await post({ event: "refund", order_id: id, amount: 50_00, currency: "USD" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.event)).toEqual(["sale"]);
    expect(rows[0].commissions.map((c) => c.status)).toEqual(["pending"]);
  });

  it("a live sale reusing a test sale's order id is a 409, not the test sale's answer", async () => {
    const id = orderId();
    expect((await post({ event: "sale", order_id: id, amount: 50_00, currency: "USD" }, door.keys.test)).status).toBe(201);
    const res = await post({ event: "sale", order_id: id, amount: 50_00, currency: "USD" });
    expect(res.status).toBe(409);
  });
});
