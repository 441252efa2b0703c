// Which days (workspace time zone) of the order rollup raw rows changed.
// Conversions are found through the accepted postback log lines received
// since a time, on its (workspaceId, receivedAt) index. A conversion touches
// its own day; a refund also its sale's day (the sale's commission may be
// reversed); a server postback that replaced a pixel report also the days of
// the versions it replaced (Conversion.history); and a sale also the day of
// its customer's first order, whose LTV and repeat purchase it may change.
import type { PoolClient } from "pg";
import { dayIn } from "../facts";

const TOUCHED = `
  SELECT DISTINCT ${dayIn("t.d")}::text AS day
    FROM "PostbackLog" l
    JOIN "Conversion" v ON v.id = l."conversionId" AND v."workspaceId" = l."workspaceId"
    LEFT JOIN "Conversion" s ON s.id = v."saleId" AND s."workspaceId" = v."workspaceId",
    LATERAL (SELECT v."occurredAt" UNION ALL SELECT s."occurredAt"
             UNION ALL SELECT (h->>'occurredAt')::timestamptz AT TIME ZONE 'UTC' FROM jsonb_array_elements(v.history) h
             UNION ALL SELECT min(f."occurredAt") FROM "Conversion" f
                        WHERE v."customerHash" IS NOT NULL AND f."workspaceId" = v."workspaceId" AND f."customerHash" = v."customerHash"
                          AND f.event = 'sale' AND NOT f."isTest") t(d)
   WHERE l."workspaceId" = $1 AND l."receivedAt" >= $3 AND l.verdict = 'accepted' AND NOT v."isTest" AND t.d IS NOT NULL`;

export async function touchedOrderDays(client: PoolClient, workspaceId: string, timeZone: string, since: Date): Promise<string[]> {
  const { rows } = await client.query<{ day: string }>(TOUCHED, [workspaceId, timeZone, since]);
  return rows.map((r) => r.day);
}

const DAYS_OF = `
  SELECT DISTINCT ${dayIn("t.d")}::text AS day
    FROM "Conversion" v
    LEFT JOIN "Conversion" s ON s.id = v."saleId" AND s."workspaceId" = v."workspaceId",
    LATERAL (SELECT v."occurredAt" UNION ALL SELECT s."occurredAt") t(d)
   WHERE v."workspaceId" = $1 AND v.id = ANY($3::text[]) AND t.d IS NOT NULL`;

/** The days of these conversions (and of the sales they reverse). */
export async function conversionDays(client: PoolClient, workspaceId: string, timeZone: string, conversionIds: string[]): Promise<string[]> {
  const { rows } = await client.query<{ day: string }>(DAYS_OF, [workspaceId, timeZone, conversionIds]);
  return rows.map((r) => r.day);
}
