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

export async function reverseSaleCommissions(tx: Tx, reversal: Reversal, sale: { id: string; amountMinor: number }) {
  await tx.$queryRaw`SELECT id FROM "Commission" WHERE "workspaceId" = ${reversal.workspaceId} AND "conversionId" = ${sale.id} ORDER BY id FOR UPDATE`;
  // read after the lock: a new statement, so it sees a payout run that committed while we waited
  const commissions = await tx.commission.findMany({ where: { workspaceId: reversal.workspaceId, conversionId: sale.id, status: { notIn: ["rejected", "reversed"] } }, orderBy: { id: "asc" } });
  const whole = reversal.event === "cancel" || reversal.amountMinor >= sale.amountMinor;
  for (const c of commissions) {
    const share = whole ? c.amountMinor : refundShare(c.amountMinor, reversal.amountMinor, sale.amountMinor);
    if (c.status !== "paid" && whole) {
      await tx.commission.update({ where: { id: c.id }, data: { status: "reversed", note: `reversed: order ${reversal.event === "cancel" ? "cancelled" : "refunded"}` } });
      continue;
    }
    if (share === 0) continue;
    const paid = c.status === "paid";
    await tx.commission.create({
      data: {
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
        status: paid ? "approved" : c.status,
        holdUntil: paid ? reversal.occurredAt : c.holdUntil,
        approvedAt: paid ? reversal.occurredAt : null,
        note: paid ? "clawback: refunded after payout" : "partial refund",
      },
    });
  }
}
