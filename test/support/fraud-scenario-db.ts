// Writes a generated fraud scenario (bench/fraud-scenario.ts) into a test
// workspace: its creators, clicks, sales with a pending commission each, and
// refunds, with ids prefixed by the workspace's tag so runs never collide.
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { customerHashOf } from "@/lib/fraud/customer-hash";
import type { Scenario } from "../../bench/fraud-scenario";
import type { TestWorkspace } from "./factory";

const BATCH = 5000;

export function prefixed(ws: TestWorkspace, s: Scenario): Scenario {
  const p = (id: string) => `${ws.tag}${id}`;
  return {
    ...s,
    creators: s.creators.map((c) => ({ ...c, id: p(c.id), email: `${ws.tag}.${c.email}` })),
    clicks: s.clicks.map((c) => ({ ...c, id: p(c.id), creatorId: p(c.creatorId), linkId: p(c.linkId) })),
    sales: s.sales.map((v) => ({ ...v, id: p(v.id), orderId: p(v.orderId), creatorId: v.creatorId && p(v.creatorId), clickId: v.clickId && p(v.clickId), customerRef: v.customerRef && v.customerRef.replace(/creator\d+\./i, (m) => `${ws.tag}.${m}`) })),
    planted: s.planted.map((x) => ({ ...x, creatorId: p(x.creatorId) })),
    hardCases: s.hardCases.map((x) => ({ ...x, creatorId: p(x.creatorId) })),
  };
}

export async function insertScenario(ws: TestWorkspace, s: Scenario): Promise<void> {
  await prisma.creator.createMany({ data: s.creators.map((c) => ({ id: c.id, workspaceId: ws.id, name: c.id, email: c.email, audienceCountry: c.audienceCountry })) });
  for (let i = 0; i < s.clicks.length; i += BATCH) {
    const b = s.clicks.slice(i, i + BATCH);
    await pool.query({
      text: `INSERT INTO "Click" (id, "workspaceId", "linkId", "creatorId", "campaignId", placement, "occurredAt", country, device, "isBot", "ipHash")
             SELECT id, $1, link, creator, $2, 'story', at AT TIME ZONE 'UTC', country, device::"DeviceClass", bot, ip
               FROM unnest($3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::bool[], $10::text[]) AS t(id, link, creator, at, country, device, bot, ip)`,
      values: [ws.id, ws.campaignId, b.map((c) => c.id), b.map((c) => c.linkId), b.map((c) => c.creatorId), b.map((c) => new Date(c.at).toISOString()), b.map((c) => c.country), b.map((c) => c.device), b.map((c) => c.isBot), b.map((c) => c.ipHash)],
    });
  }
  const base = { workspaceId: ws.id, merchantId: ws.merchantId, currency: "USD", campaignId: ws.campaignId, attributionReason: "scenario" };
  await prisma.conversion.createMany({
    data: s.sales.map((v) => ({ ...base, id: v.id, orderId: v.orderId, event: "sale" as const, amountMinor: v.amountMinor, clickId: v.clickId, orderCountry: v.orderCountry, occurredAt: new Date(v.at), attributionMethod: v.method, creatorId: v.creatorId, isNewCustomer: v.isNewCustomer, customerHash: v.customerRef ? customerHashOf(ws.id, v.customerRef) : null })),
  });
  const refunded = s.sales.filter((v) => v.refundAt !== null);
  await prisma.conversion.createMany({
    data: refunded.map((v) => ({ ...base, id: `${v.id}r`, orderId: v.orderId, event: "refund" as const, amountMinor: v.amountMinor, occurredAt: new Date(v.refundAt ?? v.at), attributionMethod: v.method, creatorId: v.creatorId, saleId: v.id })),
  });
  await prisma.commission.createMany({
    data: s.sales.filter((v) => v.creatorId).map((v) => ({ id: `${v.id}c`, workspaceId: ws.id, conversionId: v.id, creatorId: v.creatorId as string, campaignId: ws.campaignId, amountMinor: Math.round(v.amountMinor / 10), currency: "USD", status: "pending" as const, holdUntil: new Date(v.at + 30 * 86_400_000) })),
  });
}

export async function deleteFraudRows(workspaceId: string): Promise<void> {
  await prisma.reviewHold.deleteMany({ where: { workspaceId } });
  await prisma.reviewItem.deleteMany({ where: { workspaceId } });
  await prisma.fraudDay.deleteMany({ where: { workspaceId } });
  await prisma.fraudRun.deleteMany({ where: { workspaceId } });
  await prisma.fraudSettings.deleteMany({ where: { workspaceId } });
  await prisma.auditLog.deleteMany({ where: { workspaceId } });
}
