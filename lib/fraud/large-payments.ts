// Signal 9: a payout above the owner's amount waits for a second approval.
// Inside the payout run's transaction, before it claims anything: each
// creator whose approved commissions in the run add up to more than
// largePayment.amountMinor gets a large_payment review item naming the run,
// and those commissions are held (ReviewHold remembers "approved"). An owner
// approving the item pays them onto that same run (payHeldOnRun); rejecting
// it rejects them with the owner's note.
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { sentenceOf } from "./sentences";
import { evidenceJson, type Evidence } from "./evidence";
import type { Thresholds } from "./thresholds";

type Tx = Prisma.TransactionClient;

export async function holdLargePayments(tx: Tx, ctx: AuthContext, payoutId: string, periodEnd: Date, t: Thresholds["largePayment"]): Promise<number> {
  const big = await tx.$queryRaw<{ creatorId: string; total: bigint; ids: string[] }[]>`
    SELECT m."creatorId", sum(m."amountMinor") AS total, array_agg(m.id ORDER BY m.id) AS ids FROM "Commission" m
      JOIN "Conversion" v ON v.id = m."conversionId" AND v."workspaceId" = m."workspaceId"
     WHERE m."workspaceId" = ${ctx.workspace.id} AND m.status = 'approved' AND NOT m."isTest"
       AND v."occurredAt" < (${periodEnd.toISOString()}::timestamptz AT TIME ZONE 'UTC')
     GROUP BY 1 HAVING sum(m."amountMinor") > ${t.amountMinor}`;
  for (const b of big) {
    const evidence: Evidence = { kind: "large_payment", amountMinor: Number(b.total), thresholdMinor: t.amountMinor, currency: ctx.workspace.currency, commissions: b.ids.length, periodEnd: periodEnd.toISOString().slice(0, 10) };
    const id = newId("rev");
    await tx.reviewItem.create({ data: { id, workspaceId: ctx.workspace.id, kind: "large_payment", dedupeKey: `large_payment:${b.creatorId}:${payoutId}`, creatorId: b.creatorId, evidence: evidenceJson(evidence), summary: sentenceOf(evidence), payoutId } });
    await tx.$queryRaw`SELECT id FROM "Commission" WHERE "workspaceId" = ${ctx.workspace.id} AND id = ANY(${b.ids}::text[]) ORDER BY id FOR UPDATE`;
    await tx.commission.updateMany({ where: { workspaceId: ctx.workspace.id, id: { in: b.ids }, status: "approved" }, data: { status: "held" } });
    await tx.reviewHold.createMany({ data: b.ids.map((commissionId) => ({ workspaceId: ctx.workspace.id, reviewItemId: id, commissionId, priorStatus: "approved" as const })) });
    await audit(tx, ctx, { action: "review.flagged", entityType: "ReviewItem", entityId: id, after: { kind: "large_payment", creatorId: b.creatorId, payoutId, amountMinor: Number(b.total), commissions: b.ids.length } });
  }
  return big.length;
}

/** Pays released (approved again) commissions onto the run the item names: the same guarded claim a run makes, then its lines. */
export async function payHeldOnRun(tx: Tx, ctx: AuthContext, payoutId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const paid = await tx.$queryRaw<{ id: string; creatorId: string; amountMinor: number; currency: string; note: string | null }[]>`
    UPDATE "Commission" SET status = 'paid', "updatedAt" = now()
     WHERE "workspaceId" = ${ctx.workspace.id} AND id = ANY(${ids}::text[]) AND status = 'approved'
    RETURNING id, "creatorId", "amountMinor", currency, note`;
  await tx.payoutLine.createMany({
    data: paid.map((c) => ({ id: newId("pl"), workspaceId: ctx.workspace.id, payoutId, creatorId: c.creatorId, kind: c.amountMinor < 0 ? ("clawback" as const) : ("commission" as const), commissionId: c.id, amountMinor: c.amountMinor, currency: c.currency, note: c.note })),
  });
  await audit(tx, ctx, { action: "payout.second_approval", entityType: "Payout", entityId: payoutId, after: { commissions: paid.length, totalMinor: paid.reduce((s, c) => s + c.amountMinor, 0) } });
  return paid.length;
}
