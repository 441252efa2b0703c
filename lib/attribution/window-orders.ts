// The orders the window advisor weighs: live sales in a period whose click id
// points at a valid click on the campaign's links, credited or not (an order
// past the window is stored with method none and its click id kept), with
// the delay from click to order, the sale net of its refunds and the
// commission it earned net of reversals. One statement over Conversion ⨝ Click.
import { pool } from "@/lib/db/pool";
import { invalidClickSql } from "@/lib/tracking/invalid-clicks";
import type { WindowOrder } from "./window-advice";

// Refunds and cancels point at their sale (saleId); their negative commission
// lines hang off the refund row, whole reversals flip the sale's lines to
// reversed. Every join matches workspaceId. Columns are UTC timestamps
// without a zone, so bounds arrive as ISO instants and are read in UTC.
const ORDERS_SQL = `
  SELECT k."creatorId", cr.name AS "creatorName", v.currency,
         (extract(epoch FROM v."occurredAt" - k."occurredAt") * 1000)::float8 AS "delayMs",
         greatest(0, v."amountMinor" - coalesce(r.refunded, 0))::float8 AS "netMinor",
         coalesce((SELECT sum(m."amountMinor") FROM "Commission" m
                    WHERE m."workspaceId" = v."workspaceId" AND m.status NOT IN ('rejected', 'reversed')
                      AND (m."conversionId" = v.id OR m."conversionId" = ANY(r.ids))), 0)::float8 AS "commissionMinor"
    FROM "Conversion" v
    JOIN "Click" k ON k.id = v."clickId" AND k."workspaceId" = v."workspaceId"
    JOIN "Creator" cr ON cr.id = k."creatorId" AND cr."workspaceId" = k."workspaceId"
    LEFT JOIN LATERAL (
      SELECT sum(x."amountMinor") AS refunded, array_agg(x.id) AS ids FROM "Conversion" x
       WHERE x."workspaceId" = v."workspaceId" AND x."saleId" = v.id AND x.event IN ('refund', 'cancel') AND NOT x."isTest") r ON true
   WHERE v."workspaceId" = $1 AND k."campaignId" = $2 AND v.event = 'sale' AND NOT v."isTest"
     AND v."occurredAt" >= ($3::timestamptz AT TIME ZONE 'UTC') AND v."occurredAt" < ($4::timestamptz AT TIME ZONE 'UTC')
     AND k."occurredAt" <= v."occurredAt" AND NOT ${invalidClickSql("k")}`;

export async function loadWindowOrders(workspaceId: string, campaignId: string, range: { from: Date; to: Date }): Promise<WindowOrder[]> {
  const { rows } = await pool.query<WindowOrder>(ORDERS_SQL, [workspaceId, campaignId, range.from.toISOString(), range.to.toISOString()]);
  return rows;
}
