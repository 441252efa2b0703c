import { prisma } from "@/lib/db/prisma";

export function listCreators(workspaceId: string) {
  return prisma.creator.findMany({
    where: { workspaceId },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      email: true,
      status: true,
      audienceCountry: true,
      handles: { select: { platform: true, handle: true }, orderBy: { platform: "asc" } },
      _count: { select: { links: true } },
    },
  });
}

export type CreatorListItem = Awaited<ReturnType<typeof listCreators>>[number];

/** Creator names by id, for labelling rows; only `ids` when given. */
export async function creatorNames(workspaceId: string, ids?: string[]): Promise<Map<string, string>> {
  const rows = await prisma.creator.findMany({ where: { workspaceId, ...(ids ? { id: { in: ids } } : {}) }, select: { id: true, name: true } });
  return new Map(rows.map((c) => [c.id, c.name]));
}
