// Brings the order rollup of one workspace up to date for some days (in its
// time zone): the days' conversion facts, recomputed from the raw tables,
// minus what the rollup holds for those days, applied as a delta. Orders are
// few next to clicks (a day is hundreds of rows), and what changes them comes
// from many places (refunds reverse a sale's commission, decisions move
// statuses, a later order adds to the first order's LTV), so the days they
// touched are recomputed rather than tracked row by row.
import type { PoolClient } from "pg";
import { CONVERSION_MEASURES, conversionFacts } from "../facts";
import { applyDelta } from "./apply-delta";

const DIMS = "day, creator, campaign, placement, country, device";
// $1 workspace, $2 time zone, $3 the days (date[]), from their first to their last
const IN_DAYS = `c."occurredAt" >= ((SELECT min(d) FROM unnest($3::date[]) d)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')
  AND c."occurredAt" < (((SELECT max(d) FROM unnest($3::date[]) d) + 1)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const DELTA = `
  SELECT * FROM (${conversionFacts(IN_DAYS)}) f WHERE f.day = ANY($3::date[])
  UNION ALL
  SELECT day, "creatorId", "campaignId", placement, country, device, ${CONVERSION_MEASURES.map((m) => `-${m}`).join(", ")}
    FROM "OrderRollup" WHERE "workspaceId" = $1 AND cube = 0 AND NOT monthly AND day = ANY($3::date[])`;

export function applyOrderDays(client: PoolClient, workspaceId: string, timeZone: string, days: string[]): Promise<number> {
  if (days.length === 0) return Promise.resolve(0);
  return applyDelta(client, "orders", `SELECT ${DIMS}, ${CONVERSION_MEASURES.join(", ")} FROM (${DELTA}) x`, [workspaceId, timeZone, days]);
}

/** Every conversion, as one delta onto an empty rollup (a rebuild). */
export function applyAllOrders(client: PoolClient, workspaceId: string, timeZone: string): Promise<number> {
  return applyDelta(client, "orders", conversionFacts("true"), [workspaceId, timeZone]);
}
