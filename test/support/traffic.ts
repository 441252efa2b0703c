// Raw traffic for report tests: valid clicks on a creator's link and sales
// credited by click, written straight into Click and Conversion with the
// accepted postback log line a live sale leaves, then one analytics pass, so
// the reports (which read the rollup) show it at once.
import { randomBytes } from "node:crypto";
import { runAnalyticsPass } from "@/lib/analytics/rollup/pass";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import type { TestWorkspace } from "./factory";

export interface TrafficBatch {
  at: Date;
  clicks: number;
  /** Sale amounts in minor units; each is credited to one of the batch's clicks. */
  sales?: number[];
  placement?: string;
  device?: "mobile" | "tablet" | "desktop" | "other";
  country?: string;
}

/** Drops the factory's synthetic totals (rollup rows without raw rows), so reports show only what the test writes. */
export async function onlyRawTraffic(ws: TestWorkspace): Promise<void> {
  for (const table of ["ClickRollup", "ClickRollupWeekly", "ClickRollupJournal", "OrderRollup", "OrderRollupWeekly"]) await pool.query(`DELETE FROM "${table}" WHERE "workspaceId" = $1`, [ws.id]);
}

const token = () => randomBytes(9).toString("base64url");

/** Adds a batch for creator `who`; every click has its own visitor, so none is a repeat (all valid). */
export async function addTraffic(ws: TestWorkspace, who: 0 | 1, batch: TrafficBatch): Promise<void> {
  const creator = ws.creators[who];
  const link = await prisma.trackingLink.findFirstOrThrow({ where: { workspaceId: ws.id, code: creator.linkCode }, select: { id: true } });
  const sales = batch.sales ?? [];
  if (sales.length > batch.clicks) throw new Error("each sale needs a click");
  const placement = batch.placement ?? "story";
  const clicks = Array.from({ length: batch.clicks }, (_, i) => ({
    id: `clk_${token()}`, workspaceId: ws.id, linkId: link.id, creatorId: creator.creatorId, campaignId: ws.campaignId, placement,
    occurredAt: new Date(batch.at.getTime() - (i + 1) * 1000), country: batch.country ?? "US", device: batch.device ?? "mobile", isBot: false, ipHash: token(),
  }));
  await prisma.click.createMany({ data: clicks });
  const conversions = sales.map((amountMinor, i) => ({
      id: newId("cnv"), workspaceId: ws.id, merchantId: ws.merchantId, orderId: `ord_${token()}`, event: "sale" as const, amountMinor, currency: "USD",
      clickId: clicks[i].id, customerHash: `cus_${token()}`, occurredAt: batch.at, attributionMethod: "click" as const,
      attributionReason: "clicked your link before the order", creatorId: creator.creatorId, campaignId: ws.campaignId, linkId: link.id, placement,
  }));
  await prisma.conversion.createMany({ data: conversions });
  // the pass finds the days orders touched through accepted postback log lines
  await prisma.postbackLog.createMany({
    data: conversions.map((c) => ({ id: `pbl_${token()}`, workspaceId: ws.id, merchantId: ws.merchantId, channel: "post" as const, httpStatus: 200, verdict: "accepted" as const, reason: "test traffic", conversionId: c.id })),
  });
  await runAnalyticsPass(pool);
}

/** This moment `days` days ago: on the UTC day `days` before today (test workspaces keep days in UTC). */
export const daysAgo = (days: number): Date => new Date(Date.now() - days * 86_400_000);
