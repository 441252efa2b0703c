// What a payout run leaves out, and why: the held commissions from orders
// before the run's end, per creator, with the review sentence (or the note of
// a cap or pixel hold) that holds them. Stored on the Payout and shown with it.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface HeldForCreator {
  creatorId: string;
  commissions: number;
  amountMinor: number;
  reasons: string[];
}

export async function heldOnRun(tx: Prisma.TransactionClient, workspaceId: string, periodEnd: Date): Promise<HeldForCreator[]> {
  const rows = await tx.$queryRaw<{ creatorId: string; commissions: bigint; amountMinor: bigint; reasons: string[] }[]>`
    SELECT m."creatorId", count(DISTINCT m.id) AS commissions, sum(m."amountMinor") AS "amountMinor",
           array_agg(DISTINCT coalesce(nullif(i.summary, ''), m.note, 'held for review')) AS reasons
      FROM "Commission" m
      JOIN "Conversion" v ON v.id = m."conversionId" AND v."workspaceId" = m."workspaceId"
      LEFT JOIN "ReviewHold" h ON h."workspaceId" = m."workspaceId" AND h."commissionId" = m.id AND h."decidedAt" IS NULL
      LEFT JOIN "ReviewItem" i ON i."workspaceId" = h."workspaceId" AND i.id = h."reviewItemId"
     WHERE m."workspaceId" = ${workspaceId} AND m.status = 'held' AND NOT m."isTest"
       AND v."occurredAt" < (${periodEnd.toISOString()}::timestamptz AT TIME ZONE 'UTC')
     GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ creatorId: r.creatorId, commissions: Number(r.commissions), amountMinor: Number(r.amountMinor), reasons: r.reasons }));
}
