import { prisma } from "@/lib/db/prisma";

/** The links the builder offers (newest first, capped: a pick list, not a report). */
export const BUILDER_LINK_LIMIT = 500;

export async function builderLinks(workspaceId: string) {
  const rows = await prisma.trackingLink.findMany({
    where: { workspaceId, disabledAt: null },
    select: { code: true, creator: { select: { name: true } }, campaign: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take: BUILDER_LINK_LIMIT,
  });
  return rows.map((l) => ({ code: l.code, label: `${l.creator.name} · ${l.campaign.name} (${l.code})` }));
}
