import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { parseListState, type ListState, type SearchParams } from "@/lib/list/params";
import { CREATOR_STATUSES } from "./schema";

export const CREATOR_LIST_SELECT = {
  id: true,
  name: true,
  email: true,
  status: true,
  audienceCountry: true,
  createdAt: true,
  handles: { select: { platform: true, handle: true }, orderBy: { platform: "asc" } },
  _count: { select: { links: true } },
} as const satisfies Prisma.CreatorSelect;

export function listCreators(workspaceId: string) {
  return prisma.creator.findMany({ where: { workspaceId }, orderBy: { name: "asc" }, select: CREATOR_LIST_SELECT });
}

export type CreatorListItem = Awaited<ReturnType<typeof listCreators>>[number];

// ─── the creators page: search, filters, sort, pagination (state in the URL) ───

export const CREATOR_SORTS = ["name", "created", "country", "status"] as const;
export const CREATOR_FILTERS = ["status", "campaign", "country", "brief"] as const;
export const CREATOR_PAGE_SIZE = 50;

export type CreatorListState = ListState<(typeof CREATOR_SORTS)[number], (typeof CREATOR_FILTERS)[number]>;

export const parseCreatorListState = (params: SearchParams): CreatorListState =>
  parseListState(params, { sorts: CREATOR_SORTS, defaultSort: "name", filters: CREATOR_FILTERS });

/** ?limit= for a smaller page (the creator pickers ask for a handful); like the other list params, a bad value falls back to the full page. */
export const parseCreatorPageSize = (params: SearchParams): number =>
  z.coerce.number().int().min(1).max(CREATOR_PAGE_SIZE).catch(CREATOR_PAGE_SIZE).parse([params.limit].flat()[0] ?? undefined);

/** The where clause for a list state; the brief filter needs the current brief's id (null: no brief published). */
export function creatorWhere(workspaceId: string, state: CreatorListState, currentBriefId: string | null): Prisma.CreatorWhereInput {
  const { q, filters } = state;
  const and: Prisma.CreatorWhereInput[] = [{ workspaceId }];
  if (q) {
    const contains = { contains: q.replace(/^@/, ""), mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { email: contains }, { handles: { some: { workspaceId, handle: contains } } }] });
  }
  const status = CREATOR_STATUSES.find((s) => s === filters.status);
  // archived creators stay out of the list unless asked for
  and.push(status ? { status } : { status: { not: "archived" } });
  if (filters.campaign) and.push({ links: { some: { workspaceId, campaignId: filters.campaign } } });
  if (filters.country) and.push({ audienceCountry: filters.country.toUpperCase() });
  if (filters.brief === "accepted") and.push(currentBriefId ? { acceptances: { some: { workspaceId, briefId: currentBriefId } } } : { id: { in: [] } });
  if (filters.brief === "pending" && currentBriefId) and.push({ acceptances: { none: { workspaceId, briefId: currentBriefId } } });
  return { AND: and };
}

function orderBy(state: CreatorListState): Prisma.CreatorOrderByWithRelationInput[] {
  const dir = state.dir;
  const first: Record<CreatorListState["sort"], Prisma.CreatorOrderByWithRelationInput> = {
    name: { name: dir },
    created: { createdAt: dir },
    country: { audienceCountry: { sort: dir, nulls: "last" } },
    status: { status: dir },
  };
  // id breaks ties so pages never overlap or skip a row
  return [first[state.sort], { id: dir }];
}

/** One page of creators and the total matching: a count and a page query, both on the workspace's indexes. */
export async function listCreatorPage(workspaceId: string, state: CreatorListState, pageSize = CREATOR_PAGE_SIZE) {
  const brief = await prisma.disclosureBrief.findFirst({ where: { workspaceId }, orderBy: { version: "desc" }, select: { id: true, version: true } });
  const where = creatorWhere(workspaceId, state, brief?.id ?? null);
  const [total, rows] = await Promise.all([
    prisma.creator.count({ where }),
    prisma.creator.findMany({
      where,
      orderBy: orderBy(state),
      skip: (state.page - 1) * pageSize,
      take: pageSize,
      select: { ...CREATOR_LIST_SELECT, acceptances: { where: { briefId: brief?.id ?? "" }, select: { acceptedAt: true } } },
    }),
  ]);
  return { total, rows, pageSize, currentBrief: brief };
}

export type CreatorPageRow = Awaited<ReturnType<typeof listCreatorPage>>["rows"][number];

/** Creator names by id, for labelling rows; only `ids` when given. */
export async function creatorNames(workspaceId: string, ids?: string[]): Promise<Map<string, string>> {
  const rows = await prisma.creator.findMany({ where: { workspaceId, ...(ids ? { id: { in: ids } } : {}) }, select: { id: true, name: true } });
  return new Map(rows.map((c) => [c.id, c.name]));
}

/** One creator for the edit page: profile, handles, contract versions, open invites. */
export function getCreator(workspaceId: string, id: string) {
  return prisma.creator.findFirst({
    where: { id, workspaceId },
    select: {
      ...CREATOR_LIST_SELECT,
      userId: true,
      invites: { where: { workspaceId, usedAt: null, revokedAt: null }, select: { id: true, expiresAt: true, createdAt: true }, orderBy: { createdAt: "desc" } },
    },
  });
}

/** What the list's filters offer: the workspace's campaigns and the audience countries in use. */
export async function creatorFilterOptions(workspaceId: string) {
  const [campaigns, countries] = await Promise.all([
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.creator.findMany({ where: { workspaceId, audienceCountry: { not: null } }, distinct: ["audienceCountry"], select: { audienceCountry: true }, orderBy: { audienceCountry: "asc" } }),
  ]);
  return { campaigns, countries: countries.map((c) => c.audienceCountry!) };
}

/** The newest contract in the workspace: its terms pre-fill a new creator's version 1. */
export function latestWorkspaceTerms(workspaceId: string) {
  return prisma.creatorContract.findFirst({
    where: { workspaceId },
    orderBy: { createdAt: "desc" },
    select: { paymentTerms: true, allowedContent: true, disclosureText: true, attributionWindowDays: true, commissionType: true, commissionBps: true, commissionFlatMinor: true },
  });
}
