// Monthly and weekly rollup rows exist only for closed months and weeks. The
// pass runs every minute on clicks of today, so writing a monthly or weekly
// row beside every daily row would multiply its upserts for a period nobody
// can read whole yet; instead each workspace keeps "rollupMonthsBefore" and
// "rollupWeeksBefore" (the first day of its first open month, and the Monday
// of its open week, in its time zone): periods before them have their rows,
// kept exact by every later delta (apply-delta.ts), periods from them on have
// daily rows only, and reports read them so (sources.ts). When a month or a
// week ends, its rows are summed once from its daily rows. Callers hold the
// workspace's rollup lock and the pass's mark, so no delta lands in a period
// while it closes.
import type { PoolClient } from "pg";
import { QUOTED_COLUMNS, ROLLUPS, sumsOf, type RollupKind } from "./apply-delta";
import { foldJournal } from "./journal";

type Unit = "month" | "week";
const PERIODS: Record<Unit, { column: string; into: (kind: RollupKind) => { table: string; monthly: boolean } }> = {
  // monthly rows sit beside the daily ones (monthly = true); weekly rows have tables of their own
  month: { column: "rollupMonthsBefore", into: (kind) => ({ table: ROLLUPS[kind].table, monthly: true }) },
  week: { column: "rollupWeeksBefore", into: (kind) => ({ table: ROLLUPS[kind].weekly, monthly: false }) },
};
const UNITS = Object.keys(PERIODS) as Unit[];

/** SQL: the first day of the month or week the instant `now` is in, in the time zone `zone`. */
const openPeriod = (unit: Unit, now: string, zone: string) => `date_trunc('${unit}', ${now}::timestamptz AT TIME ZONE ${zone})::date`;

/** Workspaces whose open month or week has moved on since their rows were summed. */
export async function workspacesToClose(c: PoolClient, now: Date): Promise<{ id: string; timeZone: string }[]> {
  const behind = UNITS.map((u) => `"${PERIODS[u].column}" IS NULL OR "${PERIODS[u].column}" < ${openPeriod(u, "$1", '"timeZone"')}`);
  const { rows } = await c.query<{ id: string; timeZone: string }>(`SELECT id, "timeZone" FROM "Workspace" WHERE ${behind.join(" OR ")} ORDER BY id`, [now]);
  return rows;
}

/** Sums the daily rows of the `unit`s that ended since the last close, and moves the open one to `now`'s. */
async function close(c: PoolClient, unit: Unit, workspaceId: string, timeZone: string, now: Date): Promise<number> {
  const { column, into } = PERIODS[unit];
  const { rows } = await c.query<{ from: string | null; to: string }>(
    `SELECT "${column}"::text AS from, ${openPeriod(unit, "$1", "$2")}::text AS to FROM "Workspace" WHERE id = $3`,
    [now, timeZone, workspaceId],
  );
  const span = rows[0];
  if (!span || (span.from !== null && span.from >= span.to)) return 0;
  // the closing days' journal rows first: the sums below read the daily table
  await foldJournal(c, workspaceId, span.to);
  let written = 0;
  for (const kind of Object.keys(ROLLUPS) as RollupKind[]) {
    const { table: from, measures } = ROLLUPS[kind];
    const { table, monthly } = into(kind);
    const res = await c.query(
      `INSERT INTO "${table}" ("workspaceId", cube, ${monthly ? "monthly, " : ""}day, ${QUOTED_COLUMNS}, ${measures.join(", ")})
       SELECT "workspaceId", cube, ${monthly ? "true, " : ""}date_trunc('${unit}', day)::date, ${QUOTED_COLUMNS}, ${sumsOf(kind)}
         FROM "${from}"
        WHERE "workspaceId" = $1 AND NOT monthly AND day < $3::date AND ($2::date IS NULL OR day >= $2::date)
        GROUP BY "workspaceId", cube, date_trunc('${unit}', day), ${QUOTED_COLUMNS}`,
      [workspaceId, span.from, span.to],
    );
    written += res.rowCount ?? 0;
  }
  await c.query(`UPDATE "Workspace" SET "${column}" = $2::date WHERE id = $1`, [workspaceId, span.to]);
  return written;
}

/**
 * Closes the months and the weeks that ended since the last close (their rows
 * summed from the daily rows), and moves the workspace's open month and week
 * to the ones `now` is in. Never moves them back. Returns the rows written.
 */
export async function closePeriods(c: PoolClient, workspaceId: string, timeZone: string, now: Date): Promise<number> {
  let written = 0;
  for (const unit of UNITS) written += await close(c, unit, workspaceId, timeZone, now);
  return written;
}

/** Before a rebuild's deltas: the rollup is empty, and the months and weeks before the ones `now` is in are closed. */
export async function startPeriodsAt(c: PoolClient, workspaceId: string, timeZone: string, now: Date): Promise<void> {
  const set = UNITS.map((u) => `"${PERIODS[u].column}" = ${openPeriod(u, "$1", "$2")}`);
  await c.query(`UPDATE "Workspace" SET ${set.join(", ")} WHERE id = $3`, [now, timeZone, workspaceId]);
}
