// A flag becomes a review item: claimed by its dedupe key (insert-on-conflict,
// so two instances judging the same day raise it once), its evidence
// completed from the raw rows, the creator's open commissions in the period
// held, and an audit line with no actor (the detection pass), all in one
// transaction.
import { inTransaction } from "@/lib/db/sql";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { holdForItems } from "@/lib/review/holds";
import { dedupeKeyOf, type Flag } from "./detect";
import { evidenceJson, type Evidence } from "./evidence";

export async function raiseItem(workspaceId: string, f: Flag, evidence: Evidence, payoutId: string | null = null): Promise<{ id: string; held: number } | null> {
  return prisma.$transaction(async (tx) => {
    const id = newId("rev");
    const { count } = await tx.reviewItem.createMany({
      data: [{ id, workspaceId, kind: f.kind, dedupeKey: dedupeKeyOf(f), creatorId: f.creatorId, conversionId: f.conversionId, evidence: evidenceJson(evidence), summary: f.summary, periodStart: f.periodStart, periodEnd: f.periodEnd, payoutId }],
      skipDuplicates: true,
    });
    if (count === 0) return null;
    const held = await holdForItems(inTransaction(tx), workspaceId, [id]);
    await tx.auditLog.create({ data: { id: newId("aud"), workspaceId, actorId: null, action: "review.flagged", entityType: "ReviewItem", entityId: id, after: { kind: f.kind, creatorId: f.creatorId, summary: f.summary, held: held.length } } });
    return { id, held: held.length };
  });
}
