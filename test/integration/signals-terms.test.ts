// The attribution signals read each click/coupon with its campaign's terms in
// force at the order's time, and a batch of lookups stays one query
// (docs/PERFORMANCE.md: the postback path's one round trip per batch).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { findClick, findCoupon } from "@/lib/attribution/signals";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

const HOUR = 3_600_000;
let ws: TestWorkspace;
let clickId: string;
const now = Date.now();
const v2From = new Date(now - 10 * HOUR);
const v3From = new Date(now + 10 * HOUR);

beforeAll(async () => {
  ws = await createTestWorkspace();
  const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[0].linkCode } });
  clickId = await placeClick(ws, { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId }, new Date(now - 20 * HOUR));
});
afterAll(() => deleteTestWorkspace(ws));

describe("signals with the terms in force", () => {
  it("falls back to the campaign's own columns while it has no versions", async () => {
    expect((await findClick(ws.id, clickId, new Date()))?.campaign).toMatchObject({ id: ws.campaignId, commissionType: "percent", commissionBps: 1000 });
  });

  it("picks the version in force at each order's time, all lookups of a batch in one query", async () => {
    const base = { workspaceId: ws.id, campaignId: ws.campaignId, attributionWindowDays: 14, priority: "click" as const, holdingDays: 30 };
    await prisma.campaignTerms.createMany({
      data: [
        { ...base, version: 1, effectiveFrom: new Date(0), commissionType: "percent", commissionBps: 1000 },
        { ...base, version: 2, effectiveFrom: v2From, commissionType: "flat", commissionFlatMinor: 500, priority: "coupon" },
        { ...base, version: 3, effectiveFrom: v3From, commissionType: "percent", commissionBps: 3000, attributionWindowDays: 30 },
      ],
    });
    const query = vi.spyOn(pool, "query");
    const [before, during, after, coupon] = await Promise.all([
      findClick(ws.id, clickId, new Date(v2From.getTime() - 1)),
      findClick(ws.id, clickId, v2From),
      findClick(ws.id, clickId, new Date(v3From.getTime() + 1)),
      findCoupon(ws.id, ws.creators[0].couponCode.toLowerCase(), new Date(now)),
    ]);
    // one query for the three clicks, one for the coupon
    expect(query).toHaveBeenCalledTimes(2);
    query.mockRestore();
    expect(before?.campaign).toMatchObject({ id: ws.campaignId, commissionType: "percent", commissionBps: 1000, priority: "click" });
    expect(during?.campaign).toMatchObject({ id: ws.campaignId, commissionType: "flat", commissionFlatMinor: 500, commissionBps: null, priority: "coupon" });
    expect(after?.campaign).toMatchObject({ commissionType: "percent", commissionBps: 3000, attributionWindowDays: 30 });
    expect(coupon?.campaign).toMatchObject({ commissionType: "flat", commissionFlatMinor: 500 });
  });

  it("reads the creator's contract version binding the order and their status in the same query", async () => {
    const creatorId = ws.creators[0].creatorId;
    const v = { workspaceId: ws.id, creatorId, paymentTerms: "monthly", allowedContent: "any" };
    await prisma.creatorContract.createMany({
      data: [
        { ...v, id: newId("ctr"), version: 1, effectiveFrom: new Date(now - 30 * HOUR), acceptedAt: new Date(now - 30 * HOUR), commissionType: "percent", commissionBps: 1500 },
        // accepted after the later order: binds neither
        { ...v, id: newId("ctr"), version: 2, effectiveFrom: new Date(now - 5 * HOUR), acceptedAt: new Date(now + HOUR), attributionWindowDays: 45 },
      ],
    });
    const query = vi.spyOn(pool, "query");
    const [early, late, coupon] = await Promise.all([
      findClick(ws.id, clickId, new Date(now - 40 * HOUR)),
      findClick(ws.id, clickId, new Date(now)),
      findCoupon(ws.id, ws.creators[0].couponCode, new Date(now)),
    ]);
    expect(query).toHaveBeenCalledTimes(2);
    query.mockRestore();
    expect(early?.contract).toBeNull();
    expect(late).toMatchObject({ creatorArchived: false, contract: { version: 1, commissionType: "percent", commissionBps: 1500, attributionWindowDays: null } });
    expect(coupon?.contract?.version).toBe(1);
  });
});
