// The analytics pass's high-water mark under concurrency: a click insert in
// flight holds the mark back until it commits, so a pass never skips a row
// that commits later with a lower number; and what the pass adds up equals a
// rebuild from the raw tables.
import { afterAll, beforeAll, expect, it } from "vitest";
import type { PoolClient } from "pg";
import { CUBES, DAY_CUBE, FINEST_CUBE, JOURNAL_CUBES, dailySums } from "@/lib/analytics/rollup/apply-delta";
import { committedClickSeq } from "@/lib/analytics/rollup/click-mark";
import { kpis } from "@/lib/analytics/kpis";
import { breakdown } from "@/lib/analytics/breakdown";
import { foldDueJournals, runAnalyticsPass, runRollups } from "@/lib/analytics/rollup/pass";
import { FOLD_AFTER_CLICKS, FOLD_AFTER_PASSES, foldJournal, workspacesToFold } from "@/lib/analytics/rollup/journal";
import { addDays, todayIn } from "@/lib/analytics/calendar";
import { closePeriodsAsOf, rebuildAnalytics } from "@/lib/analytics/rollup/rebuild";
import { pool } from "@/lib/db/pool";
import { newClickId } from "@/lib/ids";
import { insertClickRows, type ClickRow } from "@/lib/tracking/click-store";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let link: { id: string; creatorId: string; campaignId: string };
beforeAll(async () => {
  ws = await createTestWorkspace();
  const { rows } = await pool.query(`SELECT id, "creatorId", "campaignId" FROM "TrackingLink" WHERE "workspaceId" = $1 LIMIT 1`, [ws.id]);
  link = rows[0];
  await runAnalyticsPass(pool);
  // only raw clicks here: the factory's synthetic totals out of the way
  await pool.query(`DELETE FROM "ClickRollup" WHERE "workspaceId" = $1`, [ws.id]);
});
afterAll(async () => {
  await deleteTestWorkspace(ws);
});

const click = (at: Date, ipHash: string): ClickRow => ({
  id: newClickId(), workspaceId: ws.id, linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId, placement: "story", rawSub: null,
  occurredAt: at.toISOString(), country: "US", referrerHost: null, device: "mobile", isBot: false, ipHash,
});

// the daily rows of cube 0: the rollup's and the journal's (the pass's latest, not yet folded)
const DAILY = `(SELECT day, clicks, invalid_clicks, unique_clicks FROM "ClickRollup" WHERE "workspaceId" = $1 AND cube = 0 AND NOT monthly
  UNION ALL SELECT day, clicks, invalid_clicks, unique_clicks FROM "ClickRollupJournal" WHERE "workspaceId" = $1 AND cube = 0) r`;
const rolledClicks = async () =>
  (await pool.query<{ clicks: number; invalid: number; uniq: number }>(
    `SELECT coalesce(sum(clicks), 0)::int AS clicks, coalesce(sum(invalid_clicks), 0)::int AS invalid, coalesce(sum(unique_clicks), 0)::int AS uniq FROM ${DAILY}`, [ws.id])).rows[0];
// the journal's folds and schedule take the client that holds the pass's mark
async function withClient<T>(run: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    return await run(c);
  } finally {
    c.release();
  }
}
const fold = (before: string | null) => withClient((c) => foldJournal(c, ws.id, before));
const todayOf = async (now: Date) => {
  const { rows: [{ timeZone }] } = await pool.query<{ timeZone: string }>(`SELECT "timeZone" FROM "Workspace" WHERE id = $1`, [ws.id]);
  return todayIn(timeZone, now);
};
const journalDays = async () =>
  (await pool.query<{ day: string }>(`SELECT DISTINCT day::text AS day FROM "ClickRollupJournal" WHERE "workspaceId" = $1 ORDER BY 1`, [ws.id])).rows.map((r) => r.day);

it("waits for a click insert in flight before reading the mark, and counts its rows", async () => {
  const writer = await pool.connect();
  try {
    await writer.query("BEGIN");
    await insertClickRows(writer, [click(new Date(), "slow-writer")]);
    const { rows } = await writer.query<{ seq: string }>(`SELECT seq::text FROM "Click" WHERE "ipHash" = 'slow-writer'`);
    let read: bigint | undefined;
    const reading = committedClickSeq(pool).then((s) => (read = s));
    await new Promise((r) => setTimeout(r, 300));
    // the mark cannot be read while a lower-numbered row is uncommitted
    expect(read).toBeUndefined();
    await writer.query("COMMIT");
    await reading;
    expect(read! >= BigInt(rows[0].seq)).toBe(true);
  } finally {
    writer.release();
  }
});

it("adds late clicks (a spool replay of earlier times) as deltas equal to a rebuild", async () => {
  const t0 = new Date(Date.now() - 3_600_000);
  await insertClickRows(pool, [click(new Date(t0.getTime() + 30_000), "visitor-a"), click(new Date(t0.getTime() + 200_000), "visitor-b")]);
  await runAnalyticsPass(pool);
  // a replayed click 10 s before visitor-a's: visitor-a's click becomes a repeat, and the first visit moves to the replayed one
  await insertClickRows(pool, [click(new Date(t0.getTime() + 20_000), "visitor-a"), click(t0, "visitor-c")]);
  await runAnalyticsPass(pool);
  const incremental = await rolledClicks();
  await rebuildAnalytics(pool, ws.id);
  expect(await rolledClicks()).toEqual(incremental);
  const slowWriter = 1;
  expect(incremental).toEqual({ clicks: 3 + slowWriter, invalid: 1, uniq: 3 + slowWriter });
});

it("appends the pass's click rows to the journal, and folds the days before today into the rollup once", async () => {
  const before = await rolledClicks();
  const { rows: [{ timeZone }] } = await pool.query<{ timeZone: string }>(`SELECT "timeZone" FROM "Workspace" WHERE id = $1`, [ws.id]);
  const now = new Date();
  const today = todayIn(timeZone, now);
  // a click now, and a late one (a spool replay) from two days ago
  await insertClickRows(pool, [click(now, "j-a"), click(new Date(now.getTime() - 2 * 86_400_000), "j-b")]);
  await runAnalyticsPass(pool, now);
  const late = todayIn(timeZone, new Date(now.getTime() - 2 * 86_400_000));
  // the pass appends both days; the fold after it (its own transaction) takes the late day into the rollup, today's stays
  expect(await journalDays()).toEqual([late, today]);
  expect(await foldDueJournals(pool, now)).toBeGreaterThan(0);
  expect(await journalDays()).toEqual([today]);
  expect(await foldDueJournals(pool, now)).toBe(0);
  const dailyRows = async (table: string, day: string) =>
    (await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}" WHERE "workspaceId" = $1 AND cube = 0 AND day = $2::date`, [ws.id, day])).rows[0].n;
  expect(await dailyRows("ClickRollup", late)).toBe(1);
  expect(await rolledClicks()).toEqual({ clicks: before.clicks + 2, invalid: before.invalid, uniq: before.uniq + 2 });
  const reported = async () => (await kpis(ws.id, { from: late, to: today }, { from: late, to: today, preset: "custom", compare: "none" })).clicks;
  const shown = await reported();
  expect(shown).toBeGreaterThanOrEqual(2);

  // folding today too (as closing a period does) moves the rows, and no figure
  expect(await fold(addDays(today, 1))).toBeGreaterThan(0);
  expect(await journalDays()).toEqual([]);
  expect(await dailyRows("ClickRollup", today)).toBeGreaterThan(0);
  expect(await rolledClicks()).toEqual({ clicks: before.clicks + 2, invalid: before.invalid, uniq: before.uniq + 2 });
  expect(await reported()).toBe(shown);
});

// The journal holds the finest rows and two small cubes; the release before appended every cube.
it("reads and folds a journal of every cube (as the previous release appended) into what a rebuild makes", async () => {
  const now = new Date();
  const today = await todayOf(now);
  const visit = (ipHash: string, country: string, device: ClickRow["device"]) => ({ ...click(new Date(now.getTime() - 1_000), ipHash), country, device });
  await insertClickRows(pool, [visit("u-a", "US", "mobile"), visit("u-b", "FR", "desktop"), visit("u-b", "FR", "desktop"), visit("u-c", "DE", "tablet")]);
  await runAnalyticsPass(pool, now);
  const journalCubes = async () =>
    (await pool.query<{ cube: number }>(`SELECT DISTINCT cube FROM "ClickRollupJournal" WHERE "workspaceId" = $1 ORDER BY 1`, [ws.id])).rows.map((r) => r.cube);
  expect(await journalCubes()).toEqual([...JOURNAL_CUBES].sort((a, b) => a - b));
  const byCountry = async () => {
    const f = { from: today, to: today, preset: "custom" as const, compare: "none" as const };
    return (await breakdown(ws.id, f, "country")).map((r) => [r.key, r.kpis.clicks, r.kpis.uniqueClicks]);
  };
  const shown = await byCountry();
  expect(shown).toEqual(expect.arrayContaining([["FR", 1, 1], ["DE", 1, 1]]));
  // the other cubes' rows of the same delta, as the release before appended them
  const others = CUBES.map((_, i) => i).filter((i) => !JOURNAL_CUBES.includes(i));
  await pool.query(
    `INSERT INTO "ClickRollupJournal" ("workspaceId", cube, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
     WITH d AS (SELECT day, "creatorId" AS creator, "campaignId" AS campaign, placement, country, device, clicks, invalid_clicks, unique_clicks
                  FROM "ClickRollupJournal" WHERE "workspaceId" = $1 AND cube = ${FINEST_CUBE})
     SELECT $1, cube, day, creator, campaign, placement, country, device, clicks, invalid_clicks, unique_clicks FROM (${dailySums("clicks", others)}) s`,
    [ws.id],
  );
  expect(await byCountry()).toEqual(shown);
  await fold(null);
  expect(await journalCubes()).toEqual([]);
  expect(await byCountry()).toEqual(shown);
  // every daily row of every cube, as the fold left them and as a rebuild from the raw clicks makes them
  const daily = async () =>
    (await pool.query(`SELECT cube, day::text, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks FROM "ClickRollup"
       WHERE "workspaceId" = $1 AND NOT monthly AND (clicks, invalid_clicks, unique_clicks) <> (0, 0, 0) ORDER BY 1, 2, 3, 4, 5, 6, 7`, [ws.id])).rows;
  const folded = await daily();
  expect(new Set(folded.map((r) => r.cube)).size).toBe(CUBES.length);
  await rebuildAnalytics(pool, ws.id);
  expect(folded).toEqual(await daily());
});

it("folds the whole journal once it holds FOLD_AFTER_CLICKS clicks, however few passes brought them", async () => {
  const now = new Date();
  const today = await todayOf(now);
  const due = async () => (await withClient((c) => workspacesToFold(c, now))).find((w) => w.id === ws.id) ?? null;
  // the day cube's row of one pass of today, just under and at the bound (a row of no clicks in other cubes: nothing to add)
  const pass = (clicks: number, invalid: number) => pool.query(
    `INSERT INTO "ClickRollupJournal" ("workspaceId", cube, day, "creatorId", "campaignId", placement, country, device, clicks, invalid_clicks, unique_clicks)
     VALUES ($1, ${DAY_CUBE}, $2::date, '', '', '', '', '', $3, $4, 0)`, [ws.id, today, clicks, invalid]);
  await pool.query(`DELETE FROM "ClickRollupJournal" WHERE "workspaceId" = $1`, [ws.id]);
  await pass(FOLD_AFTER_CLICKS - 2, 1);
  expect(await due()).toBeNull();
  await pass(0, 1);
  expect(await due()).toEqual({ id: ws.id, before: null });
  await pool.query(`DELETE FROM "ClickRollupJournal" WHERE "workspaceId" = $1`, [ws.id]);
});

// Monthly and weekly rows exist only for closed months and weeks (lib/analytics/rollup/closed-periods.ts).
// Dates in 2031, after any period the passes of this run close on the real clock, so only this test closes them.
it("writes monthly and weekly rows only for closed periods, sums one once when it closes, and keeps it exact after", async () => {
  const rows = async (table: string, monthly: string, day: string) =>
    (await pool.query<{ n: number; clicks: number }>(`SELECT count(*)::int AS n, coalesce(sum(clicks), 0)::int AS clicks FROM "${table}" WHERE "workspaceId" = $1 ${monthly} AND day = $2::date`, [ws.id, day])).rows[0];
  const monthly = (month: string) => rows("ClickRollup", "AND monthly", month);
  const weekly = (monday: string) => rows("ClickRollupWeekly", "", monday);
  const cube0 = async (table: string, monthly: string, day: string) =>
    (await pool.query<{ clicks: number }>(`SELECT coalesce(sum(clicks), 0)::int AS clicks FROM "${table}" WHERE "workspaceId" = $1 AND cube = 0 ${monthly} AND day = $2::date`, [ws.id, day])).rows[0].clicks;
  const dailySum = async (from: string, to: string) =>
    (await pool.query<{ clicks: number }>(`SELECT coalesce(sum(clicks), 0)::int AS clicks FROM ${DAILY} WHERE day >= $2::date AND day < $3::date`, [ws.id, from, to])).rows[0].clicks;
  const reported = async (from = "2031-03-01", to = "2031-04-30") => (await kpis(ws.id, { from, to }, { from, to, preset: "custom", compare: "none" })).clicks;
  // March, a month; the week of Monday 31 March; the week before it and that week (read from weekly rows once closed)
  const ranges = [["2031-03-01", "2031-03-31"], ["2031-03-31", "2031-04-06"], ["2031-03-24", "2031-04-06"], ["2031-03-01", "2031-04-30"]] as const;
  const reports = () => Promise.all(ranges.map(([from, to]) => reported(from, to)));

  await insertClickRows(pool, [click(new Date("2031-03-10T12:00:00Z"), "m-a"), click(new Date("2031-03-20T12:00:00Z"), "m-b"), click(new Date("2031-04-02T12:00:00Z"), "m-c")]);
  await runAnalyticsPass(pool);
  expect((await monthly("2031-03-01")).n).toBe(0);
  expect((await weekly("2031-03-31")).n).toBe(0);
  expect(await reports()).toEqual([2, 1, 1, 3]);

  // Thursday 10 April: March and the weeks up to Sunday 6 April close
  expect(await closePeriodsAsOf(pool, ws.id, new Date("2031-04-10T12:00:00Z"))).toBeGreaterThan(0);
  // March is summed from its daily rows (every cube), April stays daily; the week of 31 March is summed across the month's end
  expect((await monthly("2031-03-01")).clicks).toBe(2 * CUBES.length); // two March clicks, in every cube
  expect((await monthly("2031-04-01")).n).toBe(0);
  expect((await weekly("2031-03-31")).clicks).toBe(CUBES.length);
  expect((await weekly("2031-04-07")).n).toBe(0);
  expect(await reports()).toEqual([2, 1, 1, 3]);

  // late clicks in the closed month and weeks reach their monthly and weekly rows; one in the open week makes none
  await insertClickRows(pool, [click(new Date("2031-03-25T12:00:00Z"), "m-d"), click(new Date("2031-04-05T12:00:00Z"), "m-e"), click(new Date("2031-04-08T12:00:00Z"), "m-f")]);
  await runAnalyticsPass(pool);
  expect(await reports()).toEqual([3, 2, 3, 6]);
  expect((await monthly("2031-04-01")).n).toBe(0);
  expect((await weekly("2031-04-07")).n).toBe(0);
  expect(await cube0("ClickRollup", "AND monthly", "2031-03-01")).toBe(await dailySum("2031-03-01", "2031-04-01"));
  expect(await cube0("ClickRollup", "AND monthly", "2031-03-01")).toBe(3);
  expect(await cube0("ClickRollupWeekly", "", "2031-03-24")).toBe(await dailySum("2031-03-24", "2031-03-31"));
  expect(await cube0("ClickRollupWeekly", "", "2031-03-31")).toBe(await dailySum("2031-03-31", "2031-04-07"));
  expect(await cube0("ClickRollupWeekly", "", "2031-03-31")).toBe(2);

  // an earlier date never reopens a period
  expect(await closePeriodsAsOf(pool, ws.id, new Date("2031-02-10T12:00:00Z"))).toBe(0);
  expect((await monthly("2031-03-01")).n).toBeGreaterThan(0);
  // a rebuild on today's clock leaves 2031 open again, with the same figures
  await rebuildAnalytics(pool, ws.id);
  expect((await monthly("2031-03-01")).n).toBe(0);
  expect((await weekly("2031-03-31")).n).toBe(0);
  expect(await reports()).toEqual([3, 2, 3, 6]);
});

it("folds the whole journal once it holds an hour of passes, so today's rows stay few", async () => {
  await fold(null);
  const before = await rolledClicks();
  // one click per pass: each pass that carries one adds a row for its day to the journal's cube of no dimension
  const now = Date.now();
  for (let i = 1; i < FOLD_AFTER_PASSES; i++) {
    await insertClickRows(pool, [click(new Date(now - i), `hour-${i}`)]);
    await runRollups(pool);
  }
  expect((await journalDays()).length).toBeGreaterThan(0);
  await insertClickRows(pool, [click(new Date(now), "hour-last")]);
  await runRollups(pool);
  expect(await journalDays()).toEqual([]);
  expect((await rolledClicks()).clicks).toBe(before.clicks + FOLD_AFTER_PASSES);
}, 60_000);
