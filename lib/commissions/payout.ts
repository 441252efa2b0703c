// Payout runs: commissions past their holding period are approved, then
// every approved, non-test commission from orders before the period's end is
// paid on one run, grouped per creator. Negative lines (clawbacks of refunds
// after an earlier payout) net against the creator's earnings. Held and
// pending commissions wait; test commissions never appear.
import { stringify } from "csv-stringify/sync";
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { approveDueCommissions } from "./approve-due";
import type { PayoutRunInput } from "./schema";


export async function runPayout(ctx: AuthContext, input: PayoutRunInput) {
  const periodStart = new Date(`${input.periodStart}T00:00:00Z`);
  const periodEnd = new Date(`${input.periodEnd}T00:00:00Z`);
  await approveDueCommissions(ctx.workspace.id);
  return prisma.$transaction(async (tx) => {
    // the claim comes first: a period is paid once (unique → P2002 → 409), also under concurrent runs
    const payoutId = newId("pay");
    await tx.payout.create({ data: { id: payoutId, workspaceId: ctx.workspace.id, periodStart, periodEnd, currency: ctx.workspace.currency, status: "exported", createdById: ctx.userId } });
    const due = await tx.commission.findMany({
      where: { workspaceId: ctx.workspace.id, status: "approved", isTest: false, conversion: { occurredAt: { lt: periodEnd } } },
      orderBy: { createdAt: "asc" },
    });
    if (due.length === 0) throw new AppError("unprocessable", "Nothing to pay: no approved commissions from orders before the period's end.");
    await tx.payoutLine.createMany({
      data: due.map((c) => ({ id: newId("pl"), workspaceId: c.workspaceId, payoutId, creatorId: c.creatorId, kind: c.amountMinor < 0 ? ("clawback" as const) : ("commission" as const), commissionId: c.id, amountMinor: c.amountMinor, currency: c.currency, note: c.note })),
    });
    await tx.commission.updateMany({ where: { id: { in: due.map((c) => c.id) } }, data: { status: "paid" } });
    const totalMinor = due.reduce((s, c) => s + c.amountMinor, 0);
    await audit(tx, ctx, { action: "payout.run", entityType: "Payout", entityId: payoutId, after: { periodStart: input.periodStart, periodEnd: input.periodEnd, lines: due.length, totalMinor } });
    return { id: payoutId, lines: due.length, totalMinor, currency: ctx.workspace.currency };
  });
}

/** One row per creator: commissions, clawbacks and the net to pay. */
export async function payoutCsv(workspaceId: string, payoutId: string): Promise<string> {
  const payout = await prisma.payout.findFirst({ where: { id: payoutId, workspaceId }, include: { lines: true } });
  if (!payout) throw new AppError("not_found", "No such payout in this workspace.");
  const creators = new Map((await prisma.creator.findMany({ where: { workspaceId, id: { in: payout.lines.map((l) => l.creatorId) } }, select: { id: true, name: true, email: true } })).map((c) => [c.id, c]));
  const perCreator = new Map<string, { commissions: number; clawbacks: number; lines: number; currency: string }>();
  for (const l of payout.lines) {
    const row = perCreator.get(l.creatorId) ?? { commissions: 0, clawbacks: 0, lines: 0, currency: l.currency };
    if (l.kind === "clawback") row.clawbacks += l.amountMinor;
    else row.commissions += l.amountMinor;
    row.lines += 1;
    perCreator.set(l.creatorId, row);
  }
  const rows = [...perCreator].map(([creatorId, r]) => [creators.get(creatorId)?.name ?? creatorId, creators.get(creatorId)?.email ?? "", r.lines, r.commissions, r.clawbacks, r.commissions + r.clawbacks, r.currency]);
  return stringify([["creator", "email", "lines", "commissions_minor", "clawbacks_minor", "net_minor", "currency"], ...rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))]);
}
