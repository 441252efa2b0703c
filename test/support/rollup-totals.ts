// Synthetic report totals for a test workspace: rows added to the analytics
// rollup (every cube and grain, through the pass's own delta upsert) without
// raw clicks or sales, so the money and payout tests see no extra rows while
// pages and the portal show distinct numbers per creator.
import { applyDelta } from "@/lib/analytics/rollup/apply-delta";
import { pool } from "@/lib/db/pool";

export interface RollupTotals {
  day: string;
  creatorId: string;
  campaignId: string;
  clicks: number;
  uniqueClicks: number;
  conversions: number;
  revenueMinor: number;
  commissionMinor: number;
}

export async function writeRollupTotals(workspaceId: string, t: RollupTotals): Promise<void> {
  const c = await pool.connect();
  try {
    const dims = `$2::date AS day, $3::text AS creator, $4::text AS campaign, 'story' AS placement, 'US' AS country, 'mobile' AS device`;
    await applyDelta(c, "clicks", `SELECT ${dims}, $5::int AS clicks, 0 AS invalid_clicks, $6::int AS unique_clicks`, [workspaceId, t.day, t.creatorId, t.campaignId, t.clicks, t.uniqueClicks]);
    await applyDelta(
      c,
      "orders",
      `SELECT ${dims}, $5::int AS conversions, $5::int AS click_conversions, 0 AS unattributed_orders, $6::bigint AS gross_minor, 0 AS refunds_minor, $7::bigint AS commission_minor,
              0 AS known_customer_sales, 0 AS new_customers, 0 AS repeat30, 0 AS repeat90, 0 AS ltv90_minor, 0 AS ltv180_minor`,
      [workspaceId, t.day, t.creatorId, t.campaignId, t.conversions, t.revenueMinor, t.commissionMinor],
    );
  } finally {
    c.release();
  }
}
