// Payout statements for a creator: one per payout they have lines in, with
// only their own lines (ownRows through creatorRows). A payout they have no
// line in is "not found", the same answer as a payout that does not exist.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { creatorRows } from "@/lib/earnings/list";

export interface StatementSummary {
  payoutId: string;
  periodStart: Date;
  periodEnd: Date;
  status: string;
  paidAt: Date | null;
  createdAt: Date;
  currency: string;
  lines: number;
  commissionsMinor: number;
  clawbacksMinor: number;
  netMinor: number;
}

export async function listStatements(ctx: AuthContext): Promise<StatementSummary[]> {
  const own = creatorRows(ctx);
  const sums = await prisma.payoutLine.groupBy({ by: ["payoutId", "kind"], where: own, _sum: { amountMinor: true }, _count: { _all: true } });
  const payouts = await prisma.payout.findMany({
    where: { workspaceId: own.workspaceId, id: { in: [...new Set(sums.map((s) => s.payoutId))] } },
    select: { id: true, periodStart: true, periodEnd: true, status: true, paidAt: true, createdAt: true, currency: true },
    orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }],
  });
  return payouts.map((p) => {
    const mine = sums.filter((s) => s.payoutId === p.id);
    const sum = (kind: string) => mine.filter((s) => s.kind === kind).reduce((t, s) => t + (s._sum.amountMinor ?? 0), 0);
    const commissionsMinor = sum("commission");
    const clawbacksMinor = sum("clawback");
    return { payoutId: p.id, periodStart: p.periodStart, periodEnd: p.periodEnd, status: p.status, paidAt: p.paidAt, createdAt: p.createdAt, currency: p.currency, lines: mine.reduce((t, s) => t + s._count._all, 0), commissionsMinor, clawbacksMinor, netMinor: commissionsMinor + clawbacksMinor };
  });
}

export const STATEMENT_LINE_SELECT = {
  id: true, kind: true, amountMinor: true, currency: true, note: true,
  commission: { select: { campaignId: true, note: true, conversion: { select: { orderId: true, event: true, occurredAt: true, attributionReason: true, channel: true } } } },
} as const satisfies Prisma.PayoutLineSelect;

export async function statement(ctx: AuthContext, payoutId: string) {
  const own = creatorRows(ctx);
  const [payout, lines] = await Promise.all([
    prisma.payout.findFirst({ where: { id: payoutId, workspaceId: own.workspaceId }, select: { id: true, periodStart: true, periodEnd: true, status: true, paidAt: true, createdAt: true, currency: true } }),
    prisma.payoutLine.findMany({ where: { ...own, payoutId }, select: STATEMENT_LINE_SELECT, orderBy: [{ kind: "asc" }, { id: "asc" }] }),
  ]);
  if (!payout || lines.length === 0) throw new AppError("not_found", "No such statement.");
  const campaigns = await prisma.campaign.findMany({ where: { workspaceId: own.workspaceId, id: { in: [...new Set(lines.flatMap((l) => (l.commission ? [l.commission.campaignId] : [])))] } }, select: { id: true, name: true } });
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const commissionsMinor = lines.filter((l) => l.kind === "commission").reduce((t, l) => t + l.amountMinor, 0);
  const clawbacksMinor = lines.filter((l) => l.kind === "clawback").reduce((t, l) => t + l.amountMinor, 0);
  return {
    payout,
    lines: lines.map((l) => ({ ...l, campaign: l.commission ? (names.get(l.commission.campaignId) ?? "") : "", reason: lineReason(l) })),
    totals: { commissionsMinor, clawbacksMinor, netMinor: commissionsMinor + clawbacksMinor },
  };
}

type Line = Prisma.PayoutLineGetPayload<{ select: typeof STATEMENT_LINE_SELECT }>;

/** Why the line is on the statement: the attribution sentence for a commission, the refund or cancellation for a clawback. */
export function lineReason(l: Line): string {
  const c = l.commission?.conversion;
  if (l.kind === "clawback") {
    const what = c ? `order ${c.orderId} ${c.event === "cancel" ? "cancelled" : "refunded"} after it was paid` : "refunded after it was paid";
    return `Clawback: ${what}${l.note && !l.note.startsWith("clawback") ? ` (${l.note})` : ""}`;
  }
  return c?.attributionReason ?? l.note ?? "";
}
