// Decisions by hand: approving a commission before its holding period ends
// (or releasing a held one), and rejecting one with a reason. Which statuses
// a decision may move is data; the move is a guarded updateMany inside one
// transaction, so a commission paid or decided meanwhile rolls the whole
// decision back instead of half-applying it. The rows are locked (in id
// order, like a payout run's claim) before they are read, so the status a
// decision checks and audits is the one it moves, never a stale read.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { refreshConversionDays } from "@/lib/analytics/rollup/rebuild";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CommissionStatus } from "@/lib/generated/prisma/enums";
import type { CommissionDecisionInput } from "./schema";

type Tx = Prisma.TransactionClient;

export const COMMISSION_DECISIONS = {
  approve: { from: ["pending", "held"], to: "approved" },
  // an approved commission can still be rejected until it is paid; after that only a clawback undoes it
  reject: { from: ["pending", "held", "approved"], to: "rejected" },
} as const satisfies Record<CommissionDecisionInput["decision"], { from: readonly CommissionStatus[]; to: CommissionStatus }>;

/** Moves the named commissions (all of them, or none) and audits each; callers run it in their transaction. */
export async function applyCommissionDecision(tx: Tx, ctx: AuthContext, ids: string[], decision: CommissionDecisionInput["decision"], note: string | null) {
  const rule = COMMISSION_DECISIONS[decision];
  const from: readonly CommissionStatus[] = rule.from;
  await tx.$queryRaw`SELECT id FROM "Commission" WHERE "workspaceId" = ${ctx.workspace.id} AND id = ANY(${ids}::text[]) ORDER BY id FOR UPDATE`;
  const rows = await tx.commission.findMany({ where: { id: { in: ids }, workspaceId: ctx.workspace.id }, select: { id: true, status: true, note: true, conversionId: true } });
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length) throw new AppError("not_found", `No commission ${missing.join(", ")} in this workspace.`);
  const stuck = rows.filter((r) => !from.includes(r.status));
  if (stuck.length) {
    throw new AppError("conflict", `${stuck.map((r) => `Commission ${r.id} is ${r.status}`).join("; ")}: only ${from.join(", ")} commissions can be ${rule.to}. Nothing was changed.`);
  }
  const now = new Date();
  const { count } = await tx.commission.updateMany({
    where: { id: { in: ids }, workspaceId: ctx.workspace.id, status: { in: [...from] } },
    data: { status: rule.to, approvedAt: rule.to === "approved" ? now : null, ...(note ? { note } : {}) },
  });
  if (count !== ids.length) throw new AppError("conflict", "Some of these commissions changed while you decided (paid or decided by someone else). Nothing was changed; reload and try again.");
  for (const r of rows) {
    await audit(tx, ctx, { action: `commission.${rule.to}`, entityType: "Commission", entityId: r.id, before: { status: r.status, note: r.note }, after: { status: rule.to, note: note ?? r.note } });
  }
  return { decided: count, status: rule.to, conversionIds: [...new Set(rows.map((r) => r.conversionId))] };
}

export async function decideCommissions(ctx: AuthContext, input: CommissionDecisionInput) {
  const ids = [...new Set(input.commissionIds)];
  const { conversionIds, ...result } = await prisma.$transaction((tx) => applyCommissionDecision(tx, ctx, ids, input.decision, input.note ?? null));
  // a rejection lowers the day's commission total: dashboards should not wait for the next maintenance pass
  await refreshConversionDays(pool, ctx.workspace.id, conversionIds);
  return result;
}
