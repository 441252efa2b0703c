// No input makes a 500: values that pass a loose check and then fail in SQL
// (int4 amounts, NUL bytes, lone surrogates) are refused at validation with
// the field named, and a backdated order is refused before it can make the
// maintenance pass rebuild years of days.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { tokenGet } from "../support/postback";
import { postbackDoorForFile } from "../support/postback-door";

const DAY = 86_400_000;
const door = postbackDoorForFile("bnd");
const { orderId, post } = door;

async function expect422(res: Response, field: string) {
  expect(res.status).toBe(422);
  const body = await res.json();
  expect(body.errors.map((e: { path: string }) => e.path)).toContain(field);
}

describe("bounds", () => {
  it("refuses amount 3000000000 with a 422 naming amount, through POST and GET, and writes nothing", async () => {
    const id = orderId();
    await expect422(await post({ order_id: id, amount: 3_000_000_000, currency: "JPY", coupon: door.ws.creators[0].couponCode }), "amount");
    await expect422(await tokenGet(door.server.url, door.ws.merchantId, door.keys.getToken, { order_id: id, amount: "3000000000", currency: "JPY" }), "amount");
    expect(await prisma.conversion.count({ where: { merchantId: door.ws.merchantId, orderId: id } })).toBe(0);
  });

  it("accepts the largest amount an int4 holds (a 21-million JPY order), commission included", async () => {
    const res = await post({ order_id: orderId(), amount: 2_147_483_647, currency: "JPY", coupon: door.ws.creators[0].couponCode });
    expect(res.status).toBe(201);
    expect((await res.json()).commissions[0].amountMinor).toBe(214_748_365);
  });

  it("refuses an occurred_at older than POSTBACK_MAX_AGE_DAYS (400 by default) with a 422 naming occurred_at", async () => {
    const id = orderId();
    await expect422(await post({ order_id: id, amount: 100, currency: "USD", occurred_at: new Date(Date.now() - 401 * DAY).toISOString() }), "occurred_at");
    await expect422(await post({ order_id: id, amount: 100, currency: "USD", occurred_at: "0001-01-01T00:00:00Z" }), "occurred_at");
    expect((await post({ order_id: id, amount: 100, currency: "USD", occurred_at: new Date(Date.now() - 399 * DAY).toISOString() })).status).toBe(201);
  });

  it("refuses text PostgreSQL cannot store (NUL, lone surrogates) with a 422 naming the field", async () => {
    await expect422(await post({ order_id: "a\u0000b", amount: 100, currency: "USD" }), "order_id");
    await expect422(await post({ order_id: orderId(), amount: 100, currency: "USD", customer_ref: "x\ud800" }), "customer_ref");
    await expect422(await post({ order_id: orderId(), amount: 100, currency: "USD", coupon: "\u0000" }), "coupon");
  });
});
