// The two signals an order can carry, each read together with its campaign's
// rules, the creator's contract version binding the order and the creator's
// status, so attribution and the commission need no further reads. Plain SQL
// on the shared pool, and batched: lookups from every postback that arrived
// in the same turn of the event loop go to the database as one query
// (DataLoader, flushed on setImmediate), because on a busy server the round
// trip, not the query, is what costs.
import DataLoader from "dataloader";
import { pool } from "@/lib/db/pool";
import { prepared } from "@/lib/db/sql";
import { invalidClickSql } from "@/lib/tracking/invalid-clicks";
import type { AttributionPriority, CapPeriod, CommissionType } from "@/lib/generated/prisma/enums";
import type { ContractOverride } from "./contract-terms";

export interface CampaignRules {
  id: string;
  /** the CampaignTerms version in force; null: the campaign's own columns (no versions yet) */
  termsVersion: number | null;
  attributionWindowDays: number;
  priority: AttributionPriority;
  commissionType: CommissionType;
  commissionBps: number | null;
  commissionFlatMinor: number | null;
  commissionTiers: unknown;
  capPerCreatorMinor: number | null;
  capPeriod: CapPeriod | null;
  holdingDays: number;
}

export interface ClickSignal {
  creatorId: string;
  linkId: string;
  placement: string;
  rawSub: string | null;
  occurredAt: Date;
  isBot: boolean;
  /** bot, or a repeat within the window (lib/tracking/invalid-clicks.ts): never credited */
  invalid: boolean;
  campaign: CampaignRules;
  contract: ContractOverride | null;
  creatorArchived: boolean;
}

export interface CouponSignal {
  code: string;
  creatorId: string;
  disabled: boolean;
  campaign: CampaignRules;
  contract: ContractOverride | null;
  creatorArchived: boolean;
}

const RULE_FIELDS = ["attributionWindowDays", "priority", "commissionType", "commissionBps", "commissionFlatMinor", "commissionTiers", "capPerCreatorMinor", "capPeriod", "holdingDays"];
const rulesOf = (alias: string, version: string) => `json_build_object('id', c.id, 'termsVersion', ${version}, ${RULE_FIELDS.map((f) => `'${f}', ${alias}."${f}"`).join(", ")})`;

// The terms in force when the order happened (q.at): the campaign's latest
// CampaignTerms version effective at or before it, read in the same query
// (a LATERAL join on the index, no extra round trip); a campaign with no
// versions yet (made before versioning) is read from its own columns.
const CAMPAIGN_RULES = `CASE WHEN t.version IS NULL THEN ${rulesOf("c", "NULL")} ELSE ${rulesOf("t", "t.version")} END AS campaign`;
const TERMS_IN_FORCE = `
    LEFT JOIN LATERAL (
      SELECT * FROM "CampaignTerms" v
       WHERE v."workspaceId" = c."workspaceId" AND v."campaignId" = c.id AND v."effectiveFrom" <= (q.at AT TIME ZONE 'UTC')
       ORDER BY v."effectiveFrom" DESC, v.version DESC LIMIT 1) t ON true`;

// The creator's contract version binding the order (contract-terms.ts): in
// force and accepted at the order's time. Same query, a LATERAL join on the
// (creatorId, version) index; the creator row comes along for its status.
const CONTRACT_FIELDS = ["version", "commissionType", "commissionBps", "commissionFlatMinor", "commissionTiers", "attributionWindowDays"];
const CREATOR_TERMS = `CASE WHEN ct.version IS NULL THEN NULL ELSE json_build_object(${CONTRACT_FIELDS.map((f) => `'${f}', ct."${f}"`).join(", ")}) END AS contract,
         (cr.status = 'archived') AS "creatorArchived"`;
const contractInForce = (row: string) => `
    JOIN "Creator" cr ON cr.id = ${row}."creatorId" AND cr."workspaceId" = ${row}."workspaceId"
    LEFT JOIN LATERAL (
      SELECT * FROM "CreatorContract" v
       WHERE v."creatorId" = cr.id AND v."workspaceId" = cr."workspaceId"
         AND v."effectiveFrom" <= (q.at AT TIME ZONE 'UTC') AND v."acceptedAt" <= (q.at AT TIME ZONE 'UTC')
       ORDER BY v."effectiveFrom" DESC, v.version DESC LIMIT 1) ct ON true`;

// keys are [workspaceId, id, order time]; the query answers each (by its
// position, q.n) with its row or nothing. Every join matches workspaceId too:
// a click id or code quoted by another workspace's merchant finds nothing, so
// it credits nobody.
const CLICKS_SQL = `
  SELECT q.n AS key, k."creatorId", k."linkId", k.placement, k."rawSub",
         k."occurredAt" AT TIME ZONE 'UTC' AS "occurredAt", k."isBot", ${invalidClickSql("k")} AS invalid, ${CAMPAIGN_RULES}, ${CREATOR_TERMS}
    FROM unnest($1::text[], $2::text[], $3::timestamptz[]) WITH ORDINALITY AS q(ws, id, at, n)
    JOIN "Click" k ON k.id = q.id AND k."workspaceId" = q.ws
    JOIN "Campaign" c ON c.id = k."campaignId" AND c."workspaceId" = k."workspaceId"${TERMS_IN_FORCE}${contractInForce("k")}`;

const COUPONS_SQL = `
  SELECT q.n AS key, p.code, p."creatorId", (p."disabledAt" IS NOT NULL) AS disabled, ${CAMPAIGN_RULES}, ${CREATOR_TERMS}
    FROM unnest($1::text[], $2::text[], $3::timestamptz[]) WITH ORDINALITY AS q(ws, code, at, n)
    JOIN "CouponCode" p ON p."workspaceId" = q.ws AND p.code = q.code
    JOIN "Campaign" c ON c.id = p."campaignId" AND c."workspaceId" = p."workspaceId"${TERMS_IN_FORCE}${contractInForce("p")}`;

type Key = readonly [workspaceId: string, id: string, orderAt: Date];

function batchedLookup<T>(name: string, sql: string) {
  const loader = new DataLoader<Key, T | null, string>(
    async (keys) => {
      const params = [keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2].toISOString())];
      const { rows } = await pool.query<T & { key: string }>(prepared(name, sql, params));
      // key: the 1-based position of the lookup in this batch (bigint, so text)
      const byKey = new Map(rows.map(({ key, ...row }) => [Number(key), row as T]));
      return keys.map((_, i) => byKey.get(i + 1) ?? null);
    },
    // no memoising: every postback reads the current row
    { cache: false, batchScheduleFn: (flush) => setImmediate(flush), maxBatchSize: 500 },
  );
  return (workspaceId: string, id: string, orderAt: Date) => loader.load([workspaceId, id, orderAt]);
}

const loadClick = batchedLookup<ClickSignal>("find_clicks", CLICKS_SQL);
const loadCoupon = batchedLookup<CouponSignal>("find_coupons", COUPONS_SQL);

/** The click, with its campaign's terms and its creator's contract in force at `orderAt`. */
export const findClick = (workspaceId: string, clickId: string, orderAt: Date): Promise<ClickSignal | null> => loadClick(workspaceId, clickId, orderAt);

/** Codes are stored upper-case; shoppers type them any way. With the campaign's terms and the creator's contract in force at `orderAt`. */
export const findCoupon = (workspaceId: string, code: string, orderAt: Date): Promise<CouponSignal | null> => loadCoupon(workspaceId, code.toUpperCase(), orderAt);
