// The Review page's list: items filtered by status, signal and creator (state
// in the URL), newest first, each with the commissions it holds. The portal's
// view of the same (portalReview): a creator's own items only, with what is
// held and the notes of decided items, never the evidence's internals.
import { prisma } from "@/lib/db/prisma";
import { ReviewKind, ReviewStatus } from "@/lib/generated/prisma/enums";
import type { SearchParams } from "@/lib/list/params";
import { parseListState } from "@/lib/list/params";

export const REVIEW_KINDS = Object.values(ReviewKind);
export const REVIEW_STATUSES = Object.values(ReviewStatus);
const PAGE_SIZE = 25;

export function reviewListState(params: SearchParams) {
  const state = parseListState(params, { sorts: ["createdAt"], defaultSort: "createdAt", defaultDir: "desc", filters: ["status", "kind", "creator"] });
  const status = REVIEW_STATUSES.find((s) => s === state.filters.status);
  const kind = REVIEW_KINDS.find((k) => k === state.filters.kind);
  return { ...state, status, kind, creatorId: state.filters.creator };
}

export type ReviewListState = ReturnType<typeof reviewListState>;

export async function listReviewItems(workspaceId: string, s: ReviewListState) {
  const where = { workspaceId, ...(s.status ? { status: s.status } : {}), ...(s.kind ? { kind: s.kind } : {}), ...(s.creatorId ? { creatorId: s.creatorId } : {}) };
  const [items, total] = await Promise.all([
    prisma.reviewItem.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (s.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    prisma.reviewItem.count({ where }),
  ]);
  const holds = await prisma.reviewHold.findMany({ where: { workspaceId, reviewItemId: { in: items.map((i) => i.id) } }, orderBy: { commissionId: "asc" } });
  const commissions = await prisma.commission.findMany({
    where: { workspaceId, id: { in: holds.map((h) => h.commissionId) } },
    select: { id: true, amountMinor: true, currency: true, status: true, note: true, conversion: { select: { orderId: true, occurredAt: true } } },
  });
  const byId = new Map(commissions.map((c) => [c.id, c]));
  return {
    total,
    pageSize: PAGE_SIZE,
    items: items.map((i) => ({ ...i, holds: holds.filter((h) => h.reviewItemId === i.id).flatMap((h) => {
      const c = byId.get(h.commissionId);
      return c ? [{ ...c, decided: h.decidedAt !== null }] : [];
    }) })),
  };
}

export type ReviewRow = Awaited<ReturnType<typeof listReviewItems>>["items"][number];

/** A creator's own: how much is held under review now, and the decided items' sentences and notes. */
export async function portalReview(workspaceId: string, creatorId: string) {
  const [[held], decided] = await Promise.all([
    // held by a review item (not a cap or a pixel sale awaiting the shop, which the earnings page explains)
    prisma.$queryRaw<{ count: bigint; minor: bigint | null }[]>`
      SELECT count(DISTINCT m.id) AS count, sum(m."amountMinor") AS minor FROM "Commission" m
       WHERE m."workspaceId" = ${workspaceId} AND m."creatorId" = ${creatorId} AND m.status = 'held' AND NOT m."isTest"
         AND EXISTS (SELECT 1 FROM "ReviewHold" h WHERE h."workspaceId" = m."workspaceId" AND h."commissionId" = m.id AND h."decidedAt" IS NULL)`,
    prisma.reviewItem.findMany({
      where: { workspaceId, creatorId, status: { not: "open" }, kind: { not: "cap_reached" } },
      select: { id: true, status: true, summary: true, note: true, decidedAt: true },
      orderBy: { decidedAt: "desc" },
      take: 10,
    }),
  ]);
  return { heldCount: Number(held.count), heldMinor: Number(held.minor ?? 0), decided };
}
