// The UTMs a click carried to the store, reconstructed for the export the
// way the redirect built them (utmParams in lib/tracking/destination.ts):
// the workspace's convention, the creator's slug, the campaign's
// utm_campaign value and the click's placement. They are rebuilt from the
// current convention, names and campaign values; a change to any of those
// since the click is not reflected (the redirect stores no copy).
import { prisma } from "@/lib/db/prisma";
import { loadConvention } from "@/lib/utm/convention";
import { creatorSlug, utmParams, UTM_KEYS, type UtmParams } from "@/lib/tracking/destination";

export { UTM_KEYS };
export type UtmOf = (creatorId: string | null, campaignId: string | null, placement: string | null) => UtmParams;

const NONE: UtmParams = { utm_source: null, utm_medium: null, utm_campaign: null, utm_content: null, utm_term: null };

export async function utmResolver(workspaceId: string): Promise<UtmOf & { names: Map<string, string> }> {
  const [convention, creators, campaigns] = await Promise.all([
    loadConvention(workspaceId),
    prisma.creator.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, utmCampaign: true } }),
  ]);
  const names = new Map(creators.map((c) => [c.id, c.name]));
  const utmCampaign = new Map(campaigns.map((c) => [c.id, c.utmCampaign]));
  const resolve = (creatorId: string | null, campaignId: string | null, placement: string | null): UtmParams => {
    const name = creatorId ? names.get(creatorId) : undefined;
    const campaign = campaignId ? utmCampaign.get(campaignId) : undefined;
    // no click (a coupon sale, an order that credited nobody): no redirect put UTMs anywhere
    if (name === undefined || campaign === undefined || placement === null) return NONE;
    return utmParams(convention, { creator: creatorSlug(name), campaign, placement });
  };
  return Object.assign(resolve, { names });
}
