// The database state an import is planned against, in set-based queries
// scoped to the workspace.
import type { Queryable } from "@/lib/db/sql";
import type { ImportRow } from "./schema";

export interface ExistingState {
  /** by lower-case email */
  creators: Map<string, { id: string; name: string; audienceCountry: string | null }>;
  /** `${creatorId}:${platform}` → handle */
  handles: Map<string, string>;
  /** `${creatorId}:${campaignId}` → link */
  links: Map<string, { id: string; destinationUrl: string }>;
  /** upper-case code → holder */
  coupons: Map<string, { creatorId: string; creatorName: string; code: string }>;
}

export async function existingState(db: Queryable, workspaceId: string, rows: ImportRow[]): Promise<ExistingState> {
  const emails = [...new Set(rows.map((r) => r.email).filter(Boolean))];
  const codes = [...new Set(rows.map((r) => r.coupon_code).filter(Boolean))];
  const creators = await db.query<{ id: string; email: string; name: string; audienceCountry: string | null }>({
      text: `SELECT id, lower(email) AS email, name, "audienceCountry" FROM "Creator" WHERE "workspaceId" = $1 AND lower(email) = ANY($2::text[])`,
      values: [workspaceId, emails],
  });
  const coupons = await db.query<{ creatorId: string; creatorName: string; code: string }>({
      text: `SELECT k."creatorId", c.name AS "creatorName", k.code FROM "CouponCode" k JOIN "Creator" c ON c.id = k."creatorId" AND c."workspaceId" = k."workspaceId"
             WHERE k."workspaceId" = $1 AND upper(k.code) = ANY($2::text[])`,
      values: [workspaceId, codes],
  });
  const ids = creators.rows.map((c) => c.id);
  const handles = await db.query<{ creatorId: string; platform: string; handle: string }>({
      text: `SELECT "creatorId", platform::text, handle FROM "CreatorHandle" WHERE "workspaceId" = $1 AND "creatorId" = ANY($2::text[])`,
      values: [workspaceId, ids],
  });
  const links = await db.query<{ id: string; creatorId: string; campaignId: string; destinationUrl: string }>({
      text: `SELECT id, "creatorId", "campaignId", "destinationUrl" FROM "TrackingLink" WHERE "workspaceId" = $1 AND "creatorId" = ANY($2::text[])`,
      values: [workspaceId, ids],
  });
  return {
    creators: new Map(creators.rows.map((c) => [c.email, { id: c.id, name: c.name, audienceCountry: c.audienceCountry }])),
    handles: new Map(handles.rows.map((h) => [`${h.creatorId}:${h.platform}`, h.handle])),
    links: new Map(links.rows.map((l) => [`${l.creatorId}:${l.campaignId}`, { id: l.id, destinationUrl: l.destinationUrl }])),
    coupons: new Map(coupons.rows.map((k) => [k.code.toUpperCase(), k])),
  };
}

export interface CampaignTarget {
  id: string;
  utmCampaign: string;
  merchant: { id: string; allowedDomains: string[] } | null;
}

/**
 * The workspace's campaigns by lower-case UTM value, each with the merchant
 * its links go to: the campaign's own merchant, else (campaigns made before
 * it had one) the merchant of its oldest link, else the workspace's first.
 */
export async function campaignMerchants(db: Queryable, workspaceId: string): Promise<Map<string, CampaignTarget>> {
  const { rows } = await db.query<{ id: string; utmCampaign: string; merchantId: string | null; allowedDomains: string[] | null }>({
    text: `SELECT c.id, c."utmCampaign", m.id AS "merchantId", m."allowedDomains"
           FROM "Campaign" c
           LEFT JOIN LATERAL (
             SELECT coalesce(
               c."merchantId",
               (SELECT l."merchantId" FROM "TrackingLink" l WHERE l."workspaceId" = c."workspaceId" AND l."campaignId" = c.id ORDER BY l."createdAt" LIMIT 1),
               (SELECT m2.id FROM "Merchant" m2 WHERE m2."workspaceId" = c."workspaceId" ORDER BY m2."createdAt", m2.id LIMIT 1)) AS mid
           ) pick ON true
           LEFT JOIN "Merchant" m ON m.id = pick.mid AND m."workspaceId" = c."workspaceId"
           WHERE c."workspaceId" = $1`,
    values: [workspaceId],
  });
  return new Map(rows.map((r) => [r.utmCampaign.toLowerCase(), { id: r.id, utmCampaign: r.utmCampaign, merchant: r.merchantId ? { id: r.merchantId, allowedDomains: r.allowedDomains ?? [] } : null }]));
}
