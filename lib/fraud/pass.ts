// The detection pass. Each UTC day is judged once per workspace after it
// ends (the maintenance pass claims it in FraudRun by insert-on-conflict, so
// one instance does it): its clicks and sales are read once into FraudDay
// rows, and the signals read those rows, never the raw history, so the cost
// follows the day's new data. On demand (the Review page's button) today so
// far is judged too; it is judged again, complete, after midnight.
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { holdForOpenItems } from "@/lib/review/holds";
import { coveredBy, judgeDay, refundWindow, type ExistingItem } from "./detect";
import { enrich } from "./enrich";
import { DAY_MS, isoDay, shiftDay, dayStart } from "./facts";
import { HISTORY_DAYS, loadHistories, loadRefunds, loadSelfPurchases, writeDayFacts } from "./facts-sql";
import { raiseItem } from "./raise";
import { readThresholds } from "./settings";

// late clicks (the spool's replay) and postbacks for the day have mostly arrived by then
const SETTLE_MS = 30 * 60_000;
// after downtime, days this far back are still judged
const CATCH_UP_DAYS = 3;

/** Judges one day of one workspace: writes its facts, raises the new flags; returns how many items it raised. */
export async function judgeWorkspaceDay(workspaceId: string, day: string): Promise<number> {
  const thresholds = await readThresholds(workspaceId);
  await writeDayFacts(pool, workspaceId, day, thresholds);
  const end = dayStart(day) + DAY_MS;
  const refunds = refundWindow(day);
  const [creators, refundFacts, selfPurchases] = await Promise.all([
    loadHistories(pool, workspaceId, day),
    loadRefunds(pool, workspaceId, dayStart(refunds.from), dayStart(refunds.to) + DAY_MS, end),
    loadSelfPurchases(pool, workspaceId, day),
  ]);
  const flags = judgeDay({ day, creators, refunds: refundFacts, selfPurchases, thresholds });
  // commissions that arrived after an item was raised, inside its period
  await holdForOpenItems(pool, workspaceId);
  if (flags.length === 0) return 0;
  const existing: ExistingItem[] = await prisma.reviewItem.findMany({
    where: { workspaceId, creatorId: { in: [...new Set(flags.map((f) => f.creatorId))] }, kind: { in: [...new Set(flags.map((f) => f.kind))] } },
    select: { kind: true, creatorId: true, periodEnd: true },
  });
  let raised = 0;
  for (const f of flags) {
    if (coveredBy(existing, f)) continue;
    const item = await raiseItem(workspaceId, f, await enrich(pool, workspaceId, f));
    if (item) raised++;
    existing.push(f);
  }
  return raised;
}

/** A workspace judged for the first time gets its baseline: the facts of the HISTORY_DAYS before, written but not judged. */
async function backfillBaseline(workspaceId: string, day: string): Promise<void> {
  if (await prisma.fraudDay.findFirst({ where: { workspaceId, day: { lt: new Date(dayStart(day)) } }, select: { day: true } })) return;
  const thresholds = await readThresholds(workspaceId);
  for (let i = HISTORY_DAYS; i >= 1; i--) await writeDayFacts(pool, workspaceId, shiftDay(day, -i), thresholds);
}

/** The days the scheduled pass owes: completed and settled, up to CATCH_UP_DAYS back. */
export function dueDays(now: number): string[] {
  const last = isoDay(now - SETTLE_MS - DAY_MS);
  return Array.from({ length: CATCH_UP_DAYS }, (_, i) => shiftDay(last, i - CATCH_UP_DAYS + 1));
}

/** Claims one day of one workspace in FraudRun (insert-on-conflict) and judges it; null when another pass has it. */
async function judgeClaimedDay(workspaceId: string, day: string): Promise<number | null> {
  const key = { workspaceId, day: new Date(dayStart(day)) };
  const { count } = await prisma.fraudRun.createMany({ data: [{ ...key, flagged: 0 }], skipDuplicates: true });
  if (count === 0) return null;
  try {
    await backfillBaseline(workspaceId, day);
    const n = await judgeWorkspaceDay(workspaceId, day);
    if (n) await prisma.fraudRun.update({ where: { workspaceId_day: key }, data: { flagged: n } });
    return n;
  } catch (e) {
    // give the day back, so the next pass judges it
    await prisma.fraudRun.deleteMany({ where: key });
    throw e;
  }
}

/** The maintenance pass's part: each workspace's owed days, each claimed once across instances. */
export async function runScheduledDetection(now = Date.now()): Promise<number> {
  // one read finds what is owed; on most passes it is nothing
  const owed = await prisma.$queryRaw<{ id: string; day: string }[]>`
    SELECT w.id, to_char(d.day, 'YYYY-MM-DD') AS day FROM "Workspace" w CROSS JOIN unnest(${dueDays(now)}::date[]) AS d(day)
     WHERE NOT EXISTS (SELECT 1 FROM "FraudRun" r WHERE r."workspaceId" = w.id AND r.day = d.day)
     ORDER BY d.day, w.id`;
  let raised = 0;
  for (const { id, day } of owed) {
    try {
      raised += (await judgeClaimedDay(id, day)) ?? 0;
    } catch (e) {
      // one workspace's failure (deleted in the middle of the pass, say) must not hold back every
      // other workspace's days: its day was given back, and the next pass tries it again
      console.error(`[fraud] ${day} of workspace ${id} not judged:`, e instanceof Error ? e.message : e);
    }
  }
  return raised;
}

/**
 * Judges the `days` completed days before `now`, oldest first, as the
 * schedule would have judged each the night after: how a workspace whose
 * history was loaded at once (the demo seed) gets its review items from the
 * same detection as live traffic.
 */
export async function judgePastDays(workspaceId: string, days: number, now = Date.now()): Promise<number> {
  const yesterday = shiftDay(isoDay(now), -1);
  let raised = 0;
  for (let i = days - 1; i >= 0; i--) raised += (await judgeClaimedDay(workspaceId, shiftDay(yesterday, -i))) ?? 0;
  return raised;
}

/** On demand: yesterday (if the schedule has not judged it) and today so far. */
export async function runDetectionNow(workspaceId: string, now = Date.now()): Promise<{ days: string[]; raised: number }> {
  const today = isoDay(now);
  const yesterday = shiftDay(today, -1);
  const judged = await prisma.fraudRun.findUnique({ where: { workspaceId_day: { workspaceId, day: new Date(dayStart(yesterday)) } } });
  const days = judged ? [today] : [yesterday, today];
  let raised = 0;
  for (const day of days) raised += await judgeWorkspaceDay(workspaceId, day);
  return { days, raised };
}
