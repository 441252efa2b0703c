// Campaign reads for the pages: the list (search, status, pagination in the
// URL) and one campaign with its terms versions.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";
import { prisma } from "@/lib/db/prisma";
import { normaliseTerms, type Terms } from "./terms";

export const CAMPAIGN_PAGE_SIZE = 50;
export const CAMPAIGN_SORTS = ["startsAt", "name"] as const;

export const campaignListSelect = {
  id: true, name: true, utmCampaign: true, status: true, startsAt: true, endsAt: true, currency: true,
  attributionWindowDays: true, commissionType: true, commissionBps: true, commissionFlatMinor: true, commissionTiers: true,
  capPerCreatorMinor: true, capPeriod: true, priority: true, holdingDays: true,
  merchant: { select: { id: true, name: true } },
  _count: { select: { links: true, coupons: true } },
} satisfies Prisma.CampaignSelect;

export async function listCampaigns(workspaceId: string, opts: { q: string; status?: string; sort: (typeof CAMPAIGN_SORTS)[number]; dir: "asc" | "desc"; page: number }) {
  const where: Prisma.CampaignWhereInput = {
    workspaceId,
    ...(opts.q ? { OR: [{ name: { contains: opts.q, mode: "insensitive" } }, { utmCampaign: { contains: opts.q.toLowerCase() } }] } : {}),
    ...(opts.status && ["draft", "active", "ended"].includes(opts.status) ? { status: opts.status as CampaignStatus } : {}),
  };
  const [page, total] = await Promise.all([
    prisma.campaign.findMany({ where, select: campaignListSelect, orderBy: [{ [opts.sort]: opts.dir }, { id: "asc" }], skip: (opts.page - 1) * CAMPAIGN_PAGE_SIZE, take: CAMPAIGN_PAGE_SIZE }),
    prisma.campaign.count({ where }),
  ]);
  // the row holds the terms of the last edit in force; a version scheduled since may have started: show what is in force now, and what is coming
  const versions = await prisma.campaignTerms.findMany({ where: { workspaceId, campaignId: { in: page.map((c) => c.id) } }, orderBy: [{ effectiveFrom: "asc" }, { version: "asc" }] });
  const now = Date.now();
  const rows = page.map((c) => {
    const own = versions.filter((v) => v.campaignId === c.id);
    const inForce = own.filter((v) => v.effectiveFrom.getTime() <= now).at(-1);
    const next = own.find((v) => v.effectiveFrom.getTime() > now);
    return { ...c, ...(inForce ? normaliseTerms(inForce) : {}), nextChangeAt: next?.effectiveFrom ?? null };
  });
  return { rows, total };
}

export interface TermsVersion extends Terms {
  version: number;
  effectiveFrom: Date;
  createdAt: Date;
  createdBy: string | null;
}

/** One campaign, its versions newest first, and which one is in force now. */
export async function getCampaign(workspaceId: string, id: string) {
  const campaign = await prisma.campaign.findFirst({ where: { id, workspaceId }, select: campaignListSelect });
  if (!campaign) return null;
  const rows = await prisma.campaignTerms.findMany({ where: { workspaceId, campaignId: id }, orderBy: { version: "desc" } });
  const users = await prisma.user.findMany({ where: { id: { in: rows.flatMap((r) => (r.createdById ? [r.createdById] : [])) } }, select: { id: true, name: true } });
  const names = new Map(users.map((u) => [u.id, u.name]));
  const versions: TermsVersion[] = rows.map((r) => ({ ...normaliseTerms(r), version: r.version, effectiveFrom: r.effectiveFrom, createdAt: r.createdAt, createdBy: r.createdById ? (names.get(r.createdById) ?? "a former teammate") : null }));
  const now = Date.now();
  const inForce = [...versions].sort((a, b) => b.effectiveFrom.getTime() - a.effectiveFrom.getTime() || b.version - a.version).find((v) => v.effectiveFrom.getTime() <= now);
  return { campaign, versions, current: inForce ?? { ...normaliseTerms(campaign), version: 0, effectiveFrom: new Date(0), createdAt: new Date(0), createdBy: null } };
}

export function listMerchantOptions(workspaceId: string) {
  return prisma.merchant.findMany({ where: { workspaceId }, select: { id: true, name: true, currency: true, allowedDomains: true }, orderBy: { name: "asc" } });
}
