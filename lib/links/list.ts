import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

// Public shapes: what pages and APIs may show of a link or a code (no
// workspace or merchant internals); the response schemas in schema.ts match them.
const names = { creator: { select: { name: true } }, campaign: { select: { name: true, utmCampaign: true } } } as const;
export const publicLinkSelect = { id: true, code: true, creatorId: true, campaignId: true, destinationUrl: true, disabledAt: true, createdAt: true, ...names } satisfies Prisma.TrackingLinkSelect;
export const publicCouponSelect = { id: true, code: true, creatorId: true, campaignId: true, disabledAt: true, createdAt: true, ...names } satisfies Prisma.CouponCodeSelect;

/** Links and coupons in scope: a workspace, or one creator's own (portal). */
export async function listLinksAndCoupons(scope: { workspaceId: string; creatorId?: string }) {
  const [links, coupons] = await Promise.all([
    prisma.trackingLink.findMany({ where: scope, select: publicLinkSelect, orderBy: [{ campaign: { name: "asc" } }, { creator: { name: "asc" } }] }),
    prisma.couponCode.findMany({ where: scope, select: publicCouponSelect, orderBy: { code: "asc" } }),
  ]);
  return { links, coupons };
}

export const LINK_PAGE_SIZE = 25;
export const COUPON_LIMIT = 100;

export const linkRowSelect = {
  id: true, code: true, destinationUrl: true, disabledAt: true, createdAt: true,
  creator: { select: { id: true, name: true } },
  campaign: { select: { id: true, name: true } },
} satisfies Prisma.TrackingLinkSelect;

export const couponRowSelect = {
  id: true, code: true, disabledAt: true,
  creator: { select: { id: true, name: true } },
  campaign: { select: { id: true, name: true } },
} satisfies Prisma.CouponCodeSelect;

/** The brand's links page: links (paginated) and codes, filtered by creator, campaign and a code search. */
export async function listLinkPage(workspaceId: string, opts: { q: string; creator?: string; campaign?: string; page: number }) {
  const filter = { workspaceId, ...(opts.creator ? { creatorId: opts.creator } : {}), ...(opts.campaign ? { campaignId: opts.campaign } : {}) };
  const q = opts.q ? { contains: opts.q, mode: "insensitive" as const } : undefined;
  const linkWhere: Prisma.TrackingLinkWhereInput = { ...filter, ...(q ? { OR: [{ code: q }, { creator: { name: q } }] } : {}) };
  const couponWhere: Prisma.CouponCodeWhereInput = { ...filter, ...(q ? { OR: [{ code: q }, { creator: { name: q } }] } : {}) };
  const [links, total, coupons, couponTotal] = await Promise.all([
    prisma.trackingLink.findMany({ where: linkWhere, select: linkRowSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (opts.page - 1) * LINK_PAGE_SIZE, take: LINK_PAGE_SIZE }),
    prisma.trackingLink.count({ where: linkWhere }),
    prisma.couponCode.findMany({ where: couponWhere, select: couponRowSelect, orderBy: { code: "asc" }, take: COUPON_LIMIT }),
    prisma.couponCode.count({ where: couponWhere }),
  ]);
  return { links, total, coupons, couponTotal };
}

/** What the link and code forms choose from. Creators are searched as the user types (GET /api/creators?q=&limit=), never listed whole. */
export async function linkFormOptions(workspaceId: string) {
  const [creator, campaigns, merchants, placements] = await Promise.all([
    prisma.creator.findFirst({ where: { workspaceId, status: { not: "archived" } }, select: { id: true } }),
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true, merchantId: true }, orderBy: { name: "asc" } }),
    prisma.merchant.findMany({ where: { workspaceId }, select: { id: true, name: true, allowedDomains: true }, orderBy: { name: "asc" } }),
    listPlacements(workspaceId),
  ]);
  return { hasCreators: creator !== null, campaigns, merchants, placements };
}

/** The creator a list filter names, for showing their name in the picker; null when it is not one of the workspace's. */
export function creatorChoice(workspaceId: string, id: string | undefined) {
  return id ? prisma.creator.findFirst({ where: { workspaceId, id }, select: { id: true, name: true } }) : Promise.resolve(null);
}

export function listPlacements(workspaceId: string) {
  return prisma.placement.findMany({ where: { workspaceId }, select: { key: true, label: true }, orderBy: { key: "asc" } });
}
