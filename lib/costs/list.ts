// Costs as pages and the API show them: public fields with the creator's and
// campaign's names, newest day first, filtered by creator and campaign, with
// totals per currency over the whole filter (not only the page).
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";

export const COST_PAGE_SIZE = 50;

export const publicCostSelect = {
  id: true, kind: true, amountMinor: true, currency: true, incurredOn: true, note: true, createdAt: true,
  creator: { select: { id: true, name: true } },
  campaign: { select: { id: true, name: true } },
} satisfies Prisma.CreatorCostSelect;

export type CostRow = Prisma.CreatorCostGetPayload<{ select: typeof publicCostSelect }>;

export async function listCosts(workspaceId: string, opts: { creator?: string; campaign?: string; page: number }) {
  const where: Prisma.CreatorCostWhereInput = { workspaceId, ...(opts.creator ? { creatorId: opts.creator } : {}), ...(opts.campaign ? { campaignId: opts.campaign } : {}) };
  const [costs, total, sums] = await Promise.all([
    prisma.creatorCost.findMany({ where, select: publicCostSelect, orderBy: [{ incurredOn: "desc" }, { createdAt: "desc" }, { id: "asc" }], skip: (opts.page - 1) * COST_PAGE_SIZE, take: COST_PAGE_SIZE }),
    prisma.creatorCost.count({ where }),
    prisma.creatorCost.groupBy({ by: ["currency", "kind"], where, _sum: { amountMinor: true }, orderBy: [{ currency: "asc" }, { kind: "asc" }] }),
  ]);
  return { costs, total, sums: sums.map((s) => ({ currency: s.currency, kind: s.kind, amountMinor: s._sum.amountMinor ?? 0 })) };
}

/** What the cost form chooses from; campaigns carry their currency (the amount's unit). */
export async function costFormOptions(workspaceId: string) {
  const [creators, campaigns] = await Promise.all([
    prisma.creator.findMany({ where: { workspaceId, status: { not: "archived" } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true, currency: true }, orderBy: { name: "asc" } }),
  ]);
  return { creators, campaigns };
}
