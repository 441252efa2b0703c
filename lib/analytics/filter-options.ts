// What the filter bar offers: the workspace's campaigns and placement
// taxonomy (short lists), every ISO country, and the name of the creator
// already chosen (the rest are searched on the server as the user types).
import { prisma } from "@/lib/db/prisma";
import { COUNTRY_OPTIONS } from "@/lib/creators/countries";
import type { ReportFilters } from "./types";

export interface FilterOptions {
  campaigns: { id: string; name: string }[];
  placements: { key: string; label: string }[];
  countries: { code: string; name: string }[];
  creator: { id: string; name: string } | null;
}

export async function filterOptions(workspaceId: string, f: ReportFilters): Promise<FilterOptions> {
  const [campaigns, placements, creator] = await Promise.all([
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.placement.findMany({ where: { workspaceId }, select: { key: true, label: true }, orderBy: { key: "asc" } }),
    f.creatorId ? prisma.creator.findFirst({ where: { workspaceId, id: f.creatorId }, select: { id: true, name: true } }) : null,
  ]);
  return { campaigns, placements, countries: COUNTRY_OPTIONS, creator };
}
