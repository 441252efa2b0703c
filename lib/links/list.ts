import { prisma } from "@/lib/db/prisma";

/** Links and coupons in scope: a workspace, or one creator's own (portal). */
export async function listLinksAndCoupons(scope: { workspaceId: string; creatorId?: string }) {
  const include = { creator: { select: { name: true } }, campaign: { select: { name: true, utmCampaign: true } } } as const;
  const [links, coupons] = await Promise.all([
    prisma.trackingLink.findMany({ where: scope, include, orderBy: [{ campaign: { name: "asc" } }, { creator: { name: "asc" } }] }),
    prisma.couponCode.findMany({ where: scope, include, orderBy: { code: "asc" } }),
  ]);
  return { links, coupons };
}
