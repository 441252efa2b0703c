// The two signals an order can carry, each read together with its campaign's
// rules, so attribution and the commission need no further reads. Plain SQL
// on the shared pool, and batched: lookups from every postback that arrived
// in the same turn of the event loop go to the database as one query
// (DataLoader, flushed on setImmediate), because on a busy server the round
// trip, not the query, is what costs.
import DataLoader from "dataloader";
import { pool } from "@/lib/db/pool";
import { prepared } from "@/lib/db/sql";
import type { AttributionPriority, CapPeriod, CommissionType } from "@/lib/generated/prisma/enums";

export interface CampaignRules {
  id: string;
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
  campaign: CampaignRules;
}

export interface CouponSignal {
  code: string;
  creatorId: string;
  disabled: boolean;
  campaign: CampaignRules;
}

const CAMPAIGN_RULES = `json_build_object(
  'id', c.id, 'attributionWindowDays', c."attributionWindowDays", 'priority', c.priority, 'commissionType', c."commissionType",
  'commissionBps', c."commissionBps", 'commissionFlatMinor', c."commissionFlatMinor", 'commissionTiers', c."commissionTiers",
  'capPerCreatorMinor', c."capPerCreatorMinor", 'capPeriod', c."capPeriod", 'holdingDays', c."holdingDays") AS campaign`;

// keys are [workspaceId, id]; the query answers each with its row or nothing.
// Every join matches workspaceId too: a click id or code quoted by another
// workspace's merchant finds nothing, so it credits nobody.
const CLICKS_SQL = `
  SELECT q.ws || ' ' || q.id AS key, k."creatorId", k."linkId", k.placement, k."rawSub",
         k."occurredAt" AT TIME ZONE 'UTC' AS "occurredAt", k."isBot", ${CAMPAIGN_RULES}
    FROM unnest($1::text[], $2::text[]) AS q(ws, id)
    JOIN "Click" k ON k.id = q.id AND k."workspaceId" = q.ws
    JOIN "Campaign" c ON c.id = k."campaignId" AND c."workspaceId" = k."workspaceId"`;

const COUPONS_SQL = `
  SELECT q.ws || ' ' || q.code AS key, p.code, p."creatorId", (p."disabledAt" IS NOT NULL) AS disabled, ${CAMPAIGN_RULES}
    FROM unnest($1::text[], $2::text[]) AS q(ws, code)
    JOIN "CouponCode" p ON p."workspaceId" = q.ws AND p.code = q.code
    JOIN "Campaign" c ON c.id = p."campaignId" AND c."workspaceId" = p."workspaceId"`;

type Key = readonly [workspaceId: string, id: string];

function batchedLookup<T>(name: string, sql: string) {
  const loader = new DataLoader<Key, T | null, string>(
    async (keys) => {
      const { rows } = await pool.query<T & { key: string }>(prepared(name, sql, [keys.map((k) => k[0]), keys.map((k) => k[1])]));
      const byKey = new Map(rows.map(({ key, ...row }) => [key, row as T]));
      return keys.map((k) => byKey.get(`${k[0]} ${k[1]}`) ?? null);
    },
    // no memoising: every postback reads the current row
    { cache: false, batchScheduleFn: (flush) => setImmediate(flush), maxBatchSize: 500 },
  );
  return (workspaceId: string, id: string) => loader.load([workspaceId, id]);
}

const loadClick = batchedLookup<ClickSignal>("find_clicks", CLICKS_SQL);
const loadCoupon = batchedLookup<CouponSignal>("find_coupons", COUPONS_SQL);

export const findClick = (workspaceId: string, clickId: string): Promise<ClickSignal | null> => loadClick(workspaceId, clickId);

/** Codes are stored upper-case; shoppers type them any way. */
export const findCoupon = (workspaceId: string, code: string): Promise<CouponSignal | null> => loadCoupon(workspaceId, code.toUpperCase());
