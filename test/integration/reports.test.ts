// The report loaders over the query layer: the Overview's comparison, the CSV
// equal to the table's view, the scorecard against its campaign, the weekly
// report's rules, and the portal summary narrowed to its creator.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breakdownCsv } from "@/lib/analytics/breakdown-csv";
import { addDays } from "@/lib/analytics/calendar";
import { formatKpi } from "@/lib/analytics/display";
import { creatorSummary } from "@/lib/analytics/portal";
import { breakdown } from "@/lib/analytics/breakdown";
import { kpis } from "@/lib/analytics/kpis";
import { kpiReport, loadBreakdown, reportFilters } from "@/lib/analytics/report";
import { scorecard } from "@/lib/analytics/scorecard";
import { reportWeeks, weeklyReport } from "@/lib/analytics/weekly";
import { loadContext } from "@/lib/auth/context";
import { newId } from "@/lib/ids";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { addTraffic, daysAgo, onlyRawTraffic } from "../support/traffic";

let ws: TestWorkspace;
let workspace: { id: string; timeZone: string; currency: string };
const today = new Date().toISOString().slice(0, 10);
const noon = (day: string) => new Date(`${day}T12:00:00Z`);
const sales = (n: number, amountMinor: number) => Array.from({ length: n }, () => amountMinor);
const { week, before } = reportWeeks(today);

beforeAll(async () => {
  ws = await createTestWorkspace();
  workspace = { id: ws.id, timeZone: "UTC", currency: "USD" };
  await onlyRawTraffic(ws);
  await addTraffic(ws, 0, { at: noon(addDays(week.from, 2)), clicks: 200, sales: sales(8, 5_000) });
  await addTraffic(ws, 0, { at: noon(addDays(before.from, 2)), clicks: 150, sales: sales(2, 5_000), placement: "post" });
  await addTraffic(ws, 1, { at: noon(addDays(week.from, 3)), clicks: 250, sales: sales(1, 3_000) });
  await addTraffic(ws, 1, { at: noon(addDays(before.from, 3)), clicks: 100, sales: sales(3, 10_000) });
  await addTraffic(ws, 1, { at: daysAgo(25), clicks: 10 }); // outside both weeks
});
afterAll(async () => deleteTestWorkspace(ws));

describe("reports", () => {
  it("compares the range with the previous period of equal length", async () => {
    const { filters } = reportFilters(workspace, { preset: "custom", from: week.from, to: week.to });
    const r = await kpiReport(workspace, filters);
    expect(r.previousRange).toEqual(before);
    expect(r.current).toMatchObject({ clicks: 450, conversions: 9, grossRevenueMinor: 43_000, conversionRate: { num: 9, den: 450 } });
    expect(r.previous).toMatchObject({ clicks: 250, conversions: 5, grossRevenueMinor: 40_000 });
  });

  it("exports the breakdown's view as CSV, rows and cells as the table shows them", async () => {
    const params = { preset: "90d", sort: "clicks", dir: "asc" };
    const { view } = await loadBreakdown(workspace, "creator", params);
    const { csv, filename } = await breakdownCsv(workspace, "creator", params);
    const rows = parse(csv) as string[][];
    expect(rows).toEqual([view.headers, ...view.cells]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([ws.creators[0].name, ws.creators[1].name]); // 350 clicks before 360
    expect(rows[1][view.headers.indexOf("Conversion rate")]).toBe("2.9%"); // 10 / 350
    expect(filename).toMatch(/^breakdown-creator-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it("scores a creator against the whole campaign", async () => {
    const { filters } = reportFilters(workspace, { preset: "custom", from: week.from, to: week.to });
    const card = await scorecard(workspace, ws.creators[0].creatorId, filters);
    expect(card.campaignId).toBe(ws.campaignId);
    expect(formatKpi(card.creator, "conversionRate", "USD")).toBe("4.0%");
    expect(card.campaign).toMatchObject({ clicks: 450, conversions: 9 });
    expect(card.placements.map((p) => p.key)).toEqual(["story"]);
    expect(card.previous).toMatchObject({ clicks: 150, conversions: 2 });
  });

  it("picks movers and applies the weekly rules", async () => {
    const { filters } = reportFilters(workspace, {});
    const r = await weeklyReport(ws.id, today, filters);
    expect(r.top.map((m) => [m.key, m.changeMinor])).toEqual([[ws.creators[0].creatorId, 30_000]]);
    expect(r.bottom.map((m) => [m.key, m.changeMinor])).toEqual([[ws.creators[1].creatorId, -27_000]]);
    expect(r.scale.map((x) => [x.key, x.rule.id])).toEqual([[ws.creators[0].creatorId, "scale-converts"]]);
    expect(r.pause.map((x) => [x.key, x.rule.id])).toEqual([[ws.creators[1].creatorId, "pause-low-rate"]]);
  });

  // Every read of CTR's clicks: one posted segment (creator 0's story) beside an unposted one of the same
  // creator and campaign (her "post" placement) and another creator's, so a figure that counted every
  // click of the link cube, or of the filter, would be off.
  it("counts towards CTR only the clicks of a creator, campaign and placement with a post in the range", async () => {
    const post = await prisma.contentPost.create({
      data: { id: newId("post"), workspaceId: ws.id, creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, placement: "story", postedAt: noon(addDays(week.from, 1)), impressions: 10_000 },
    });
    try {
      const f = { from: before.from, to: week.to, preset: "custom" as const, compare: "none" as const };
      const ctr = { num: 200, den: 10_000 }; // her 200 story clicks of the week; not her 150 "post" ones, nor creator 1's 350
      expect((await kpis(ws.id, f, f)).ctr).toEqual(ctr);
      // two link dimensions in the filter: the link cube itself is read
      const narrowed = { ...f, creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId };
      expect((await kpis(ws.id, narrowed, narrowed)).ctr).toEqual(ctr);
      const byCreator = await breakdown(ws.id, { ...f, campaignId: ws.campaignId }, "creator");
      expect(byCreator.find((r) => r.key === ws.creators[0].creatorId)?.kpis.ctr).toEqual(ctr);
      const byCreative = await breakdown(ws.id, f, "creative");
      expect(byCreative.find((r) => r.key === `${ws.creators[0].creatorId}|${ws.campaignId}|story`)?.kpis.ctr).toEqual(ctr);
      const byWeek = await breakdown(ws.id, f, "week");
      expect(byWeek.map((r) => r.kpis.ctr)).toEqual(byWeek.map((r) => (r.key === week.from ? ctr : null)));
    } finally {
      await prisma.contentPost.delete({ where: { id: post.id } });
    }
  });

  // With most segments posted, CTR's clicks are every click read minus the unposted segments' (the
  // segments ClickSegment holds that no post names): here two of the three segments with clicks are
  // posted, so only creator 0's "post" placement is read, and its 150 clicks are taken away.
  it("counts the same CTR when it subtracts the few unposted segments' clicks instead", async () => {
    const posts = await Promise.all(
      [{ who: 0, impressions: 10_000 }, { who: 1, impressions: 5_000 }].map(({ who, impressions }) =>
        prisma.contentPost.create({
          data: { id: newId("post"), workspaceId: ws.id, creatorId: ws.creators[who].creatorId, campaignId: ws.campaignId, placement: "story", postedAt: noon(addDays(week.from, 1)), impressions },
        }),
      ),
    );
    try {
      const f = { from: before.from, to: week.to, preset: "custom" as const, compare: "none" as const };
      // creator 0's 200 story clicks and creator 1's 250 + 100; not creator 0's 150 "post" ones, nor the 10 outside the range
      expect((await kpis(ws.id, f, f)).ctr).toEqual({ num: 550, den: 15_000 });
      const withCampaign = { ...f, campaignId: ws.campaignId };
      expect((await kpis(ws.id, withCampaign, withCampaign)).ctr).toEqual({ num: 550, den: 15_000 });
      const byCreator = await breakdown(ws.id, f, "creator");
      expect(Object.fromEntries(byCreator.map((r) => [r.key, r.kpis.ctr]))).toEqual({
        [ws.creators[0].creatorId]: { num: 200, den: 10_000 },
        [ws.creators[1].creatorId]: { num: 350, den: 5_000 },
      });
      const byPlacement = await breakdown(ws.id, f, "placement");
      expect(Object.fromEntries(byPlacement.map((r) => [r.key, r.kpis.ctr]))).toEqual({ story: { num: 550, den: 15_000 }, post: null });
    } finally {
      await prisma.contentPost.deleteMany({ where: { id: { in: posts.map((p) => p.id) } } });
    }
  });

  it("gives a creator only their own figures in the portal", async () => {
    const ctx = (await loadContext(ws.creators[1].id, ws.id))!;
    const { totals } = await creatorSummary(ctx);
    expect(totals).toMatchObject({ clicks: 360, conversions: 4 }); // never the other creator's 350 and 10
  });
});
