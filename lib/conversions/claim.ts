// The atomic claim: one statement inserts the conversion ON CONFLICT DO
// NOTHING and, only if this request won the claim, its planned commissions,
// its cap review item and its "accepted" postback log line. One round trip,
// all or nothing: there is never a conversion without its commissions or its
// log line, and a retry (or a concurrent twin) inserts nothing at all.
import type { PostbackChannel } from "@/lib/generated/prisma/enums";
import type { CommissionPlan } from "@/lib/commissions/plan";
import { prepared, type Queryable } from "@/lib/db/sql";
import { newId } from "@/lib/ids";
import type { AnswerCommission, AnswerConversion } from "./answer";

export interface NewConversion {
  id: string;
  workspaceId: string;
  merchantId: string;
  orderId: string;
  event: "sale" | "refund" | "cancel";
  amountMinor: number;
  currency: string;
  clickId: string | null;
  couponCode: string | null;
  customerHash: string | null;
  orderCountry: string | null;
  occurredAt: Date;
  isTest: boolean;
  attributionMethod: string;
  attributionReason: string;
  creatorId: string | null;
  campaignId: string | null;
  linkId: string | null;
  placement: string | null;
  saleId: string | null;
}

/** What the accepted log line carries besides the claim's own facts. */
export interface AcceptedLog {
  channel: PostbackChannel;
  webhookId: string | null;
  httpStatus: number;
  payload: Record<string, unknown> | null;
}

export const EMPTY_PLAN: CommissionPlan = { commissions: [], review: null };

// Timestamps travel as ISO strings and are stored as UTC wall time, whatever the session's time zone.
const utc = (n: number) => `($${n}::timestamptz AT TIME ZONE 'UTC')`;

const CLAIM_SQL = `
WITH claim AS (
  INSERT INTO "Conversion" ("id", "workspaceId", "merchantId", "orderId", "event", "amountMinor", "currency", "clickId", "couponCode",
    "customerHash", "orderCountry", "occurredAt", "isTest", "attributionMethod", "attributionReason", "creatorId", "campaignId",
    "linkId", "placement", "saleId", "isNewCustomer")
  SELECT $1::text, $2::text, $3::text, $4::text, $5::text::"ConversionEvent", $6::int, $7::text, $8::text, $9::text,
    $10::text, $11::text, ${utc(12)}, $13::boolean, $14::text::"AttributionMethod", $15::text, $16::text, $17::text,
    $18::text, $19::text, $20::text,
    -- new vs repeat customer: only for sales that carry a customer reference
    CASE WHEN $10::text IS NULL OR $5::text <> 'sale' THEN NULL ELSE NOT EXISTS (
      SELECT 1 FROM "Conversion" o
       WHERE o."workspaceId" = $2::text AND o."customerHash" = $10::text AND o.event = 'sale' AND o."isTest" = $13::boolean AND o."occurredAt" < ${utc(12)}) END
  ON CONFLICT ("merchantId", "orderId", "event") DO NOTHING
  RETURNING "id", "workspaceId", "isTest", "event", "orderId", "amountMinor", "currency", "attributionMethod", "attributionReason",
    "creatorId", "campaignId", "isNewCustomer"
), commissions AS (
  INSERT INTO "Commission" ("id", "workspaceId", "conversionId", "part", "creatorId", "campaignId", "amountMinor", "currency", "status",
    "isTest", "holdUntil", "note", "updatedAt")
  SELECT p.id, claim."workspaceId", claim.id, p.part::"CommissionPart", claim."creatorId", claim."campaignId", p."amountMinor", claim.currency,
    p.status::"CommissionStatus", claim."isTest", (p."holdUntil"::timestamptz AT TIME ZONE 'UTC'), p.note, now()
    FROM claim, jsonb_to_recordset($21::jsonb) AS p(id text, part text, "amountMinor" int, status text, "holdUntil" text, note text)
  RETURNING "part", "amountMinor", "status"
), review AS (
  INSERT INTO "ReviewItem" ("id", "workspaceId", "kind", "dedupeKey", "creatorId", "conversionId", "evidence")
  SELECT r.id, claim."workspaceId", 'cap_reached'::"ReviewKind", r."dedupeKey", claim."creatorId", claim.id, r.evidence
    FROM claim, jsonb_to_recordset($22::jsonb) AS r(id text, "dedupeKey" text, evidence jsonb)
  ON CONFLICT ("workspaceId", "dedupeKey") DO NOTHING
), log AS (
  INSERT INTO "PostbackLog" ("id", "workspaceId", "merchantId", "channel", "webhookId", "httpStatus", "verdict", "reason", "payload", "conversionId", "isTest")
  SELECT $23::text, claim."workspaceId", $3::text, $24::text::"PostbackChannel", $25::text, $26::int, 'accepted'::"PostbackVerdict", claim."attributionReason", $27::jsonb, claim.id, claim."isTest"
    FROM claim
)
SELECT claim.*, COALESCE((SELECT json_agg(c) FROM commissions c), '[]'::json) AS commissions FROM claim`;

export type Claimed = AnswerConversion & { commissions: AnswerCommission[] };

/** The claimed conversion with its commissions, or null when the order event was already recorded. */
export async function claimConversion(db: Queryable, c: NewConversion, plan: CommissionPlan, log: AcceptedLog): Promise<Claimed | null> {
  const { rows } = await db.query<Claimed>(prepared("claim_conversion", CLAIM_SQL, [
    c.id, c.workspaceId, c.merchantId, c.orderId, c.event, c.amountMinor, c.currency, c.clickId, c.couponCode,
    c.customerHash, c.orderCountry, c.occurredAt.toISOString(), c.isTest, c.attributionMethod, c.attributionReason, c.creatorId, c.campaignId,
    c.linkId, c.placement, c.saleId,
    JSON.stringify(plan.commissions.map((p) => ({ ...p, holdUntil: p.holdUntil.toISOString() }))),
    JSON.stringify(plan.review ? [plan.review] : []),
    newId("pbl"), log.channel, log.webhookId, log.httpStatus, log.payload === null ? null : JSON.stringify(log.payload),
  ]));
  return rows[0] ?? null;
}
