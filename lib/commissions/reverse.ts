// A refund or cancel undoes the sale's commission. Before payout the
// commission is reversed (whole order) or offset by a negative line (part of
// the order). After payout nothing paid is edited: a negative, approved
// "clawback" commission lands on the creator's next payout.
//
// A payout run may be marking the same commissions paid at this moment: the
// sale's commissions are locked first (FOR UPDATE, in id order like the
// run's claim), then read, so the status read is the one that stays true
// until this transaction ends: paid → clawback, not yet paid → reversal.
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { refundShare } from "./compute";

type Tx = Prisma.TransactionClient;

export interface Reversal {
  id: string;
  workspaceId: string;
  amountMinor: number;
  event: "refund" | "cancel";
  occurredAt: Date;
}

/** A commission as the reversal reads it. */
export interface ReversibleCommission {
  id: string;
  workspaceId: string;
  part: "base" | "excess";
  creatorId: string;
  campaignId: string;
  amountMinor: number;
  currency: string;
  isTest: boolean;
  status: "pending" | "held" | "approved" | "paid" | "rejected" | "reversed";
  holdUntil: Date;
}

export type ReversalLine = Omit<ReversibleCommission, "status"> & { conversionId: string; status: "pending" | "held" | "approved"; approvedAt: Date | null; note: string };

export interface ReversalPlan {
  /** commissions to mark reversed, with their note */
  reverse: { id: string; note: string }[];
  /** negative lines on the refund: a partial refund before payout, or a clawback after it */
  lines: ReversalLine[];
}

/**
 * What a refund or cancel does to the sale's live commissions (neither
 * rejected nor reversed), decided in memory: the transaction below applies
 * it, and the demo seed replays its refunds through it.
 */
export function planReversal(commissions: ReversibleCommission[], reversal: Reversal, sale: { amountMinor: number }): ReversalPlan {
  const plan: ReversalPlan = { reverse: [], lines: [] };
  const whole = reversal.event === "cancel" || reversal.amountMinor >= sale.amountMinor;
  for (const c of commissions) {
    if (c.status === "rejected" || c.status === "reversed") continue;
    const share = whole ? c.amountMinor : refundShare(c.amountMinor, reversal.amountMinor, sale.amountMinor);
    if (c.status !== "paid" && whole) {
      plan.reverse.push({ id: c.id, note: `reversed: order ${reversal.event === "cancel" ? "cancelled" : "refunded"}` });
      continue;
    }
    if (share === 0) continue;
    const paid = c.status === "paid";
    plan.lines.push({
      id: newId("com"),
      workspaceId: c.workspaceId,
      conversionId: reversal.id,
      part: c.part,
      creatorId: c.creatorId,
      campaignId: c.campaignId,
      amountMinor: -share,
      currency: c.currency,
      isTest: c.isTest,
      // a clawback is due at once; a partial refund before payout follows the sale's commission
      status: paid ? "approved" : (c.status as ReversalLine["status"]),
      holdUntil: paid ? reversal.occurredAt : c.holdUntil,
      approvedAt: paid ? reversal.occurredAt : null,
      note: paid ? "clawback: refunded after payout" : "partial refund",
    });
  }
  return plan;
}

export async function reverseSaleCommissions(tx: Tx, reversal: Reversal, sale: { id: string; amountMinor: number }) {
  await tx.$queryRaw`SELECT id FROM "Commission" WHERE "workspaceId" = ${reversal.workspaceId} AND "conversionId" = ${sale.id} ORDER BY id FOR UPDATE`;
  // read after the lock: a new statement, so it sees a payout run that committed while we waited
  const commissions = await tx.commission.findMany({ where: { workspaceId: reversal.workspaceId, conversionId: sale.id, status: { notIn: ["rejected", "reversed"] } }, orderBy: { id: "asc" } });
  const plan = planReversal(commissions, reversal, sale);
  for (const r of plan.reverse) await tx.commission.update({ where: { id: r.id }, data: { status: "reversed", note: r.note } });
  if (plan.lines.length) await tx.commission.createMany({ data: plan.lines });
}
