// Conversions for the analytics team: the ledger's filters over a date range
// (workspace calendar days), oldest first, read in keyset batches on
// (occurredAt, id), each row with the creator it credited and the UTMs of
// the click it was credited by.
import { conversionWhere, type ConversionFilters } from "@/lib/conversions/ledger";
import { prisma } from "@/lib/db/prisma";
import { keysetOrder, keysetWhere } from "@/lib/list/cursor";
import type { BatchSource } from "./stream";
import { UTM_KEYS, utmResolver } from "./utm";
import type { ExportRow } from "./formats";

export const CONVERSION_COLUMNS = [
  "id", "occurred_at", "received_at", "merchant_id", "order_id", "event", "amount_minor", "currency", "is_test", "reported_by",
  "attribution_method", "attribution_reason", "creator_id", "creator_name", "campaign_id", "placement", "click_id", "coupon_code",
  "order_country", "is_new_customer", "sale_id", ...UTM_KEYS,
] as const;

const SELECT = {
  id: true, occurredAt: true, receivedAt: true, merchantId: true, orderId: true, event: true, amountMinor: true, currency: true, isTest: true, channel: true,
  attributionMethod: true, attributionReason: true, creatorId: true, campaignId: true, placement: true, clickId: true, couponCode: true,
  orderCountry: true, isNewCustomer: true, saleId: true,
} as const;

type Row = ExportRow<(typeof CONVERSION_COLUMNS)[number]>;

export async function conversionExport(workspaceId: string, timeZone: string, filters: ConversionFilters): Promise<BatchSource<Row>> {
  const utm = await utmResolver(workspaceId);
  const where = conversionWhere(workspaceId, timeZone, filters);
  return {
    cursorOf: (r) => ({ at: new Date(String(r.occurred_at)), id: String(r.id) }),
    async fetch(after, size) {
      const page = { cursor: after, direction: "newer" as const };
      const rows = await prisma.conversion.findMany({ where: { AND: [where, keysetWhere("occurredAt", page)] }, orderBy: keysetOrder("occurredAt", page), take: size, select: SELECT });
      return rows.map((c) => ({
        id: c.id, occurred_at: c.occurredAt.toISOString(), received_at: c.receivedAt.toISOString(), merchant_id: c.merchantId, order_id: c.orderId, event: c.event,
        amount_minor: c.amountMinor, currency: c.currency, is_test: c.isTest, reported_by: c.channel, attribution_method: c.attributionMethod,
        attribution_reason: c.attributionReason, creator_id: c.creatorId, creator_name: c.creatorId ? (utm.names.get(c.creatorId) ?? null) : null,
        campaign_id: c.campaignId, placement: c.placement, click_id: c.clickId, coupon_code: c.couponCode, order_country: c.orderCountry,
        is_new_customer: c.isNewCustomer, sale_id: c.saleId,
        // placement is set only when a click credited the order (a refund inherits its sale's): only then did a redirect add UTMs
        ...utm(c.creatorId, c.campaignId, c.placement),
      }));
    },
  };
}
