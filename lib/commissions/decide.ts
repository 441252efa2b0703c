// Decisions by hand: approving a commission before its holding period ends
// (or releasing a held one), and rejecting one with a reason. Which statuses
// a decision may move is data; the move is a guarded updateMany inside one
// transaction, so a commission paid or decided meanwhile rolls the whole
// decision back instead of half-applying it. The rows are locked (in id
// order, like a payout run's claim) before they are read, so the status a
// decision checks and audits is the one it moves, never a stale read. A
// selection from the ledger is decided row by row instead (decideSelection):
// the same lock and guarded move, with the rows that cannot move reported.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { refreshConversionDays } from "@/lib/analytics/rollup/rebuild";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommissionStatus } from "@/lib/generated/prisma/enums";
import type { CommissionDecisionInput, SelectionDecisionInput, SelectionResult } from "./schema";

type Tx = Prisma.TransactionClient;

export const COMMISSION_DECISIONS = {
  approve: { from: ["pending", "held"], to: "approved" },
  // an approved commission can still be rejected until it is paid; after that only a clawback undoes it
  reject: { from: ["pending", "held", "approved"], to: "rejected" },
} as const satisfies Record<CommissionDecisionInput["decision"], { from: readonly CommissionStatus[]; to: CommissionStatus }>;

type Rule = (typeof COMMISSION_DECISIONS)[CommissionDecisionInput["decision"]];
type Locked = { id: string; status: CommissionStatus; note: string | null; conversionId: string };

/** Locks the named commissions of this workspace (in id order, like a payout run's claim) and reads them as they now are. */
async function lockForDecision(tx: Tx, ctx: AuthContext, ids: string[]): Promise<Locked[]> {
  await tx.$queryRaw`SELECT id FROM "Commission" WHERE "workspaceId" = ${ctx.workspace.id} AND id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  return tx.commission.findMany({ where: { id: { in: ids }, workspaceId: ctx.workspace.id }, select: { id: true, status: true, note: true, conversionId: true } });
}

const movable = (rule: Rule, status: CommissionStatus) => (rule.from as readonly CommissionStatus[]).includes(status);

/** The guarded move of locked, movable rows and an audit row each; a count short of the rows rolls the transaction back. */
async function moveLocked(tx: Tx, ctx: AuthContext, rows: Locked[], rule: Rule, note: string | null) {
  if (rows.length === 0) return;
  const ids = rows.map((r) => r.id);
  const { count } = await tx.commission.updateMany({
    where: { id: { in: ids }, workspaceId: ctx.workspace.id, status: { in: [...rule.from] } },
    data: { status: rule.to, approvedAt: rule.to === "approved" ? new Date() : null, ...(note ? { note } : {}) },
  });
  if (count !== ids.length) throw new AppError("conflict", "Some of these commissions changed while you decided (paid or decided by someone else). Nothing was changed; reload and try again.");
  for (const r of rows) {
    await audit(tx, ctx, { action: `commission.${rule.to}`, entityType: "Commission", entityId: r.id, before: { status: r.status, note: r.note }, after: { status: rule.to, note: note ?? r.note } });
  }
}

/** Moves the named commissions (all of them, or none) and audits each; callers run it in their transaction. */
export async function applyCommissionDecision(tx: Tx, ctx: AuthContext, ids: string[], decision: CommissionDecisionInput["decision"], note: string | null) {
  const rule = COMMISSION_DECISIONS[decision];
  const rows = await lockForDecision(tx, ctx, ids);
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new AppError("not_found", `No commission ${missing.join(", ")} in this workspace.`);
  const stuck = rows.filter((r) => !movable(rule, r.status));
  if (stuck.length) {
    throw new AppError("conflict", `${stuck.map((r) => `Commission ${r.id} is ${r.status}`).join("; ")}: only ${rule.from.join(", ")} commissions can be ${rule.to}. Nothing was changed.`);
  }
  await moveLocked(tx, ctx, rows, rule, note);
  return { decided: rows.length, status: rule.to, conversionIds: [...new Set(rows.map((r) => r.conversionId))] };
}

// decided: moved now; changed: not the status the person saw (decided meanwhile), left as it is;
// unchanged: its status does not allow this decision (already decided, paid…); not_found: not in this workspace
type SelectionOutcome = SelectionResult["outcomes"][number];

/**
 * A decision on a selection from the ledger, row by row: in one transaction,
 * under the rows' locks, the rows still in the status the person saw and
 * that this decision may move are moved and audited; every other row is left
 * as it is and reported (changed meanwhile, already approved, paid, not in
 * this workspace), so a row someone decided meanwhile is never decided twice.
 */
export async function decideSelection(ctx: AuthContext, input: SelectionDecisionInput): Promise<SelectionResult> {
  const rule = COMMISSION_DECISIONS[input.decision];
  const ids = [...new Set(input.commissionIds)];
  const { outcomes, conversionIds } = await prisma.$transaction(async (tx) => {
    const rows = await lockForDecision(tx, ctx, ids);
    const byId = new Map(rows.map((r) => [r.id, r]));
    const outcomeOf = (r: Locked): SelectionOutcome["outcome"] => (input.seen[r.id] !== r.status ? "changed" : movable(rule, r.status) ? "decided" : "unchanged");
    const moving = rows.filter((r) => outcomeOf(r) === "decided");
    await moveLocked(tx, ctx, moving, rule, input.note ?? null);
    const outcomes = ids.map((id): SelectionOutcome => {
      const r = byId.get(id);
      if (!r) return { id, outcome: "not_found", before: null, status: null };
      const outcome = outcomeOf(r);
      return { id, outcome, before: r.status, status: outcome === "decided" ? rule.to : r.status };
    });
    return { outcomes, conversionIds: [...new Set(moving.map((r) => r.conversionId))] };
  });
  await refreshConversionDays(pool, ctx.workspace.id, conversionIds);
  return { decision: input.decision, decided: outcomes.filter((o) => o.outcome === "decided").length, outcomes };
}

export async function decideCommissions(ctx: AuthContext, input: CommissionDecisionInput) {
  const ids = [...new Set(input.commissionIds)];
  const { conversionIds, ...result } = await prisma.$transaction((tx) => applyCommissionDecision(tx, ctx, ids, input.decision, input.note ?? null));
  // a rejection lowers the day's commission total: dashboards should not wait for the next maintenance pass
  await refreshConversionDays(pool, ctx.workspace.id, conversionIds);
  return result;
}
