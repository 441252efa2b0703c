// Conversions (and their commissions) straight in the database for the
// ledger and export tests: varied creators, placements, methods, test and
// pixel rows, with timestamps that tie, so filters and keyset pages have
// something to get wrong.
import { prisma } from "@/lib/db/prisma";
import type { AttributionMethod, ConversionEvent, PostbackChannel } from "@/lib/generated/prisma/enums";
import { newId } from "@/lib/ids";
import type { TestWorkspace } from "./factory";

export interface LedgerRow {
  id: string;
  occurredAt: Date;
  who: 0 | 1 | null;
  placement: string | null;
  method: AttributionMethod;
  event: ConversionEvent;
  isTest: boolean;
  channel: PostbackChannel;
  amountMinor: number;
}

const PLACES = ["story", "reel", "bio"];

/** n conversions ending at `newest`, one every `stepMs`, every third sharing its neighbour's time. */
export async function addLedgerRows(ws: TestWorkspace, n: number, newest: Date, stepMs: number): Promise<LedgerRow[]> {
  const rows: LedgerRow[] = Array.from({ length: n }, (_, i) => {
    const method: AttributionMethod = i % 7 === 0 ? "none" : i % 3 === 0 ? "coupon" : "click";
    return {
      id: newId("cnv"),
      occurredAt: new Date(newest.getTime() - Math.floor(i - (i % 3 === 2 ? 1 : 0)) * stepMs),
      who: method === "none" ? null : ((i % 2) as 0 | 1),
      placement: method === "click" ? PLACES[i % 3] : null,
      method,
      event: i % 11 === 0 ? "refund" : "sale",
      isTest: i % 13 === 0,
      channel: i % 5 === 0 ? "pixel" : "post",
      amountMinor: 1_000 + ((i * 37) % 9_000),
    };
  });
  await prisma.conversion.createMany({
    data: rows.map((r) => ({
      id: r.id, workspaceId: ws.id, merchantId: ws.merchantId, orderId: `o-${r.id}`, event: r.event, amountMinor: r.amountMinor, currency: "USD", occurredAt: r.occurredAt,
      isTest: r.isTest, channel: r.channel, attributionMethod: r.method, attributionReason: r.method === "none" ? "no signals" : `credited by ${r.method}`,
      creatorId: r.who === null ? null : ws.creators[r.who].creatorId, campaignId: r.who === null ? null : ws.campaignId, placement: r.placement,
    })),
  });
  return rows;
}
