// The fraud facts from the database: one statement writes a judged day's
// FraudDay rows (reading that day's clicks once, on the (workspaceId,
// occurredAt) index, and that day's sales), and the readers load what the
// signals need: the creators' last 65 days of FraudDay rows, refunds over the
// trailing window, self-purchases. The same counts as events.ts.
import type { Queryable } from "@/lib/db/sql";
import { invalidClickSql } from "@/lib/tracking/invalid-clicks";
import { CREATOR_EMAIL_HASH_SQL } from "./customer-hash";
import { EMPTY_DAY, FACT_FIELDS, type CreatorHistory, type DayFacts, type RefundFacts, type SelfPurchase } from "./facts";
import type { Thresholds } from "./thresholds";

// $1 workspace, $2 day (date), $3 velocity window, $4 burst size, $5 fast seconds
const WRITE_DAY = `
WITH k AS (
  SELECT c.id, c."creatorId", c."isBot", ${invalidClickSql("c")} AS invalid,
         count(*) FILTER (WHERE NOT c."isBot") OVER (PARTITION BY c."linkId", c."ipHash", c.device ORDER BY c."occurredAt"
           RANGE BETWEEN $3::interval PRECEDING AND CURRENT ROW) AS burst
    FROM "Click" c
   WHERE c."workspaceId" = $1 AND c."occurredAt" >= $2::date AND c."occurredAt" < $2::date + 1
), clicks AS (
  SELECT "creatorId",
         count(*) FILTER (WHERE NOT invalid) AS valid, count(*) FILTER (WHERE invalid) AS invalid,
         count(*) FILTER (WHERE NOT "isBot" AND burst >= $4) AS velocity,
         count(*) FILTER (WHERE NOT invalid AND burst >= $4) AS burst_valid
    FROM k GROUP BY 1
), sales AS (
  SELECT v."creatorId", count(*) AS sales,
         count(*) FILTER (WHERE v."attributionMethod" = 'click') AS click_sales,
         count(*) FILTER (WHERE v."attributionMethod" = 'click' AND v."occurredAt" - ck."occurredAt" < make_interval(secs => $5)) AS fast,
         count(*) FILTER (WHERE v."attributionMethod" = 'click' AND ck.country <> v."orderCountry" AND ck.country IS DISTINCT FROM cr."audienceCountry") AS mismatch,
         count(*) FILTER (WHERE v."attributionMethod" = 'coupon') AS coupon,
         count(*) FILTER (WHERE v."attributionMethod" = 'coupon' AND v."clickId" IS NULL) AS coupon_no_click,
         count(*) FILTER (WHERE v."attributionMethod" = 'coupon' AND v."isNewCustomer") AS coupon_new,
         count(*) FILTER (WHERE v."attributionMethod" = 'coupon' AND v."orderCountry" <> cr."audienceCountry") AS coupon_outside
    FROM "Conversion" v
    JOIN "Creator" cr ON cr.id = v."creatorId" AND cr."workspaceId" = v."workspaceId"
    LEFT JOIN "Click" ck ON ck.id = v."clickId" AND ck."workspaceId" = v."workspaceId"
   WHERE v."workspaceId" = $1 AND v.event = 'sale' AND NOT v."isTest" AND v."occurredAt" >= $2::date AND v."occurredAt" < $2::date + 1
   GROUP BY 1
)
INSERT INTO "FraudDay" ("workspaceId", "creatorId", day, "validClicks", "invalidClicks", "velocityClicks", "burstValidClicks", sales, "clickSales",
  "fastSales", "mismatchSales", "couponSales", "couponNoClick", "couponNewCustomers", "couponOutside")
SELECT $1, coalesce(c."creatorId", s."creatorId"), $2::date, coalesce(c.valid, 0), coalesce(c.invalid, 0), coalesce(c.velocity, 0), coalesce(c.burst_valid, 0),
       coalesce(s.sales, 0), coalesce(s.click_sales, 0), coalesce(s.fast, 0), coalesce(s.mismatch, 0), coalesce(s.coupon, 0), coalesce(s.coupon_no_click, 0),
       coalesce(s.coupon_new, 0), coalesce(s.coupon_outside, 0)
  FROM clicks c FULL JOIN sales s ON s."creatorId" = c."creatorId"
ON CONFLICT ("workspaceId", "creatorId", day) DO UPDATE SET ${FACT_FIELDS.map((f) => `"${f}" = EXCLUDED."${f}"`).join(", ")}`;

/** Writes (or rewrites) the FraudDay rows of one UTC day, one per creator with a click or a sale that day. */
export async function writeDayFacts(db: Queryable, workspaceId: string, day: string, t: Thresholds): Promise<void> {
  await db.query({ text: WRITE_DAY, values: [workspaceId, day, `${t.velocity.windowMinutes} minutes`, t.velocity.repeats, t.fastConversion.seconds] });
}

// the longest look-back of any signal: the coupon signal's week and the four before it, the spike's 28 days
export const HISTORY_DAYS = 35;

type FactRow = DayFacts & { creatorId: string; day: string; audienceCountry: string | null };

/** The FraudDay rows of every creator active on `day`, from HISTORY_DAYS before it. */
export async function loadHistories(db: Queryable, workspaceId: string, day: string): Promise<CreatorHistory[]> {
  const { rows } = await db.query<FactRow>({
    text: `SELECT f.*, to_char(f.day, 'YYYY-MM-DD') AS day, cr."audienceCountry"
             FROM "FraudDay" f JOIN "Creator" cr ON cr.id = f."creatorId" AND cr."workspaceId" = f."workspaceId"
            WHERE f."workspaceId" = $1 AND f.day BETWEEN $2::date - $3::int AND $2::date
              AND f."creatorId" IN (SELECT "creatorId" FROM "FraudDay" WHERE "workspaceId" = $1 AND day BETWEEN $2::date - 29 AND $2::date)`,
    values: [workspaceId, day, HISTORY_DAYS],
  });
  const out = new Map<string, CreatorHistory>();
  for (const r of rows) {
    const h = out.get(r.creatorId) ?? { creatorId: r.creatorId, audienceCountry: r.audienceCountry, days: new Map<string, DayFacts>() };
    h.days.set(r.day, Object.fromEntries(FACT_FIELDS.map((f) => [f, Number(r[f] ?? EMPTY_DAY[f])])) as unknown as DayFacts);
    out.set(r.creatorId, h);
  }
  return [...out.values()];
}

/** Live sales per creator from `from` (inclusive) to `to` (exclusive), and how many a refund or cancel reversed before `asOf` (so a past day is judged as it stood). */
export async function loadRefunds(db: Queryable, workspaceId: string, from: number, to: number, asOf: number): Promise<RefundFacts[]> {
  const { rows } = await db.query<{ creatorId: string; sales: string; refunded: string }>({
    text: `SELECT v."creatorId", count(*) AS sales, count(r."saleId") AS refunded
             FROM "Conversion" v
             LEFT JOIN (SELECT DISTINCT "saleId" FROM "Conversion"
                         WHERE "workspaceId" = $1 AND event IN ('refund', 'cancel') AND "occurredAt" >= $2::timestamptz AT TIME ZONE 'UTC'
                           AND "occurredAt" < $4::timestamptz AT TIME ZONE 'UTC') r ON r."saleId" = v.id
            WHERE v."workspaceId" = $1 AND v.event = 'sale' AND NOT v."isTest" AND v."creatorId" IS NOT NULL
              AND v."occurredAt" >= $2::timestamptz AT TIME ZONE 'UTC' AND v."occurredAt" < $3::timestamptz AT TIME ZONE 'UTC'
            GROUP BY 1`,
    values: [workspaceId, new Date(from).toISOString(), new Date(to).toISOString(), new Date(asOf).toISOString()],
  });
  return rows.map((r) => ({ creatorId: r.creatorId, sales: Number(r.sales), refunded: Number(r.refunded) }));
}

/** Live sales on `day` whose customer reference hashes to the credited creator's own email. */
export async function loadSelfPurchases(db: Queryable, workspaceId: string, day: string): Promise<SelfPurchase[]> {
  const { rows } = await db.query<SelfPurchase>({
    text: `SELECT v."creatorId", v.id AS "conversionId", v."orderId", v."amountMinor", v.currency, v."occurredAt" AT TIME ZONE 'UTC' AS "occurredAt"
             FROM "Conversion" v JOIN "Creator" cr ON cr.id = v."creatorId" AND cr."workspaceId" = v."workspaceId"
            WHERE v."workspaceId" = $1 AND v.event = 'sale' AND NOT v."isTest" AND v."occurredAt" >= $2::date AND v."occurredAt" < $2::date + 1
              AND v."customerHash" = ${CREATOR_EMAIL_HASH_SQL('v."workspaceId"', "cr.email")}`,
    values: [workspaceId, day],
  });
  return rows;
}
