// Which rollup cube a report reads: the smallest that holds every dimension it
// filters or groups by (CTR's clicks come from the link cube whichever is read: query.ts).
import { describe, expect, it } from "vitest";
import { CUBES } from "@/lib/analytics/rollup/apply-delta";
import { cubeFor, rollupSources } from "@/lib/analytics/sources";
import type { ReportFilters } from "@/lib/analytics/types";

const f = (extra: Partial<ReportFilters> = {}): ReportFilters => ({ from: "2026-11-01", to: "2026-11-30", preset: "custom", compare: "none", ...extra });

describe("cubeFor", () => {
  it("reads a row a day for totals and day or week series, and one link dimension from its own cube", () => {
    expect(cubeFor(f(), "total")).toBe(6);
    expect(cubeFor(f(), "week")).toBe(6);
    expect(cubeFor(f({ creatorId: "cr_1" }), "week")).toBe(7);
    expect(cubeFor(f(), "campaign")).toBe(8);
    expect(cubeFor(f({ placement: "story" }), "day")).toBe(9);
  });
  it("reads the link cube for two or three link dimensions", () => {
    expect(cubeFor(f(), "creative")).toBe(1);
    expect(cubeFor(f({ creatorId: "cr_1", campaignId: "cmp_1" }), "total")).toBe(1);
  });
  it("reads the audience cube when no link dimension is in play", () => {
    expect(cubeFor(f({ country: "DE" }), "day")).toBe(2);
    expect(cubeFor(f(), "device")).toBe(2);
  });
  it("reads one link dimension by audience from its own cube", () => {
    expect(cubeFor(f({ country: "DE" }), "creator")).toBe(3);
    expect(cubeFor(f({ creatorId: "cr_1" }), "device")).toBe(3);
    expect(cubeFor(f({ device: "mobile", campaignId: "cmp_1" }), "country")).toBe(4);
    expect(cubeFor(f({ country: "US" }), "placement")).toBe(5);
  });
  it("reads campaign by placement by audience without the creator", () => {
    expect(cubeFor(f({ campaignId: "cmp_1", device: "mobile" }), "placement")).toBe(10);
    expect(cubeFor(f({ campaignId: "cmp_1", placement: "story", country: "DE" }), "total")).toBe(10);
  });
  it("writes where closed months and weeks end, and the range, into the statement only as dates", () => {
    const closed = { months: "2026-11-01", weeks: "2026-11-23" };
    expect(rollupSources(f(), "total", closed, { from: "2026-10-01", to: "2026-11-30" }).clicks).toContain("'2026-11-01'::date");
    expect(() => rollupSources(f(), "total", { ...closed, months: "2026-11-01'; DROP TABLE x; --" }, f())).toThrow(/not a date/);
    expect(() => rollupSources(f(), "total", { ...closed, weeks: "2026-11-23' OR true" }, f())).toThrow(/not a date/);
    expect(() => rollupSources(f(), "total", closed, { from: "2026-11-01", to: "x" })).toThrow(/not a date/);
  });
  it("reads a creative by device or by country from its own cube", () => {
    expect(cubeFor(f({ device: "tablet" }), "creative")).toBe(11);
    expect(cubeFor(f({ country: "DE", creatorId: "cr_1" }), "placement")).toBe(12);
    expect(cubeFor(f({ country: "DE", creatorId: "cr_1", campaignId: "cmp_1" }), "total")).toBe(12);
  });
  it("falls back to every dimension for two link dimensions with country and device", () => {
    expect(cubeFor(f({ device: "tablet", country: "FR" }), "creative")).toBe(0);
    expect(cubeFor(f({ creatorId: "cr_1", placement: "story" }), "device")).toBe(11);
    expect(cubeFor(f({ creatorId: "cr_1", placement: "story", device: "mobile" }), "country")).toBe(0);
  });
  it("picks a cube that holds every dimension used, for every filter and grouping", () => {
    const groups = ["total", "day", "week", "creator", "campaign", "placement", "creative", "country", "device"] as const;
    const keys = ["creatorId", "campaignId", "placement", "country", "device"] as const;
    const dimOf = { creatorId: "creator", campaignId: "campaign", placement: "placement", country: "country", device: "device" } as const;
    for (const group of groups)
      for (let mask = 0; mask < 1 << keys.length; mask++) {
        const on = keys.filter((_, i) => mask & (1 << i));
        const cube = CUBES[cubeFor(f(Object.fromEntries(on.map((k) => [k, "x"]))), group)];
        for (const k of on) expect(cube, `${group} ${on.join(",")}`).toContain(dimOf[k]);
        if (group === "creative") expect(cube).toEqual(expect.arrayContaining(["creator", "campaign", "placement"]));
        else if (!["total", "day", "week"].includes(group)) expect(cube).toContain(group);
      }
  });
});
