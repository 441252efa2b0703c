// Keeps the DailyStat rollup current: rebuilds, per workspace, the UTC days
// that raw rows touched since the last pass. Clicks are stamped on arrival,
// so they touch the days from `since` to now; a conversion can be dated in
// the past (occurred_at), and a refund changes its sale's day too (the
// commission is reversed), and a server postback that replaces the pixel's
// report of an order may move it to another day (the pixel's date is in the
// conversion's history), so those days are read from the accepted postback
// log lines, through its (workspaceId, receivedAt) index.
import type { Pool } from "pg";
import { refreshDailyStats } from "./rollup";

const DAY_MS = 86_400_000;

const TOUCHED_BY_CONVERSIONS = `
  SELECT DISTINCT d::date::text AS day
    FROM "PostbackLog" l
    JOIN "Conversion" v ON v.id = l."conversionId"
    LEFT JOIN "Conversion" s ON s.id = v."saleId",
    LATERAL (SELECT v."occurredAt" UNION ALL SELECT s."occurredAt"
             UNION ALL SELECT (h->>'occurredAt')::timestamptz AT TIME ZONE 'UTC' FROM jsonb_array_elements(v.history) h) t(d)
   WHERE l."workspaceId" = $1 AND l."receivedAt" >= $2 AND l.verdict = 'accepted' AND NOT v."isTest" AND d IS NOT NULL`;

const HAS_CLICKS = `SELECT 1 FROM "Click" WHERE "workspaceId" = $1 AND "occurredAt" >= $2 LIMIT 1`;

const utcDay = (d: Date) => d.toISOString().slice(0, 10);

/** The UTC days to rebuild for one workspace, oldest first. */
export async function touchedDays(pool: Pool, workspaceId: string, since: Date, now: Date): Promise<string[]> {
  const [conversions, clicks] = await Promise.all([pool.query<{ day: string }>(TOUCHED_BY_CONVERSIONS, [workspaceId, since]), pool.query(HAS_CLICKS, [workspaceId, since])]);
  const days = new Set(conversions.rows.map((r) => r.day));
  if (clicks.rowCount) for (let t = since.getTime(); utcDay(new Date(t)) <= utcDay(now); t += DAY_MS) days.add(utcDay(new Date(t)));
  return [...days].sort();
}

/** Rebuilds every touched day (consecutive days in one pass); returns how many days were rebuilt. */
export async function refreshTouchedDays(pool: Pool, since: Date, now = new Date()): Promise<number> {
  const { rows: workspaces } = await pool.query<{ id: string }>(`SELECT id FROM "Workspace"`);
  let rebuilt = 0;
  for (const { id } of workspaces) {
    const days = await touchedDays(pool, id, since, now);
    for (const [from, to] of runs(days)) await refreshDailyStats(pool, id, new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
    rebuilt += days.length;
  }
  return rebuilt;
}

/** Consecutive days as [first, last] runs: 2026-01-01, -02, -05 → [01, 02], [05, 05]. */
function runs(days: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const day of days) {
    const last = out.at(-1);
    if (last && Date.parse(`${day}T00:00:00Z`) - Date.parse(`${last[1]}T00:00:00Z`) === DAY_MS) last[1] = day;
    else out.push([day, day]);
  }
  return out;
}

/** Rebuilds the days of these conversions (after a decision changed their commissions). */
export async function refreshConversionDays(pool: Pool, workspaceId: string, conversionIds: string[]): Promise<void> {
  if (conversionIds.length === 0) return;
  const { rows } = await pool.query<{ day: string }>(`SELECT DISTINCT "occurredAt"::date::text AS day FROM "Conversion" WHERE "workspaceId" = $1 AND id = ANY($2::text[]) ORDER BY 1`, [workspaceId, conversionIds]);
  for (const [from, to] of runs(rows.map((r) => r.day))) await refreshDailyStats(pool, workspaceId, new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`));
}
