// Campaigns, the store (merchant, signing secret, GET token), placements,
// one link and one coupon per creator per campaign, and the audit trail of
// setting it all up. Posts and costs come later (inputs.ts), from the traffic.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newGetToken, newSigningSecret, secretHint } from "@/lib/merchants/credentials";
import { sealSecret, sha256Hex } from "@/lib/security/secret-box";
import { ATTRIBUTION_WINDOW_DAYS, BRAND, CAMPAIGNS, CREATORS, DAY_MS, PLACEMENTS, couponCode } from "./catalog";
import type { IdSource, Rng } from "./random";
import type { SeedCreatorRef } from "./traffic";

export interface ProgramRows {
  placements: Prisma.PlacementCreateManyInput[];
  campaigns: Prisma.CampaignCreateManyInput[];
  merchant: Prisma.MerchantCreateManyInput;
  secret: Prisma.MerchantSecretCreateManyInput;
  links: Prisma.TrackingLinkCreateManyInput[];
  coupons: Prisma.CouponCodeCreateManyInput[];
  auditLogs: Prisma.AuditLogCreateManyInput[];
  creatorRefs: SeedCreatorRef[];
  /** shown once, like the app does: only sealed/hashed forms are stored */
  signingSecret: string;
  getToken: string;
}

interface Input {
  rng: Rng;
  ids: IdSource;
  today: number;
  workspaceId: string;
  ownerId: string;
  creatorIds: string[];
  creatorCreatedAt: number[];
}

export function buildProgram(input: Input): ProgramRows {
  const { rng, ids, today, workspaceId, ownerId } = input;
  const auditLogs: Prisma.AuditLogCreateManyInput[] = [];
  const audit = (at: number, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) =>
    auditLogs.push({ id: ids.id("aud"), workspaceId, actorId: ownerId, action, entityType, entityId, after, createdAt: new Date(at) });

  const placements = PLACEMENTS.map(([key, label]) => ({ id: ids.id("plc"), workspaceId, key, label }));

  const campaigns = CAMPAIGNS.map((c): Prisma.CampaignCreateManyInput => {
    const startsAt = today - c.startedDaysAgo * DAY_MS;
    const row: Prisma.CampaignCreateManyInput = {
      id: ids.id("cmp"), workspaceId, name: c.name, utmCampaign: c.utmCampaign, status: "active",
      startsAt: new Date(startsAt), endsAt: c.key === "spring" ? new Date(today + 34 * DAY_MS) : null,
      attributionWindowDays: ATTRIBUTION_WINDOW_DAYS, commissionType: "percent", commissionBps: c.bps, currency: BRAND.currency,
      capPerCreatorMinor: c.capPerCreatorMinor, capPeriod: c.capPerCreatorMinor === null ? null : "month",
      priority: "click", holdingDays: 30, createdAt: new Date(startsAt - 3 * DAY_MS), updatedAt: new Date(startsAt - 3 * DAY_MS),
    };
    audit(startsAt - 3 * DAY_MS, "campaign.create", "Campaign", row.id, {
      name: c.name, utmCampaign: c.utmCampaign, commissionBps: c.bps, capPerCreatorMinor: c.capPerCreatorMinor,
    });
    return row;
  });

  const merchantAt = today - 195 * DAY_MS;
  const merchant: Prisma.MerchantCreateManyInput = {
    id: ids.id("mer"), workspaceId, name: BRAND.merchantName, currency: BRAND.currency, allowedDomains: BRAND.allowedDomains,
    pixelKey: `pk_${randomBytes(12).toString("base64url")}`, pixelAllowedOrigins: BRAND.pixelOrigins, createdAt: new Date(merchantAt),
  };
  const signingSecret = newSigningSecret();
  const getToken = newGetToken();
  merchant.getTokenHash = sha256Hex(getToken);
  const secret: Prisma.MerchantSecretCreateManyInput = {
    id: ids.id("sec"), workspaceId, merchantId: merchant.id, secretEncrypted: sealSecret(signingSecret),
    hint: secretHint(signingSecret), createdAt: new Date(merchantAt),
  };
  audit(merchantAt, "merchant.create", "Merchant", merchant.id, { name: BRAND.merchantName, allowedDomains: BRAND.allowedDomains });
  audit(merchantAt + 60_000, "merchant_secret.create", "MerchantSecret", secret.id, { hint: secret.hint });

  // every campaign sells on the one store (links default to it); set after the fact so the seed's ids stay as they were
  for (const c of campaigns) c.merchantId = merchant.id;

  const links: Prisma.TrackingLinkCreateManyInput[] = [];
  const coupons: Prisma.CouponCodeCreateManyInput[] = [];
  const creatorRefs: SeedCreatorRef[] = CREATORS.map((seed, idx) => {
    const creatorId = input.creatorIds[idx];
    const refs = CAMPAIGNS.map((c, campaignIdx) => {
      const campaign = campaigns[campaignIdx];
      const startsAt = today - c.startedDaysAgo * DAY_MS;
      const createdAt = new Date(Math.max(input.creatorCreatedAt[idx], startsAt - 2 * DAY_MS));
      const linkId = ids.id("lnk");
      links.push({
        id: linkId, workspaceId, code: ids.linkCode(), creatorId, campaignId: campaign.id, merchantId: merchant.id,
        destinationUrl: `https://${BRAND.allowedDomains[0]}${c.productPath}`, createdAt, updatedAt: createdAt,
      });
      coupons.push({ id: ids.id("cpn"), workspaceId, code: couponCode(seed, c), creatorId, campaignId: campaign.id, createdAt });
      return { linkId, campaignId: campaign.id, campaignIdx, startsAt };
    });
    return { idx, id: creatorId, seed, links: refs };
  });

  return { placements, campaigns, merchant, secret, links, coupons, auditLogs, creatorRefs, signingSecret, getToken };
}
