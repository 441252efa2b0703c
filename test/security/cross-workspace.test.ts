// A click id or a coupon code belongs to one workspace: a merchant of another
// workspace quoting it in a signed postback credits nobody. Real HTTP to the
// fast postback door, two workspaces in one database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { startDoor, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { addMerchantKeys, placeClick, signedPost, type MerchantKeys } from "../support/postback";

let x: TestWorkspace;
let y: TestWorkspace;
let keysX: MerchantKeys;
let server: RunningDoor;
let n = 0;

beforeAll(async () => {
  [x, y] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  keysX = await addMerchantKeys(x.id, x.merchantId);
  server = await startDoor("fast");
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await Promise.all([deleteTestWorkspace(x), deleteTestWorkspace(y)]);
});

/** A sale reported by workspace X's merchant, carrying what the caller passes. */
async function saleInX(signal: Record<string, string>) {
  const res = await signedPost(server.url, x.merchantId, keysX.current, { event: "sale", order_id: `xws-${x.tag}-${++n}`, amount: 5_000, currency: "USD", ...signal });
  expect(res.status).toBe(201);
  return res.json() as Promise<{ id: string; attribution: { method: string; creatorId: string | null; reason: string }; commissions: unknown[] }>;
}

describe("attribution never crosses workspaces", () => {
  it("a click id of workspace Y in workspace X's postback: attribution none, no commission", async () => {
    const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: y.creators[0].linkCode } });
    const click = await placeClick(y, { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId }, new Date(Date.now() - 60_000));
    const answer = await saleInX({ click_id: click });
    expect(answer.attribution).toMatchObject({ method: "none", creatorId: null });
    expect(answer.commissions).toEqual([]);
    expect(await prisma.commission.count({ where: { creatorId: y.creators[0].creatorId } })).toBe(0);
    expect(await prisma.conversion.count({ where: { workspaceId: y.id } })).toBe(0);
  });

  it("a coupon code of workspace Y in workspace X's postback: attribution none, no commission", async () => {
    const answer = await saleInX({ coupon: y.creators[1].couponCode.toLowerCase() });
    expect(answer.attribution).toMatchObject({ method: "none", creatorId: null });
    expect(answer.commissions).toEqual([]);
    expect(await prisma.commission.count({ where: { creatorId: y.creators[1].creatorId } })).toBe(0);
  });

  it("the same order with X's own coupon is credited (the lookups work, they are only scoped)", async () => {
    const answer = await saleInX({ coupon: x.creators[0].couponCode });
    expect(answer.attribution).toMatchObject({ method: "coupon", creatorId: x.creators[0].creatorId });
    expect(answer.commissions).toHaveLength(1);
  });
});
