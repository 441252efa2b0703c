// One creator's instruction sheet for one campaign: their link for each
// placement, their codes, the dates, the attribution window and the
// disclosure language. Every query matches the workspace, and the creator
// (a portal caller can only ever load their own: scope comes from ownRows).
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { placementGuidance } from "./guidance";

export interface SheetScope {
  workspaceId: string;
  creatorId: string;
}

export async function loadSheet(scope: SheetScope, campaignId: string, now = new Date()) {
  const where = { workspaceId: scope.workspaceId, creatorId: scope.creatorId, campaignId };
  const [creator, campaign, link, coupons, placements, brief, contract, binding] = await Promise.all([
    prisma.creator.findFirst({ where: { id: scope.creatorId, workspaceId: scope.workspaceId }, select: { id: true, name: true } }),
    prisma.campaign.findFirst({ where: { id: campaignId, workspaceId: scope.workspaceId }, select: { id: true, name: true, utmCampaign: true, startsAt: true, endsAt: true, attributionWindowDays: true, priority: true, status: true } }),
    prisma.trackingLink.findFirst({ where, select: { code: true, destinationUrl: true, disabledAt: true, merchant: { select: { name: true } } } }),
    prisma.couponCode.findMany({ where: { ...where, disabledAt: null }, select: { code: true }, orderBy: { code: "asc" } }),
    prisma.placement.findMany({ where: { workspaceId: scope.workspaceId }, select: { key: true, label: true }, orderBy: { key: "asc" } }),
    prisma.disclosureBrief.findFirst({ where: { workspaceId: scope.workspaceId }, orderBy: { version: "desc" }, select: { id: true, version: true, title: true, body: true, publishedAt: true } }),
    prisma.creatorContract.findFirst({ where: { workspaceId: scope.workspaceId, creatorId: scope.creatorId }, orderBy: { version: "desc" }, select: { version: true, allowedContent: true } }),
    // the version that would bind an order placed now (lib/attribution/contract-terms.ts): its window, if it sets one, is the creator's
    prisma.creatorContract.findFirst({
      where: { workspaceId: scope.workspaceId, creatorId: scope.creatorId, effectiveFrom: { lte: now }, acceptedAt: { lte: now } },
      orderBy: [{ effectiveFrom: "desc" }, { version: "desc" }],
      select: { version: true, attributionWindowDays: true },
    }),
  ]);
  if (!creator || !campaign || (!link && coupons.length === 0)) throw new AppError("not_found", "No instruction sheet: this creator has no link or code in this campaign.");
  const accepted = brief
    ? await prisma.disclosureAcceptance.findFirst({ where: { workspaceId: scope.workspaceId, creatorId: scope.creatorId, briefId: brief.id }, select: { acceptedAt: true } })
    : null;
  // "other" is the catch-all for typos, not a place to send anyone
  const rows = placements.filter((p) => p.key !== "other").map((p) => ({ ...p, guidance: placementGuidance(p.key, p.label) }));
  const windowDays = binding?.attributionWindowDays ?? campaign.attributionWindowDays;
  const window = { days: windowDays, contract: binding?.attributionWindowDays != null ? `contract v${binding.version}` : null };
  return { creator, campaign, link, coupons: coupons.map((c) => c.code), placements: rows, brief, acceptedAt: accepted?.acceptedAt ?? null, contract, window };
}

export type Sheet = Awaited<ReturnType<typeof loadSheet>>;

/** The (creator, campaign) pairs that have a sheet: a link or a code. */
export async function sheetCampaigns(scope: SheetScope) {
  const [links, coupons] = await Promise.all([
    prisma.trackingLink.findMany({ where: scope, select: { campaignId: true } }),
    prisma.couponCode.findMany({ where: scope, select: { campaignId: true } }),
  ]);
  const ids = [...new Set([...links, ...coupons].map((x) => x.campaignId))];
  return prisma.campaign.findMany({ where: { workspaceId: scope.workspaceId, id: { in: ids } }, select: { id: true, name: true, startsAt: true, endsAt: true, status: true }, orderBy: { startsAt: "desc" } });
}

export const SHEET_PAGE_SIZE = 50;

/** The brand's index of sheets: one per link (creator × campaign), searchable by creator or campaign name, paginated. */
export async function listSheets(workspaceId: string, q: string, page: number) {
  const where = {
    workspaceId,
    ...(q ? { OR: [{ creator: { name: { contains: q, mode: "insensitive" as const } } }, { campaign: { name: { contains: q, mode: "insensitive" as const } } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.trackingLink.count({ where }),
    prisma.trackingLink.findMany({
      where,
      select: { id: true, code: true, creatorId: true, campaignId: true, creator: { select: { name: true } }, campaign: { select: { name: true } } },
      orderBy: [{ campaign: { name: "asc" } }, { creator: { name: "asc" } }],
      skip: (page - 1) * SHEET_PAGE_SIZE,
      take: SHEET_PAGE_SIZE,
    }),
  ]);
  return { total, rows };
}
