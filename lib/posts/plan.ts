// What saving a set of posts would do, row by row: a post is identified by
// its url, or when it has none by (creator, campaign, placement, postedAt),
// the two unique keys of ContentPost. A row matching a post with the same
// values is unchanged, so saving the same rows twice changes nothing. Shared
// by the form (one row) and the CSV upload.
import { prisma } from "@/lib/db/prisma";
import type { PostOutcome } from "./schema";

export interface PostDraft {
  row: number;
  creatorId: string;
  campaignId: string;
  placement: string;
  url: string | null;
  postedAt: Date;
  impressions: number;
}

export interface ExistingPost extends Omit<PostDraft, "row"> {
  id: string;
}

export type PlannedPost =
  | { draft: PostDraft; outcome: "create" }
  | { draft: PostDraft; outcome: Exclude<PostOutcome, "create">; existing: ExistingPost }
  | { draft: PostDraft; outcome: "problem"; column: "url" | "posted_at"; message: string };

const keyOf = (p: Omit<PostDraft, "row" | "url" | "impressions">) => `${p.creatorId}\u0000${p.campaignId}\u0000${p.placement}\u0000${p.postedAt.toISOString()}`;

export const existingPostSelect = { id: true, creatorId: true, campaignId: true, placement: true, url: true, postedAt: true, impressions: true } as const;

/** The workspace's posts any draft could match, in one query. */
export function loadMatches(workspaceId: string, drafts: PostDraft[]): Promise<ExistingPost[]> {
  const urls = drafts.flatMap((d) => (d.url ? [d.url] : []));
  return prisma.contentPost.findMany({
    where: { workspaceId, OR: [{ url: { in: urls } }, { creatorId: { in: [...new Set(drafts.map((d) => d.creatorId))] }, postedAt: { in: drafts.map((d) => d.postedAt) } }] },
    select: existingPostSelect,
  });
}

function same(d: PostDraft, e: ExistingPost): boolean {
  return d.creatorId === e.creatorId && d.campaignId === e.campaignId && d.placement === e.placement && (d.url ?? e.url) === e.url && d.postedAt.getTime() === e.postedAt.getTime() && d.impressions === e.impressions;
}

function planOne(d: PostDraft, byUrl: Map<string, ExistingPost>, byKey: Map<string, ExistingPost>): PlannedPost {
  const atKey = byKey.get(keyOf(d));
  const atUrl = d.url ? byUrl.get(d.url) : undefined;
  if (atUrl && atKey && atUrl.id !== atKey.id) {
    return { draft: d, outcome: "problem", column: "posted_at", message: `Another post is already entered for this creator, campaign and placement at that time${atKey.url ? ` (${atKey.url})` : ""}.` };
  }
  if (!atUrl && atKey?.url && d.url) {
    return { draft: d, outcome: "problem", column: "url", message: `The post for this creator, campaign and placement at that time is already entered with another address: ${atKey.url}.` };
  }
  const existing = atUrl ?? atKey;
  if (!existing) return { draft: d, outcome: "create" };
  return { draft: d, outcome: same(d, existing) ? "unchanged" : "update", existing };
}

/** Each draft's outcome against the posts already saved; a later row repeating an earlier row's url or key is refused. */
export function planPosts(drafts: PostDraft[], existing: ExistingPost[]): PlannedPost[] {
  const byUrl = new Map(existing.flatMap((e) => (e.url ? [[e.url, e] as const] : [])));
  const byKey = new Map(existing.map((e) => [keyOf(e), e]));
  const seenUrl = new Map<string, number>();
  const seenKey = new Map<string, number>();
  return drafts.map((d) => {
    const firstUrl = d.url ? seenUrl.get(d.url) : undefined;
    if (firstUrl !== undefined) return { draft: d, outcome: "problem", column: "url", message: `This address is already on row ${firstUrl} of this file.` };
    const firstKey = seenKey.get(keyOf(d));
    if (firstKey !== undefined) return { draft: d, outcome: "problem", column: "posted_at", message: `Row ${firstKey} of this file is the same creator, campaign and placement at the same time.` };
    if (d.url) seenUrl.set(d.url, d.row);
    seenKey.set(keyOf(d), d.row);
    return planOne(d, byUrl, byKey);
  });
}
