// The atomic claim: one statement inserts conversions ON CONFLICT DO NOTHING
// and, only for the ones that won their claim, their planned commissions,
// cap review items and "accepted" postback log lines. All or nothing per
// statement: there is never a conversion without its commissions or its log
// line, and a retry (or a concurrent twin) inserts nothing at all.
//
// The statement takes a JSON array, so the claims of every postback parsed in
// one event-loop turn go to the database together (claimBatched); inside a
// transaction, or when a batch fails, each claim runs alone (claimConversion).
import DataLoader from "dataloader";
import type { PostbackChannel } from "@/lib/generated/prisma/enums";
import type { CommissionPlan } from "@/lib/commissions/plan";
import { pool } from "@/lib/db/pool";
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
  /** the door that reported it: "pixel" marks an unverified sale a server postback may replace */
  channel: PostbackChannel;
}

/** What the accepted log line carries besides the claim's own facts. */
export interface AcceptedLog {
  channel: PostbackChannel;
  webhookId: string | null;
  httpStatus: number;
  payload: Record<string, unknown> | null;
}

export const EMPTY_PLAN: CommissionPlan = { commissions: [], review: null };

export interface ClaimRequest {
  conversion: NewConversion;
  plan: CommissionPlan;
  log: AcceptedLog;
}

const CLAIM_SQL = `
WITH input AS (
  SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(
    ord int, id text, "workspaceId" text, "merchantId" text, "orderId" text, event text, "amountMinor" int, currency text,
    "clickId" text, "couponCode" text, "customerHash" text, "orderCountry" text, "occurredAt" timestamptz, "isTest" boolean,
    "attributionMethod" text, "attributionReason" text, "creatorId" text, "campaignId" text, "linkId" text, placement text,
    "saleId" text, commissions jsonb, review jsonb, "logId" text, channel text, "webhookId" text, "httpStatus" int, payload jsonb)
), claim AS (
  INSERT INTO "Conversion" ("id", "workspaceId", "merchantId", "orderId", "event", "amountMinor", "currency", "clickId", "couponCode",
    "customerHash", "orderCountry", "occurredAt", "isTest", "attributionMethod", "attributionReason", "creatorId", "campaignId",
    "linkId", "placement", "saleId", "channel", "isNewCustomer")
  SELECT i.id, i."workspaceId", i."merchantId", i."orderId", i.event::"ConversionEvent", i."amountMinor", i.currency, i."clickId", i."couponCode",
    i."customerHash", i."orderCountry", i."occurredAt" AT TIME ZONE 'UTC', i."isTest", i."attributionMethod"::"AttributionMethod",
    i."attributionReason", i."creatorId", i."campaignId", i."linkId", i.placement, i."saleId", i.channel::"PostbackChannel",
    -- new vs repeat customer: only for sales that carry a customer reference
    CASE WHEN i."customerHash" IS NULL OR i.event <> 'sale' THEN NULL ELSE NOT EXISTS (
      SELECT 1 FROM "Conversion" o
       WHERE o."workspaceId" = i."workspaceId" AND o."customerHash" = i."customerHash" AND o.event = 'sale'
         AND o."isTest" = i."isTest" AND o."occurredAt" < i."occurredAt" AT TIME ZONE 'UTC') END
    FROM input i ORDER BY i.ord
  ON CONFLICT ("merchantId", "orderId", "event") DO NOTHING
  RETURNING "id", "workspaceId", "isTest", "event", "orderId", "amountMinor", "currency", "attributionMethod", "attributionReason",
    "creatorId", "campaignId", "isNewCustomer"
), commissions AS (
  INSERT INTO "Commission" ("id", "workspaceId", "conversionId", "part", "creatorId", "campaignId", "amountMinor", "currency", "status",
    "isTest", "holdUntil", "note", "basis", "updatedAt")
  SELECT p.id, claim."workspaceId", claim.id, p.part::"CommissionPart", claim."creatorId", claim."campaignId", p."amountMinor", claim.currency,
    p.status::"CommissionStatus", claim."isTest", p."holdUntil" AT TIME ZONE 'UTC', p.note, p.basis, now()
    FROM claim JOIN input i ON i.id = claim.id,
    jsonb_to_recordset(i.commissions) AS p(id text, part text, "amountMinor" int, status text, "holdUntil" timestamptz, note text, basis text)
  RETURNING "conversionId", "part", "amountMinor", "status", "basis"
), review AS (
  INSERT INTO "ReviewItem" ("id", "workspaceId", "kind", "dedupeKey", "creatorId", "conversionId", "evidence")
  SELECT r.id, claim."workspaceId", 'cap_reached'::"ReviewKind", r."dedupeKey", claim."creatorId", claim.id, r.evidence
    FROM claim JOIN input i ON i.id = claim.id, jsonb_to_recordset(i.review) AS r(id text, "dedupeKey" text, evidence jsonb)
  ON CONFLICT ("workspaceId", "dedupeKey") DO NOTHING
), log AS (
  INSERT INTO "PostbackLog" ("id", "workspaceId", "merchantId", "channel", "webhookId", "httpStatus", "verdict", "reason", "payload", "conversionId", "isTest")
  SELECT i."logId", claim."workspaceId", i."merchantId", i.channel::"PostbackChannel", i."webhookId", i."httpStatus", 'accepted'::"PostbackVerdict",
    claim."attributionReason", i.payload, claim.id, claim."isTest"
    FROM claim JOIN input i ON i.id = claim.id
)
SELECT claim.*, COALESCE((SELECT json_agg(json_build_object('part', c.part, 'amountMinor', c."amountMinor", 'status', c.status, 'basis', c.basis))
                            FROM commissions c WHERE c."conversionId" = claim.id), '[]'::json) AS commissions
  FROM claim`;

export type Claimed = AnswerConversion & { commissions: AnswerCommission[] };

function toInput({ conversion: c, plan, log }: ClaimRequest, ord: number) {
  return { ord, ...c, commissions: plan.commissions, review: plan.review ? [plan.review] : [], logId: newId("pbl"), channel: log.channel, webhookId: log.webhookId, httpStatus: log.httpStatus, payload: log.payload };
}

/** The claimed conversions by id; a request whose order event was already recorded is absent. */
async function runClaims(db: Queryable, requests: readonly ClaimRequest[]): Promise<Map<string, Claimed>> {
  const { rows } = await db.query<Claimed>(prepared("claim_conversions", CLAIM_SQL, [JSON.stringify(requests.map(toInput))]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** One claim, on its own statement (inside a transaction, for instance): the claimed conversion, or null when the order event was already recorded. */
export async function claimConversion(db: Queryable, conversion: NewConversion, plan: CommissionPlan, log: AcceptedLog): Promise<Claimed | null> {
  return (await runClaims(db, [{ conversion, plan, log }])).get(conversion.id) ?? null;
}

const claims = new DataLoader<ClaimRequest, Claimed | null>(
  async (requests) => {
    try {
      const claimed = await runClaims(pool, requests);
      return requests.map((r) => claimed.get(r.conversion.id) ?? null);
    } catch (batchError) {
      if (requests.length === 1) throw batchError;
      // one bad claim must not fail the others: each runs alone, in arrival order (so the first of two twins still wins), with its own answer or error
      const results: (Claimed | null | Error)[] = [];
      for (const r of requests) results.push(await claimConversion(pool, r.conversion, r.plan, r.log).catch((e: Error) => e));
      return results;
    }
  },
  { cache: false, batchScheduleFn: (flush) => setImmediate(flush), maxBatchSize: 200 },
);

/** One claim, sent together with the others made in the same event-loop turn; same answer as claimConversion. */
export const claimBatched = (conversion: NewConversion, plan: CommissionPlan, log: AcceptedLog): Promise<Claimed | null> => claims.load({ conversion, plan, log });
