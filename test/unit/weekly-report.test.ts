import { describe, expect, it } from "vitest";
import type { BreakdownRow, Kpis } from "@/lib/analytics/types";
import { movers, recommendations, reportWeeks, ZERO_KPIS } from "@/lib/analytics/weekly";

const ratio = (num: number, den: number) => (den ? { num, den } : null);
function k(clicks: number, conversions: number, netRevenueMinor: number, costMinor = Math.round(netRevenueMinor / 10)): Kpis {
  return { ...ZERO_KPIS, clicks, conversions, conversionRate: ratio(conversions, clicks), grossRevenueMinor: netRevenueMinor, netRevenueMinor, costMinor, commissionMinor: costMinor };
}
const row = (key: string, kpis: Kpis): BreakdownRow => ({ key, label: key.toUpperCase(), kpis });

describe("the weeks of the weekly report", () => {
  it.each([
    ["2026-11-26", "2026-11-16", "2026-11-22", "2026-11-09", "2026-11-15"], // a Thursday
    ["2026-11-23", "2026-11-16", "2026-11-22", "2026-11-09", "2026-11-15"], // Monday: last week is complete
    ["2026-11-22", "2026-11-09", "2026-11-15", "2026-11-02", "2026-11-08"], // Sunday: this week is not over yet
    ["2027-01-03", "2026-12-21", "2026-12-27", "2026-12-14", "2026-12-20"],
    ["2028-03-02", "2028-02-21", "2028-02-27", "2028-02-14", "2028-02-20"],
  ])("on %s the week is %s … %s, compared with %s … %s", (today, from, to, bFrom, bTo) => {
    expect(reportWeeks(today)).toEqual({ week: { from, to }, before: { from: bFrom, to: bTo } });
  });
});

describe("movers", () => {
  it("ranks creators by change in net revenue, both ways, leaving out the unchanged and the uncredited", () => {
    const week = [row("a", k(100, 5, 50_000)), row("b", k(100, 1, 1_000)), row("c", k(50, 2, 20_000)), row("", k(10, 0, 0)), row("d", k(10, 1, 5_000))];
    const before = [row("a", k(100, 2, 20_000)), row("b", k(100, 4, 40_000)), row("d", k(10, 1, 5_000)), row("e", k(80, 3, 30_000))];
    const { top, bottom } = movers(week, before);
    expect(top.map((m) => [m.key, m.changeMinor])).toEqual([["a", 30_000], ["c", 20_000]]);
    expect(bottom.map((m) => [m.key, m.changeMinor])).toEqual([["b", -39_000], ["e", -30_000]]);
    expect(bottom[1].now.clicks).toBe(0);
  });
});

describe("scale up or pause", () => {
  const workspace = k(10_000, 200, 0); // 2.00%
  it.each([
    ["scale-converts", k(200, 6, 60_000), k(150, 4, 40_000)], // 3.00% ≥ 2.50%, revenue up
    [null, k(200, 6, 30_000), k(150, 4, 40_000)], // revenue fell
    [null, k(99, 6, 60_000), null], // too few clicks to judge
    [null, k(200, 2, 60_000), null], // too few conversions
    [null, k(200, 4, 60_000), null], // 2.00%: not 1.25× the workspace
    ["pause-no-sales", k(200, 0, 0, 500), null],
    [null, k(199, 0, 0, 0), null],
    ["pause-low-rate", k(400, 3, 30_000), null], // 0.75% < 1.00%
    [null, k(400, 4, 40_000), null], // exactly half the workspace's: not under it
    ["pause-cost", k(50, 1, 1_000, 5_000), null],
    [null, k(50, 1, 5_000, 5_000), null], // ROAS exactly 1
  ])("%s for %j", (rule, now, before) => {
    const out = recommendations([row("x", now)], before ? [row("x", before)] : [], workspace);
    const picked = [...out.scale, ...out.pause].map((r) => r.rule.id);
    expect(picked).toEqual(rule ? [rule] : []);
  });
});
