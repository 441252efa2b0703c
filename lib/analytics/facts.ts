// One row per raw event with the day it belongs to (in the workspace's time
// zone), the dimensions reports filter and group by, and 0/1 or minor-unit
// measures that sum to the KPIs. Reads (query.ts) and the rollup builder
// (lib/analytics/rollup/*) aggregate these same rows, so a figure read from
// the rollup is by construction the figure over the raw tables.
// docs/METRICS.md defines each measure in words.
//
// Placeholders: $1 workspace id, $2 time zone, $3 / $4 the UTC bounds
// [from, to) on the event's time (timestamp without time zone, as stored).
import { invalidClickSql } from "@/lib/tracking/invalid-clicks";

export const dayIn = (col: string) => `((${col}) AT TIME ZONE 'UTC' AT TIME ZONE $2)::date`;

/** Measures every fact row carries (0 where it does not apply), in the rollup's column order. */
export const CLICK_MEASURES = ["clicks", "invalid_clicks", "unique_clicks"] as const;
export const CONVERSION_MEASURES = [
  "conversions",
  "click_conversions",
  "unattributed_orders",
  "gross_minor",
  "refunds_minor",
  "commission_minor",
  "known_customer_sales",
  "new_customers",
  "repeat30",
  "repeat90",
  "ltv90_minor",
  "ltv180_minor",
] as const;

// A unique click is a visitor's first non-bot click on a link: the IP hash is
// salted per UTC day, so "visitor" means "IP on that UTC day" (METRICS.md).
const FIRST_VISIT = (k: string, priorIn: string) => `(NOT "${k}"."isBot" AND NOT EXISTS (SELECT 1 FROM "Click" prior
      WHERE prior."ipHash" = "${k}"."ipHash" AND prior."linkId" = "${k}"."linkId" AND NOT prior."isBot" AND ${priorIn}
        AND (prior."occurredAt", prior.id) < ("${k}"."occurredAt", "${k}".id)))`;

/** FIRST_VISIT over an ordered window of one visitor's clicks on one link (see invalidClickInWindowSql, and its `among`). */
export const firstVisitInWindow = (k: string, window: string, among?: string) =>
  `(NOT "${k}"."isBot" AND NOT coalesce(bool_or(NOT "${k}"."isBot")${among ? ` FILTER (WHERE ${among})` : ""} OVER ${window}, false))`;

/**
 * Click facts for `where` (a condition on "k" that names the workspace, $1).
 * `priorIn` limits the earlier clicks (alias "prior") a click is judged
 * against: the rollup pass judges clicks as of a high-water mark on "seq".
 */
export const clickFacts = (where: string, priorIn = "true") => `
  SELECT ${dayIn('k."occurredAt"')} AS day, k."creatorId" AS creator, k."campaignId" AS campaign, k.placement,
         coalesce(k.country, '') AS country, k.device::text AS device,
         1 - f.invalid AS clicks, f.invalid AS invalid_clicks, CASE WHEN ${FIRST_VISIT("k", priorIn)} THEN 1 ELSE 0 END AS unique_clicks
    FROM "Click" k CROSS JOIN LATERAL (SELECT CASE WHEN ${invalidClickSql("k", priorIn)} THEN 1 ELSE 0 END AS invalid) f
   WHERE ${where}`;

// A conversion row takes its dimensions from the sale it belongs to (itself,
// or the sale a refund reverses); refunds and cancels count on their own day.
// A customer is "brought" by a creator when their first live sale in the
// workspace credited that creator; their later sales count in LTV and repeat
// purchase whether or not they credited anyone.
/** Conversion facts for `where` (a condition on "c"). */
export const conversionFacts = (where: string) => `
  SELECT ${dayIn('c."occurredAt"')} AS day, coalesce(s."creatorId", '') AS creator, coalesce(s."campaignId", '') AS campaign,
         coalesce(s.placement, '') AS placement, coalesce(s."orderCountry", k.country, '') AS country, coalesce(k.device::text, '') AS device,
         CASE WHEN sale AND credited THEN 1 ELSE 0 END AS conversions,
         CASE WHEN sale AND credited AND s."attributionMethod" = 'click' THEN 1 ELSE 0 END AS click_conversions,
         CASE WHEN sale AND NOT credited THEN 1 ELSE 0 END AS unattributed_orders,
         CASE WHEN sale AND credited THEN c."amountMinor" ELSE 0 END AS gross_minor,
         CASE WHEN NOT sale AND credited THEN c."amountMinor" ELSE 0 END AS refunds_minor,
         coalesce(m.amount, 0) AS commission_minor,
         CASE WHEN sale AND credited AND c."customerHash" IS NOT NULL THEN 1 ELSE 0 END AS known_customer_sales,
         coalesce(n.new_customers, 0) AS new_customers, coalesce(n.repeat30, 0) AS repeat30, coalesce(n.repeat90, 0) AS repeat90,
         coalesce(n.ltv90, 0) AS ltv90_minor, coalesce(n.ltv180, 0) AS ltv180_minor
    FROM "Conversion" c
    JOIN "Conversion" s ON s."workspaceId" = c."workspaceId" AND s.id = CASE WHEN c.event = 'sale' THEN c.id ELSE c."saleId" END
    CROSS JOIN LATERAL (SELECT c.event = 'sale' AS sale, s."creatorId" IS NOT NULL AS credited) e
    LEFT JOIN "Click" k ON k.id = s."clickId" AND k."workspaceId" = s."workspaceId" AND s."attributionMethod" = 'click'
    LEFT JOIN LATERAL (SELECT sum(x."amountMinor") AS amount FROM "Commission" x
                        WHERE x."conversionId" = c.id AND x."workspaceId" = c."workspaceId" AND NOT x."isTest" AND x.status NOT IN ('rejected', 'reversed')) m ON true
    LEFT JOIN LATERAL (
      SELECT 1 AS new_customers,
             max(CASE WHEN o.id <> c.id AND o."occurredAt" <= c."occurredAt" + interval '30 days' THEN 1 ELSE 0 END) AS repeat30,
             max(CASE WHEN o.id <> c.id AND o."occurredAt" <= c."occurredAt" + interval '90 days' THEN 1 ELSE 0 END) AS repeat90,
             coalesce(sum(o."amountMinor") FILTER (WHERE o."occurredAt" < c."occurredAt" + interval '90 days'), 0) AS ltv90,
             coalesce(sum(o."amountMinor") FILTER (WHERE o."occurredAt" < c."occurredAt" + interval '180 days'), 0) AS ltv180
        FROM "Conversion" o
       WHERE o."workspaceId" = c."workspaceId" AND o."customerHash" = c."customerHash" AND o.event = 'sale' AND NOT o."isTest"
         AND (o."occurredAt", o.id) >= (c."occurredAt", c.id)
      HAVING NOT EXISTS (SELECT 1 FROM "Conversion" p
                          WHERE p."workspaceId" = c."workspaceId" AND p."customerHash" = c."customerHash" AND p.event = 'sale' AND NOT p."isTest"
                            AND (p."occurredAt", p.id) < (c."occurredAt", c.id))
    ) n ON sale AND credited AND c."customerHash" IS NOT NULL
   WHERE c."workspaceId" = $1 AND NOT c."isTest" AND ${where}`;

/** Content posts (impressions for CTR): creator, campaign and placement, on the day posted. */
export const postFacts = (where: string) => `
  SELECT ${dayIn('p."postedAt"')} AS day, p."creatorId" AS creator, p."campaignId" AS campaign, p.placement, '' AS country, '' AS device, p.impressions
    FROM "ContentPost" p
   WHERE p."workspaceId" = $1 AND ${where}`;
