// Content posts as the posts page and the API show them, newest first,
// filtered by creator and campaign.
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export const POST_PAGE_SIZE = 50;

export const publicPostSelect = {
  id: true, placement: true, url: true, postedAt: true, impressions: true,
  creator: { select: { id: true, name: true } },
} satisfies Prisma.ContentPostSelect;

export async function listPosts(workspaceId: string, opts: { creator?: string; campaign?: string; page: number }) {
  const where: Prisma.ContentPostWhereInput = { workspaceId, ...(opts.creator ? { creatorId: opts.creator } : {}), ...(opts.campaign ? { campaignId: opts.campaign } : {}) };
  const [rows, total, sum, campaigns] = await Promise.all([
    prisma.contentPost.findMany({ where, select: { ...publicPostSelect, campaignId: true }, orderBy: [{ postedAt: "desc" }, { id: "asc" }], skip: (opts.page - 1) * POST_PAGE_SIZE, take: POST_PAGE_SIZE }),
    prisma.contentPost.count({ where }),
    prisma.contentPost.aggregate({ where, _sum: { impressions: true } }),
    // ContentPost has no campaign relation: names come from one lookup, scoped to the workspace
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const posts = rows.map(({ campaignId, ...p }) => ({ ...p, campaign: { id: campaignId, name: names.get(campaignId) ?? "—" } }));
  return { posts, total, impressions: sum._sum.impressions ?? 0 };
}

export type PostRow = Awaited<ReturnType<typeof listPosts>>["posts"][number];
