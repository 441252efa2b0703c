// A creator's earnings: totals by status and the filtered, paginated history.
// Every query is scoped by ownRows(ctx): the workspace and the caller's own
// creator id (a context without one gets nothing: portal pages are for creators).
import { AppError } from "@/lib/api/errors";
import { ownRows, type AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommissionStatus } from "@/lib/generated/prisma/enums";
import { EARNINGS_PAGE_SIZE, type EarningsFilter } from "./schema";

export function creatorRows(ctx: AuthContext): { workspaceId: string; creatorId: string } {
  const rows = ownRows(ctx);
  if (!rows.creatorId) throw new AppError("forbidden", "Earnings are shown to the creator they belong to.");
  return { workspaceId: rows.workspaceId, creatorId: rows.creatorId };
}

export interface StatusTotal {
  status: CommissionStatus;
  currency: string;
  amountMinor: number;
  count: number;
  /** pending: the soonest and the latest date a commission becomes payable */
  nextPayable: Date | null;
  lastPayable: Date | null;
}

export async function earningsTotals(ctx: AuthContext): Promise<StatusTotal[]> {
  const groups = await prisma.commission.groupBy({
    by: ["status", "currency"],
    where: { ...creatorRows(ctx), isTest: false },
    _sum: { amountMinor: true },
    _count: { _all: true },
    _min: { holdUntil: true },
    _max: { holdUntil: true },
  });
  return groups.map((g) => ({
    status: g.status,
    currency: g.currency,
    amountMinor: g._sum.amountMinor ?? 0,
    count: g._count._all,
    nextPayable: g.status === "pending" ? g._min.holdUntil : null,
    lastPayable: g.status === "pending" ? g._max.holdUntil : null,
  }));
}

export const EARNING_LINE_SELECT = {
  id: true, amountMinor: true, currency: true, status: true, holdUntil: true, note: true, basis: true, createdAt: true, campaignId: true,
  conversion: { select: { orderId: true, event: true, occurredAt: true, attributionReason: true, channel: true } },
  payoutLines: { select: { payoutId: true } },
} as const satisfies Prisma.CommissionSelect;

function where(ctx: AuthContext, f: EarningsFilter): Prisma.CommissionWhereInput {
  const occurredAt = f.from || f.to ? { ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}), ...(f.to ? { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + 86_400_000) } : {}) } : undefined;
  return { ...creatorRows(ctx), isTest: false, status: f.status, campaignId: f.campaign, ...(occurredAt ? { conversion: { occurredAt } } : {}) };
}

export async function earningsHistory(ctx: AuthContext, f: EarningsFilter, page: number, sort: "date" | "amount", dir: "asc" | "desc") {
  const w = where(ctx, f);
  const orderBy: Prisma.CommissionOrderByWithRelationInput[] = sort === "amount" ? [{ amountMinor: dir }, { id: dir }] : [{ createdAt: dir }, { id: dir }];
  const [rows, total] = await Promise.all([
    prisma.commission.findMany({ where: w, select: EARNING_LINE_SELECT, orderBy, skip: (page - 1) * EARNINGS_PAGE_SIZE, take: EARNINGS_PAGE_SIZE }),
    prisma.commission.count({ where: w }),
  ]);
  return { rows, total };
}

/** The campaigns the creator has commissions in (the filter's choices), with their names. */
export async function earningCampaigns(ctx: AuthContext) {
  const ids = await prisma.commission.findMany({ where: { ...creatorRows(ctx), isTest: false }, distinct: ["campaignId"], select: { campaignId: true } });
  return prisma.campaign.findMany({ where: { workspaceId: ctx.workspace.id, id: { in: ids.map((i) => i.campaignId) } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
