// Commissions a review item holds. A flagged creator's open (pending or
// approved, unpaid, live) commissions from orders in the item's period move
// to "held", each with a ReviewHold row remembering its status before, so a
// release gives it back (a pending one still waits out its holding period).
// One statement per call, rows locked in id order like every other
// commission move; a payout run holds before it claims, so a commission that
// arrived after the flag is held too. A commission in the periods of two
// open items is held by the first; released by it, the other takes it over.
import type { Queryable } from "@/lib/db/sql";

const HOLD = (scope: string) => `
WITH c AS (
  SELECT DISTINCT ON (m.id) i.id AS item, m.id, m.status
    FROM "ReviewItem" i
    JOIN "Commission" m ON m."workspaceId" = i."workspaceId" AND m."creatorId" = i."creatorId"
    JOIN "Conversion" v ON v.id = m."conversionId" AND v."workspaceId" = m."workspaceId"
   WHERE i."workspaceId" = $1 AND ${scope} AND i.status = 'open' AND i.kind NOT IN ('cap_reached', 'large_payment') AND i."periodStart" IS NOT NULL
     AND m.status IN ('pending', 'approved') AND NOT m."isTest"
     AND v."occurredAt" >= i."periodStart" AND v."occurredAt" < i."periodEnd" AND (i."conversionId" IS NULL OR v.id = i."conversionId")
   ORDER BY m.id, i."createdAt", i.id
), locked AS (
  SELECT m.id FROM "Commission" m JOIN c ON c.id = m.id ORDER BY m.id FOR UPDATE OF m
), moved AS (
  UPDATE "Commission" m SET status = 'held', "updatedAt" = now()
    FROM c, locked WHERE m.id = c.id AND locked.id = c.id AND m.status = c.status
  RETURNING m.id
)
INSERT INTO "ReviewHold" ("workspaceId", "reviewItemId", "commissionId", "priorStatus")
SELECT $1, c.item, c.id, c.status FROM c JOIN moved ON moved.id = c.id
ON CONFLICT ("workspaceId", "reviewItemId", "commissionId") DO UPDATE SET "priorStatus" = EXCLUDED."priorStatus", "decidedAt" = NULL
RETURNING "commissionId"`;

/** Holds what the named open items cover; returns the commissions newly held. */
export async function holdForItems(db: Queryable, workspaceId: string, itemIds: string[]): Promise<string[]> {
  const { rows } = await db.query<{ commissionId: string }>({ text: HOLD(`i.id = ANY($2::text[])`), values: [workspaceId, itemIds] });
  return rows.map((r) => r.commissionId);
}

/** Holds what every open item of the workspace covers (new commissions in a flagged period; ones another item released). */
export async function holdForOpenItems(db: Queryable, workspaceId: string): Promise<string[]> {
  const { rows } = await db.query<{ commissionId: string }>({ text: HOLD("true"), values: [workspaceId] });
  return rows.map((r) => r.commissionId);
}

/**
 * Gives the named held commissions of an item their earlier status back and
 * marks those holds decided. Returns the ids it moved (a commission decided by
 * hand meanwhile is no longer held and is left alone).
 */
export async function releaseHolds(db: Queryable, workspaceId: string, itemId: string, commissionIds: string[] | null): Promise<string[]> {
  const { rows } = await db.query<{ id: string }>({
    text: `
WITH h AS (
  UPDATE "ReviewHold" SET "decidedAt" = now()
   WHERE "workspaceId" = $1 AND "reviewItemId" = $2 AND "decidedAt" IS NULL AND ($3::text[] IS NULL OR "commissionId" = ANY($3::text[]))
  RETURNING "commissionId", "priorStatus"
)
UPDATE "Commission" m SET status = h."priorStatus", "updatedAt" = now(), "approvedAt" = CASE WHEN h."priorStatus" = 'approved' THEN coalesce(m."approvedAt", now()) ELSE m."approvedAt" END
  FROM h WHERE m.id = h."commissionId" AND m."workspaceId" = $1 AND m.status = 'held'
RETURNING m.id`,
    values: [workspaceId, itemId, commissionIds],
  });
  return rows.map((r) => r.id);
}

/** The item's holds not yet decided, with the commission's current status. */
export async function openHolds(db: Queryable, workspaceId: string, itemId: string): Promise<{ commissionId: string; status: string }[]> {
  const { rows } = await db.query<{ commissionId: string; status: string }>({
    text: `SELECT h."commissionId", m.status FROM "ReviewHold" h JOIN "Commission" m ON m.id = h."commissionId" AND m."workspaceId" = h."workspaceId"
            WHERE h."workspaceId" = $1 AND h."reviewItemId" = $2 AND h."decidedAt" IS NULL ORDER BY h."commissionId" FOR UPDATE OF m`,
    values: [workspaceId, itemId],
  });
  return rows;
}

/** Marks holds decided (after a rejection moved their commissions). */
export async function closeHolds(db: Queryable, workspaceId: string, itemId: string, commissionIds: string[]): Promise<void> {
  await db.query({ text: `UPDATE "ReviewHold" SET "decidedAt" = now() WHERE "workspaceId" = $1 AND "reviewItemId" = $2 AND "commissionId" = ANY($3::text[])`, values: [workspaceId, itemId, commissionIds] });
}
