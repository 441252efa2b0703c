// The two signals an order can carry, each read in one query together with
// its campaign's rules, so attribution and the commission need no further
// reads. Plain SQL on the shared pool: this runs on every postback.
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

export async function findClick(workspaceId: string, clickId: string): Promise<ClickSignal | null> {
  const { rows } = await pool.query<ClickSignal>(prepared("find_click",
    `SELECT k."creatorId", k."linkId", k.placement, k."rawSub", k."occurredAt" AT TIME ZONE 'UTC' AS "occurredAt", k."isBot", ${CAMPAIGN_RULES}
       FROM "Click" k JOIN "Campaign" c ON c.id = k."campaignId"
      WHERE k.id = $1 AND k."workspaceId" = $2`,
    [clickId, workspaceId]),
  );
  return rows[0] ?? null;
}

/** Codes are stored upper-case; shoppers type them any way. */
export async function findCoupon(workspaceId: string, code: string): Promise<CouponSignal | null> {
  const { rows } = await pool.query<CouponSignal>(prepared("find_coupon",
    `SELECT p.code, p."creatorId", (p."disabledAt" IS NOT NULL) AS disabled, ${CAMPAIGN_RULES}
       FROM "CouponCode" p JOIN "Campaign" c ON c.id = p."campaignId"
      WHERE p."workspaceId" = $1 AND p.code = $2`,
    [workspaceId, code.toUpperCase()]),
  );
  return rows[0] ?? null;
}
