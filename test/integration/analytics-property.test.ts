// Every KPI a report shows (read from the incrementally maintained rollup)
// equals its plain-SQL definition over the raw tables (docs/METRICS.md; test/support/analytics-oracle.ts), exactly:
// integers in minor units, rates as the same fractions. fast-check draws the
// workspace (time zone, clicks with bots and repeats, orders credited by
// click, coupon or nobody, tests, partial refunds, commission statuses,
// posts), then report filters and date ranges over it, and a breakdown whose
// every row must equal the KPIs with the filter narrowed to that row.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { breakdown } from "@/lib/analytics/breakdown";
import { addDays, todayIn, weekOf } from "@/lib/analytics/calendar";
import { kpis } from "@/lib/analytics/kpis";
import { runRollups } from "@/lib/analytics/rollup/pass";
import { closePeriodsAsOf } from "@/lib/analytics/rollup/rebuild";
import { pool } from "@/lib/db/pool";
import { DIMENSIONS, type Dimension, type Kpis, type ReportFilters } from "@/lib/analytics/types";
import { COUNTRIES, DEVICES, PLACEMENTS, SPAN_DAYS, SPAN_START, deleteScenario, scenarioArb, writeScenario, type AnalyticsWorkspace } from "../support/analytics-workspace";
import { oracleKpis } from "../support/analytics-oracle";

const RUNS = Number(process.env.ANALYTICS_PROPERTY_RUNS ?? 12);
const first = new Date(SPAN_START).toISOString().slice(0, 10);
const made: AnalyticsWorkspace[] = [];
afterAll(async () => {
  for (const ws of made) await deleteScenario(ws);
});

// monthly and weekly rollup rows exist for closed months and weeks only: close the span's months and
// weeks (or not) before the orders are written (later deltas then update their rows) or after
// everything (summed from daily rows). Every pass closes the weeks and months before today's.
const closeArb = fc.record({ at: fc.constantFrom(null, "2026-11-15T12:00:00Z", "2026-12-15T12:00:00Z", "2027-01-15T12:00:00Z"), middle: fc.boolean() });

const ADDITIVE = ["clicks", "invalidClicks", "uniqueClicks", "conversions", "unattributedOrders", "grossRevenueMinor", "refundsMinor", "commissionMinor", "newCustomers"] as const;

const filterArb = (ws: AnalyticsWorkspace) =>
  fc.record({
    start: fc.integer({ min: -2, max: SPAN_DAYS }),
    length: fc.integer({ min: 0, max: SPAN_DAYS + 2 }),
    // each dimension filtered half the time, so every cube (one, two or all link dimensions, with or without the audience) is read
    creatorId: fc.option(fc.constantFrom(...ws.creatorIds, "cr_nobody"), { freq: 2 }),
    campaignId: fc.option(fc.constantFrom(...ws.campaignIds), { freq: 2 }),
    placement: fc.option(fc.constantFrom(...PLACEMENTS), { freq: 2 }),
    country: fc.option(fc.constantFrom(...COUNTRIES), { freq: 2 }),
    device: fc.option(fc.constantFrom(...DEVICES.filter((d) => d !== "bot")), { freq: 2 }),
  }).map(({ start, length, ...dims }): ReportFilters => {
    const defined = Object.fromEntries(Object.entries(dims).filter(([, v]) => v !== null));
    return { from: addDays(first, start), to: addDays(first, start + length), preset: "custom", compare: "none", ...defined };
  });

/** The filter of one breakdown row: its key as a filter, or its day / week as the range. */
function narrowed(f: ReportFilters, dim: Dimension, key: string): ReportFilters {
  if (dim === "day") return { ...f, from: key, to: key };
  if (dim === "week") return { ...f, from: key < f.from ? f.from : key, to: addDays(key, 6) > f.to ? f.to : addDays(key, 6) };
  if (dim === "creative") {
    const [creatorId, campaignId, placement] = key.split("|");
    return { ...f, creatorId, campaignId, placement };
  }
  const field = { creator: "creatorId", campaign: "campaignId", placement: "placement", country: "country", device: "device" } as const;
  return { ...f, [field[dim]]: key };
}

/** Every row of the breakdown equals the oracle's KPIs narrowed to it, and the rows together hold every event once. */
async function expectBreakdown(ws: AnalyticsWorkspace, f: ReportFilters, dim: Dimension) {
  const rows = await breakdown(ws.id, f, dim);
  // blank keys (no creator, no country) only where a filter cannot say "none"
  for (const row of rows.filter((x) => x.key !== "" || dim === "day" || dim === "week")) {
    const g = narrowed(f, dim, row.key);
    expect(row.kpis, `${dim}=${row.key} ${JSON.stringify(f)}`).toEqual(await oracleKpis(ws.id, ws.timeZone, { from: g.from, to: g.to }, g));
  }
  if (dim === "day" || dim === "week") expect(rows.map((x) => x.key)[0]).toBe(dim === "day" ? f.from : weekOf(f.from));
  const total: Kpis = await kpis(ws.id, { from: f.from, to: f.to }, f);
  for (const m of ADDITIVE) expect(rows.reduce((s, x) => s + x.kpis[m], 0), `${dim} ${m}`).toBe(total[m]);
}

describe("analytics KPIs equal their SQL definitions over the raw tables", () => {
  it("for random workspaces, filters, ranges and breakdowns", async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.nat(), closeArb, async (scenario, seed, close) => {
        const closeIf = async (wsId: string, now: boolean) => {
          if (close.at && now) await closePeriodsAsOf(pool, wsId, new Date(close.at));
        };
        // reports read the rollup: the pass runs before, in the middle of and after the writes
        await runRollups(pool);
        const ws = await writeScenario(scenario, async (wsId) => {
          await runRollups(pool);
          await closeIf(wsId, close.middle);
        });
        made.push(ws);
        await runRollups(pool);
        await closeIf(ws.id, !close.middle);
        await runRollups(pool);
        // the whole span unfiltered first (every event in play), then random filters and ranges
        const whole: ReportFilters = { from: addDays(first, -1), to: addDays(first, SPAN_DAYS + 1), preset: "custom", compare: "none" };
        const draws = [whole, ...fc.sample(filterArb(ws), { numRuns: 4, seed })];
        for (const f of draws) {
          const range = { from: f.from, to: f.to };
          expect(await kpis(ws.id, range, f), JSON.stringify(f)).toEqual(await oracleKpis(ws.id, ws.timeZone, range, f));
        }
        await expectBreakdown(ws, draws[seed % draws.length], DIMENSIONS[seed % DIMENSIONS.length]);
      }),
      // a failure shrinks for at most 90 s, then reports the smallest workspace found so far
      { numRuns: RUNS, interruptAfterTimeLimit: 90_000 },
    );
  }, 150_000);

  // CTR per day or week reads each span's rows its own way (query.ts): closed weeks, open days and
  // the journal, for posts in a first week the range starts in the middle of, in its last, and
  // between. One workspace per run, a day and a week series over ranges starting on any weekday.
  it("for day and week series over closed weeks, open days and the journal", async () => {
    const rangeArb = fc.record({ start: fc.integer({ min: -2, max: SPAN_DAYS - 1 }), post: fc.nat(), length: fc.integer({ min: 0, max: SPAN_DAYS }), creatorId: fc.option(fc.constant(0), { freq: 3 }) });
    await fc.assert(
      fc.asyncProperty(scenarioArb, fc.array(rangeArb, { minLength: 2, maxLength: 2 }), async (scenario, ranges) => {
        const ws = await writeScenario(scenario, () => runRollups(pool));
        made.push(ws);
        await runRollups(pool);
        for (const [i, r] of ranges.entries()) {
          // the week series starts on a post's day, so a first week's posts before its Monday are read
          const post = scenario.posts[r.post % Math.max(1, scenario.posts.length)];
          const from = i === 0 && post ? todayIn(ws.timeZone, new Date(post.at)) : addDays(first, r.start);
          const f: ReportFilters = { from, to: addDays(from, r.length), preset: "custom", compare: "none", ...(r.creatorId === null ? {} : { creatorId: ws.creatorIds[r.creatorId] }) };
          await expectBreakdown(ws, f, i === 0 ? "week" : "day");
        }
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);
});
