// Payout runs: commissions past their holding period are approved, then
// every approved, non-test commission from orders before the period's end is
// paid on one run, grouped per creator. The commissions are claimed by one
// status-guarded UPDATE, so each is paid once however many runs start
// together. Negative lines (clawbacks of refunds after an earlier payout) net
// against the creator's earnings. Held and pending commissions wait (the run
// records which were held and why); test
// commissions never appear. The CSV escapes spreadsheet formulas.
import { stringify } from "csv-stringify/sync";
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { inTransaction } from "@/lib/db/sql";
import { holdLargePayments } from "@/lib/fraud/large-payments";
import { heldOnRun } from "@/lib/fraud/payout-holds";
import { readThresholds } from "@/lib/fraud/settings";
import { holdForOpenItems } from "@/lib/review/holds";
import { approveDueCommissions } from "./approve-due";
import type { PayoutRunInput } from "./schema";

type Tx = Prisma.TransactionClient;

interface ClaimedCommission {
  id: string;
  workspaceId: string;
  creatorId: string;
  amountMinor: number;
  currency: string;
  note: string | null;
  createdAt: Date;
}

/**
 * Marks every payable commission of the workspace paid, in one statement, and
 * returns what it marked: the claim is the write, not a read before it. Rows
 * are locked in id order (as refunds and decisions lock theirs), so a
 * concurrent run waits instead of deadlocking, then re-reads each row and
 * skips the ones already paid, reversed or rejected meanwhile.
 */
function claimPayable(tx: Tx, workspaceId: string, periodEnd: Date): Promise<ClaimedCommission[]> {
  return tx.$queryRaw<ClaimedCommission[]>`
    WITH due AS MATERIALIZED (
      SELECT m.id FROM "Commission" m
        JOIN "Conversion" v ON v.id = m."conversionId" AND v."workspaceId" = m."workspaceId"
       WHERE m."workspaceId" = ${workspaceId} AND m.status = 'approved' AND NOT m."isTest"
         AND v."occurredAt" < (${periodEnd.toISOString()}::timestamptz AT TIME ZONE 'UTC')
       ORDER BY m.id
         FOR UPDATE OF m
    )
    UPDATE "Commission" c SET status = 'paid', "updatedAt" = now()
      FROM due
     WHERE c.id = due.id AND c.status = 'approved'
    RETURNING c.id, c."workspaceId", c."creatorId", c."amountMinor", c.currency, c.note, c."createdAt"`;
}

export async function runPayout(ctx: AuthContext, input: PayoutRunInput) {
  const periodStart = new Date(`${input.periodStart}T00:00:00Z`);
  const periodEnd = new Date(`${input.periodEnd}T00:00:00Z`);
  await approveDueCommissions(ctx.workspace.id);
  const { largePayment } = await readThresholds(ctx.workspace.id);
  return prisma.$transaction(async (tx) => {
    // the period's claim comes first: a period is paid once (unique → P2002 → 409), also under concurrent runs
    const payoutId = newId("pay");
    await tx.payout.create({ data: { id: payoutId, workspaceId: ctx.workspace.id, periodStart, periodEnd, currency: ctx.workspace.currency, status: "exported", createdById: ctx.userId } });
    // flagged periods hold what arrived since the flag; payments over the owner's amount wait for a second approval (lib/fraud)
    await holdForOpenItems(inTransaction(tx), ctx.workspace.id);
    const waiting = await holdLargePayments(tx, ctx, payoutId, periodEnd, largePayment);
    // then the commissions: a run started alongside this one (another period) gets only what this one did not claim
    const paid = (await claimPayable(tx, ctx.workspace.id, periodEnd)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    if (paid.length === 0 && waiting === 0) throw new AppError("unprocessable", "Nothing to pay: no approved commissions from orders before the period's end (a run started at the same time may have paid them).");
    const held = await heldOnRun(tx, ctx.workspace.id, periodEnd);
    await tx.payout.update({ where: { id: payoutId }, data: { held: held.map((h) => ({ ...h })) } });
    // unique (workspaceId, commissionId): should a claim ever slip, the database refuses a second line for one commission
    await tx.payoutLine.createMany({
      data: paid.map((c) => ({ id: newId("pl"), workspaceId: c.workspaceId, payoutId, creatorId: c.creatorId, kind: c.amountMinor < 0 ? ("clawback" as const) : ("commission" as const), commissionId: c.id, amountMinor: c.amountMinor, currency: c.currency, note: c.note })),
    });
    const totalMinor = paid.reduce((s, c) => s + c.amountMinor, 0);
    await audit(tx, ctx, { action: "payout.run", entityType: "Payout", entityId: payoutId, after: { periodStart: input.periodStart, periodEnd: input.periodEnd, lines: paid.length, totalMinor, held: held.length } });
    return { id: payoutId, lines: paid.length, totalMinor, currency: ctx.workspace.currency, held };
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
  // escape_formulas: a name like =HYPERLINK(...) or +1-555 is text, not a formula, when the file is opened in a spreadsheet (numbers stay numbers)
  return stringify([["creator", "email", "lines", "commissions_minor", "clawbacks_minor", "net_minor", "currency"], ...rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])))], { escape_formulas: true });
}
