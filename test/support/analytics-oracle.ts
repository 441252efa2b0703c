// The KPIs recomputed from the raw tables with the plain SQL of
// docs/METRICS.md, written apart from lib/analytics (no shared SQL): rows are
// picked by comparing their local day, not by UTC bounds; customers through
// DISTINCT ON (first visits, first orders); commissions in their own query. What the property test trusts.
import { pool } from "@/lib/db/pool";
import type { Kpis, Ratio, ReportFilters } from "@/lib/analytics/types";

const r = (num: number, den: number): Ratio => (den === 0 ? null : { num, den });
const local = (col: string) => `((${col}) AT TIME ZONE 'UTC' AT TIME ZONE $2)::date`;

// $1 workspace, $2 zone, $3 from, $4 to, $5 creator, $6 campaign, $7 placement, $8 country, $9 device (null = any)
const MATCH = (cr: string, cm: string, pl: string, co: string, dv: string) =>
  `($5::text IS NULL OR ${cr} = $5) AND ($6::text IS NULL OR ${cm} = $6) AND ($7::text IS NULL OR ${pl} = $7) AND ($8::text IS NULL OR ${co} = $8) AND ($9::text IS NULL OR ${dv} = $9)`;

const CLICKS = `
WITH firsts AS (
  SELECT DISTINCT ON ("ipHash", "linkId") id FROM "Click" WHERE "workspaceId" = $1 AND NOT "isBot" ORDER BY "ipHash", "linkId", "occurredAt", id),
k AS (
  SELECT k.*,
         k."isBot" OR EXISTS (SELECT 1 FROM "Click" p WHERE p."workspaceId" = k."workspaceId" AND p."linkId" = k."linkId" AND p."ipHash" = k."ipHash"
                               AND p."occurredAt" BETWEEN k."occurredAt" - interval '60 seconds' AND k."occurredAt"
                               AND (p."occurredAt" < k."occurredAt" OR p.id < k.id)) AS bad,
         k.id IN (SELECT id FROM firsts) AS first_visit
    FROM "Click" k
   WHERE k."workspaceId" = $1 AND ${local('k."occurredAt"')} BETWEEN $3::date AND $4::date
     AND ${MATCH('k."creatorId"', 'k."campaignId"', "k.placement", "coalesce(k.country, '')", "k.device::text")})
SELECT count(*) FILTER (WHERE NOT bad)::int AS clicks, count(*) FILTER (WHERE bad)::int AS invalid, count(*) FILTER (WHERE first_visit)::int AS uniq,
       count(*) FILTER (WHERE NOT bad AND EXISTS (SELECT 1 FROM "ContentPost" p WHERE p."workspaceId" = $1 AND ${local('p."postedAt"')} BETWEEN $3::date AND $4::date
                          AND p."creatorId" = k."creatorId" AND p."campaignId" = k."campaignId" AND p.placement = k.placement))::int AS ctr_clicks
  FROM k`;

const IMPRESSIONS = `
SELECT coalesce(sum(p.impressions), 0)::float8 AS impressions FROM "ContentPost" p
 WHERE p."workspaceId" = $1 AND ${local('p."postedAt"')} BETWEEN $3::date AND $4::date AND $8::text IS NULL AND $9::text IS NULL
   AND ${MATCH('p."creatorId"', 'p."campaignId"', "p.placement", "''", "''")}`;

// fixed costs are dated by calendar day and have no placement, country or device
const COSTS = `
SELECT coalesce(sum("amountMinor"), 0)::float8 AS fixed FROM "CreatorCost"
 WHERE "workspaceId" = $1 AND $2::text IS NOT NULL AND "incurredOn" BETWEEN $3::date AND $4::date
   AND ($5::text IS NULL OR "creatorId" = $5) AND ($6::text IS NULL OR "campaignId" = $6)
   AND $7::text IS NULL AND $8::text IS NULL AND $9::text IS NULL`;

const EVENTS = `
  SELECT c.*, s."creatorId" AS cr, s."attributionMethod" AS method
    FROM "Conversion" c
    JOIN "Conversion" s ON s."workspaceId" = c."workspaceId" AND s.id = coalesce(c."saleId", c.id) AND s.event = 'sale'
    LEFT JOIN "Click" k ON k."workspaceId" = s."workspaceId" AND k.id = s."clickId" AND s."attributionMethod" = 'click'
   WHERE c."workspaceId" = $1 AND NOT c."isTest" AND ${local('c."occurredAt"')} BETWEEN $3::date AND $4::date
     AND ${MATCH("coalesce(s.\"creatorId\", '')", "coalesce(s.\"campaignId\", '')", "coalesce(s.placement, '')", "coalesce(s.\"orderCountry\", k.country, '')", "coalesce(k.device::text, '')")}`;

const ORDERS = `
WITH e AS (${EVENTS})
SELECT count(*) FILTER (WHERE event = 'sale' AND cr IS NOT NULL)::int AS conversions,
       count(*) FILTER (WHERE event = 'sale' AND cr IS NOT NULL AND method = 'click')::int AS click_conversions,
       count(*) FILTER (WHERE event = 'sale' AND cr IS NULL)::int AS unattributed,
       count(*) FILTER (WHERE event = 'sale' AND cr IS NOT NULL AND "customerHash" IS NOT NULL)::int AS known,
       coalesce(sum("amountMinor") FILTER (WHERE event = 'sale' AND cr IS NOT NULL), 0)::float8 AS gross,
       coalesce(sum("amountMinor") FILTER (WHERE event <> 'sale' AND cr IS NOT NULL), 0)::float8 AS refunds,
       (SELECT coalesce(sum(m."amountMinor"), 0) FROM "Commission" m WHERE m."conversionId" IN (SELECT id FROM e) AND NOT m."isTest"
          AND m.status NOT IN ('rejected', 'reversed'))::float8 AS commission
  FROM e`;

const CUSTOMERS = `
WITH firsts AS (
  SELECT DISTINCT ON (c."customerHash") c.* FROM "Conversion" c
   WHERE c."workspaceId" = $1 AND c.event = 'sale' AND NOT c."isTest" AND c."customerHash" IS NOT NULL
   ORDER BY c."customerHash", c."occurredAt", c.id),
brought AS (
  SELECT f.* FROM firsts f LEFT JOIN "Click" k ON k."workspaceId" = f."workspaceId" AND k.id = f."clickId" AND f."attributionMethod" = 'click'
   WHERE f."creatorId" IS NOT NULL AND ${local('f."occurredAt"')} BETWEEN $3::date AND $4::date
     AND ${MATCH('f."creatorId"', 'f."campaignId"', "coalesce(f.placement, '')", "coalesce(f.\"orderCountry\", k.country, '')", "coalesce(k.device::text, '')")}),
later AS (
  SELECT b.id AS first_id, o."occurredAt" - b."occurredAt" AS after, o.id = b.id AS itself, o."amountMinor"
    FROM brought b JOIN "Conversion" o ON o."workspaceId" = b."workspaceId" AND o."customerHash" = b."customerHash" AND o.event = 'sale' AND NOT o."isTest"
                                       AND (o."occurredAt", o.id) >= (b."occurredAt", b.id))
SELECT (SELECT count(*) FROM brought)::int AS new_customers,
       count(DISTINCT first_id) FILTER (WHERE NOT itself AND after <= interval '30 days')::int AS repeat30,
       count(DISTINCT first_id) FILTER (WHERE NOT itself AND after <= interval '90 days')::int AS repeat90,
       coalesce(sum("amountMinor") FILTER (WHERE after < interval '90 days'), 0)::float8 AS ltv90,
       coalesce(sum("amountMinor") FILTER (WHERE after < interval '180 days'), 0)::float8 AS ltv180
  FROM later`;

/** The KPIs of docs/METRICS.md over the raw tables, for days [from, to] in the zone. */
export async function oracleKpis(workspaceId: string, timeZone: string, range: { from: string; to: string }, f: Partial<ReportFilters>): Promise<Kpis> {
  const params = [workspaceId, timeZone, range.from, range.to, f.creatorId ?? null, f.campaignId ?? null, f.placement ?? null, f.country ?? null, f.device ?? null];
  const [[c], [i], [o], [u], [x]] = await Promise.all([CLICKS, IMPRESSIONS, ORDERS, CUSTOMERS, COSTS].map(async (sql) => (await pool.query(sql, params)).rows));
  const net = o.gross - o.refunds;
  const cost = o.commission + x.fixed;
  return {
    clicks: c.clicks,
    invalidClicks: c.invalid,
    uniqueClicks: c.uniq,
    impressions: i.impressions,
    ctr: r(c.ctr_clicks, i.impressions),
    conversions: o.conversions,
    unattributedOrders: o.unattributed,
    conversionRate: r(o.click_conversions, c.clicks),
    grossRevenueMinor: o.gross,
    refundsMinor: o.refunds,
    netRevenueMinor: net,
    aovMinor: r(o.gross, o.conversions),
    commissionMinor: o.commission,
    fixedCostMinor: x.fixed,
    costMinor: cost,
    cpaMinor: r(cost, o.conversions),
    roas: r(net, cost),
    epcMinor: r(o.commission, c.clicks),
    newCustomers: u.new_customers,
    newCustomerShare: r(u.new_customers, o.known),
    repeat30: r(u.repeat30, u.new_customers),
    repeat90: r(u.repeat90, u.new_customers),
    ltv90Minor: r(u.ltv90, u.new_customers),
    ltv180Minor: r(u.ltv180, u.new_customers),
  };
}
