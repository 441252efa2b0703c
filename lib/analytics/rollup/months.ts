// Monthly rollup rows exist only for closed months. The pass runs every
// minute on clicks of today, so writing a monthly row beside every daily row
// doubled its upserts for a month nobody can read whole yet; instead each
// workspace keeps "rollupMonthsBefore" (the first day of its first open
// month, in its time zone): months before it have monthly rows, kept exact by
// every later delta (apply-delta.ts), months from it on have daily rows only,
// and reports read them so (sources.ts). When a month ends, its monthly rows
// are summed once from its daily rows. Callers hold the workspace's rollup
// lock and the pass's mark, so no delta lands in a month while it closes.
import type { PoolClient } from "pg";
import { ROLLUPS } from "./apply-delta";

/** SQL: the first day of the month the instant `now` is in, in the time zone `zone`. */
const openMonth = (now: string, zone: string) => `date_trunc('month', ${now}::timestamptz AT TIME ZONE ${zone})::date`;

/** Workspaces whose open month has moved on since their monthly rows were summed. */
export async function workspacesToClose(c: PoolClient, now: Date): Promise<{ id: string; timeZone: string }[]> {
  const { rows } = await c.query<{ id: string; timeZone: string }>(
    `SELECT id, "timeZone" FROM "Workspace"
      WHERE "rollupMonthsBefore" IS NULL OR "rollupMonthsBefore" < ${openMonth("$1", '"timeZone"')}
      ORDER BY id`,
    [now],
  );
  return rows;
}

/**
 * Sums the daily rows of the months that ended since the last close into
 * monthly rows, and moves the workspace's open month to the one `now` is in.
 * Never moves it back. Returns the number of monthly rows written.
 */
export async function closeMonths(c: PoolClient, workspaceId: string, timeZone: string, now: Date): Promise<number> {
  const { rows } = await c.query<{ from: string | null; to: string }>(
    `SELECT "rollupMonthsBefore"::text AS from, ${openMonth("$1", "$2")}::text AS to FROM "Workspace" WHERE id = $3`,
    [now, timeZone, workspaceId],
  );
  const span = rows[0];
  if (!span || (span.from !== null && span.from >= span.to)) return 0;
  let written = 0;
  for (const { table, measures } of Object.values(ROLLUPS)) {
    const res = await c.query(
      `INSERT INTO "${table}" ("workspaceId", cube, monthly, day, "creatorId", "campaignId", placement, country, device, ${measures.join(", ")})
       SELECT "workspaceId", cube, true, date_trunc('month', day)::date, "creatorId", "campaignId", placement, country, device, ${measures.map((m) => `sum(${m})`).join(", ")}
         FROM "${table}"
        WHERE "workspaceId" = $1 AND NOT monthly AND day < $3::date AND ($2::date IS NULL OR day >= $2::date)
        GROUP BY "workspaceId", cube, 4, "creatorId", "campaignId", placement, country, device`,
      [workspaceId, span.from, span.to],
    );
    written += res.rowCount ?? 0;
  }
  await c.query(`UPDATE "Workspace" SET "rollupMonthsBefore" = $2::date WHERE id = $1`, [workspaceId, span.to]);
  return written;
}

/** Before a rebuild's deltas: the rollup is empty, and the months before the one `now` is in are closed. */
export async function startMonthsAt(c: PoolClient, workspaceId: string, timeZone: string, now: Date): Promise<void> {
  await c.query(`UPDATE "Workspace" SET "rollupMonthsBefore" = ${openMonth("$1", "$2")} WHERE id = $3`, [now, timeZone, workspaceId]);
}
