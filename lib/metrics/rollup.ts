// Rebuilds the "DailyStat" rollup the dashboards read, for one workspace and
// a range of UTC days, from the raw "Click" and "Conversion" rows. Delete and
// re-insert in one transaction, so a reader sees the old rows or the new ones,
// never a day half-built; recomputing (not incrementing) makes it idempotent.
import type { Pool, PoolClient } from "pg";

// Clicks and conversions are grouped separately (count(distinct) cannot be
// summed across days or dimensions) and then merged on the shared key.
// Conversions land on the day of the event, under the order's country; so do
// commission lines, including a refund's negative ones (reverse.ts), which
// land on the refund's day.
const ROLLUP = (range: string) => `
INSERT INTO "DailyStat" ("workspaceId", "day", "creatorId", "campaignId", "placement", "country",
  "clicks", "uniqueClicks", "botClicks", "conversions", "revenueMinor", "refundsMinor", "commissionMinor")
SELECT $1, day, creator_id, campaign_id, placement, country,
  sum(clicks)::int, sum(unique_clicks)::int, sum(bot_clicks)::int, sum(conversions)::int,
  sum(revenue)::bigint, sum(refunds)::bigint, sum(commission)::bigint
FROM (
  SELECT k."occurredAt"::date AS day, k."creatorId" AS creator_id, k."campaignId" AS campaign_id,
    k.placement, coalesce(k.country, '') AS country,
    count(*) FILTER (WHERE NOT k."isBot") AS clicks,
    count(DISTINCT k."ipHash") FILTER (WHERE NOT k."isBot") AS unique_clicks,
    count(*) FILTER (WHERE k."isBot") AS bot_clicks,
    0::bigint AS conversions, 0::bigint AS revenue, 0::bigint AS refunds, 0::bigint AS commission
  FROM "Click" k
  WHERE k."workspaceId" = $1 ${range.replaceAll("@", 'k."occurredAt"')}
  GROUP BY 1, 2, 3, 4, 5
  UNION ALL
  SELECT v."occurredAt"::date, coalesce(v."creatorId", ''), coalesce(v."campaignId", ''),
    coalesce(v.placement, ''), coalesce(v."orderCountry", ''),
    0, 0, 0,
    count(*) FILTER (WHERE v.event = 'sale'),
    coalesce(sum(v."amountMinor") FILTER (WHERE v.event = 'sale'), 0),
    coalesce(sum(v."amountMinor") FILTER (WHERE v.event = 'refund'), 0),
    coalesce(sum(m.amount), 0)
  FROM "Conversion" v
  -- one row per conversion however many lines it has (a capped sale's base and excess), so orders are not counted twice
  LEFT JOIN LATERAL (SELECT sum(c."amountMinor") AS amount FROM "Commission" c
                      WHERE c."conversionId" = v.id AND NOT c."isTest" AND c.status NOT IN ('rejected', 'reversed')) m ON true
  WHERE v."workspaceId" = $1 AND NOT v."isTest" AND v.event IN ('sale', 'refund') ${range.replaceAll("@", 'v."occurredAt"')}
  GROUP BY 1, 2, 3, 4, 5
) s
GROUP BY day, creator_id, campaign_id, placement, country`;

function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Recomputes DailyStat for `workspaceId` over the UTC days containing `from`
 * through `to` (whole days; both open-ended when omitted). With a PoolClient
 * the caller must not already be inside a transaction: this one commits.
 * Returns the number of rollup rows written.
 */
export async function refreshDailyStats(db: Pool | PoolClient, workspaceId: string, from?: Date, to?: Date): Promise<number> {
  const params: string[] = [workspaceId];
  let deleteRange = "";
  let sourceRange = "";
  if (from) {
    params.push(utcDay(from));
    deleteRange += ` AND day >= $${params.length}::date`;
    sourceRange += ` AND @ >= $${params.length}::date`;
  }
  if (to) {
    params.push(utcDay(to));
    deleteRange += ` AND day <= $${params.length}::date`;
    sourceRange += ` AND @ < $${params.length}::date + 1`;
  }

  const client = "release" in db ? db : await db.connect();
  try {
    await client.query("BEGIN");
    // one rebuild per workspace at a time: two would both delete, then collide on the primary key
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('rollup:' || $1::text))`, [workspaceId]);
    await client.query(`DELETE FROM "DailyStat" WHERE "workspaceId" = $1${deleteRange}`, params);
    const result = await client.query(ROLLUP(sourceRange), params);
    await client.query("COMMIT");
    return result.rowCount ?? 0;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw e;
  } finally {
    if (client !== db) client.release();
  }
}
