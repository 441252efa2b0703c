// Claims made in one event-loop turn go to the database as one statement;
// one claim that the database refuses must not take the others down with it.
import { afterAll, beforeAll, expect, it } from "vitest";
import { claimBatched, EMPTY_PLAN, type NewConversion } from "@/lib/conversions/claim";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
beforeAll(async () => {
  ws = await createTestWorkspace();
});
afterAll(async () => deleteTestWorkspace(ws));

const conversion = (orderId: string, extra: Partial<NewConversion> = {}): NewConversion => ({
  id: newId("cnv"), workspaceId: ws.id, merchantId: ws.merchantId, orderId, event: "sale", amountMinor: 1000, currency: "USD", clickId: null, couponCode: null,
  customerHash: null, orderCountry: null, occurredAt: new Date(), isTest: false, attributionMethod: "none", attributionReason: "the order carried no click id and no coupon code",
  creatorId: null, campaignId: null, linkId: null, placement: null, saleId: null, channel: "post", ...extra,
});
const log = { channel: "post" as const, webhookId: null, httpStatus: 201, payload: null };

it("claims a turn's postbacks together: duplicates inside the batch lose, a refused claim fails alone", async () => {
  const order = `batch-${ws.tag}`;
  const results = await Promise.allSettled([
    claimBatched(conversion(order), EMPTY_PLAN, log),
    claimBatched(conversion(order), EMPTY_PLAN, log), // the same order event in the same batch
    claimBatched(conversion(`${order}-bad`, { currency: "TOOLONG" }), EMPTY_PLAN, log), // the database refuses char(3)
    claimBatched(conversion(`${order}-other`), EMPTY_PLAN, log),
  ]);
  const [first, twin, bad, other] = results;
  expect(first.status === "fulfilled" && first.value?.orderId).toBe(order);
  expect(twin.status === "fulfilled" && twin.value).toBeNull();
  expect(bad.status).toBe("rejected");
  expect(other.status === "fulfilled" && other.value?.orderId).toBe(`${order}-other`);
  expect(await prisma.conversion.count({ where: { merchantId: ws.merchantId, orderId: { startsWith: order } } })).toBe(2);
  expect(await prisma.postbackLog.count({ where: { merchantId: ws.merchantId, verdict: "accepted" } })).toBe(2);
});
