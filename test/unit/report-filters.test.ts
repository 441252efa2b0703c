import { describe, expect, it } from "vitest";
import { addDays, weekOf } from "@/lib/analytics/calendar";
import { addYears, isDay } from "@/lib/analytics/periods";
import { comparisonRange, parseReportFilters, presetRange, rangeDays, reportHref, todayIn } from "@/lib/analytics/filters";

describe("calendar days", () => {
  it.each([
    ["2026-02-28", true], ["2026-02-29", false], ["2028-02-29", true], ["2100-02-29", false], ["2000-02-29", true],
    ["2026-13-01", false], ["2026-1-01", false], ["", false], ["2026-04-31", false],
  ])("isDay(%s) = %s", (s, ok) => expect(isDay(s)).toBe(ok));

  it("adds days across month, year and leap-day ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("moves 29 February to 28 February in a common year", () => {
    expect(addYears("2028-02-29", -1)).toBe("2027-02-28");
    expect(addYears("2028-02-29", 4)).toBe("2032-02-29");
    expect(addYears("2027-03-01", 1)).toBe("2028-03-01");
  });

  it("finds Monday of the ISO week", () => {
    expect(weekOf("2026-11-26")).toBe("2026-11-23"); // a Thursday
    expect(weekOf("2026-11-23")).toBe("2026-11-23");
    expect(weekOf("2026-11-29")).toBe("2026-11-23"); // Sunday
    expect(weekOf("2027-01-01")).toBe("2026-12-28");
  });
});

describe("days in a time zone", () => {
  it("takes today from the workspace's zone, not the server's", () => {
    const at = new Date("2026-11-27T03:30:00Z"); // 22:30 on the 26th in New York, 14:30 on the 27th in Auckland
    expect(todayIn("America/New_York", at)).toBe("2026-11-26");
    expect(todayIn("Pacific/Auckland", at)).toBe("2026-11-27");
    expect(todayIn("UTC", at)).toBe("2026-11-27");
    expect(todayIn("Not/AZone", at)).toBe("2026-11-27");
  });

  it.each([
    // the last minutes of a day and the first of the next, around each DST change
    ["America/New_York", "2026-03-08T04:59:00Z", "2026-03-07"], // 23:59 EST
    ["America/New_York", "2026-03-08T05:00:00Z", "2026-03-08"], // the 23-hour day begins
    ["America/New_York", "2026-03-09T03:59:00Z", "2026-03-08"], // 23:59 EDT
    ["America/New_York", "2026-03-09T04:00:00Z", "2026-03-09"],
    ["America/New_York", "2026-11-02T04:59:00Z", "2026-11-01"], // the 25-hour day: 23:59 EST
    ["America/New_York", "2026-11-02T05:00:00Z", "2026-11-02"],
    ["Europe/Berlin", "2026-03-29T21:59:00Z", "2026-03-29"],
    ["Europe/Berlin", "2026-03-29T22:00:00Z", "2026-03-30"],
    // Santiago moves its clocks at midnight: 2026-09-06 00:00 never happens there, the day begins at 01:00 (-03)
    ["America/Santiago", "2026-09-06T03:59:00Z", "2026-09-05"],
    ["America/Santiago", "2026-09-06T04:00:00Z", "2026-09-06"],
    ["Asia/Kolkata", "2026-05-31T18:29:00Z", "2026-05-31"],
    ["Asia/Kolkata", "2026-05-31T18:30:00Z", "2026-06-01"],
    ["Pacific/Kiritimati", "2026-05-31T10:00:00Z", "2026-06-01"],
  ])("%s at %s is %s", (zone, at, day) => {
    expect(todayIn(zone, new Date(at))).toBe(day);
  });

  it("keeps presets in calendar days over a DST change", () => {
    // the week holding the 23-hour day is still seven days
    const today = todayIn("America/New_York", new Date("2026-03-10T12:00:00Z"));
    expect(presetRange("7d", today)).toEqual({ from: "2026-03-04", to: "2026-03-10" });
    expect(comparisonRange(presetRange("7d", today), "previous")).toEqual({ from: "2026-02-25", to: "2026-03-03" });
  });
});

describe("presets", () => {
  it.each([
    ["7d", "2026-11-26", "2026-11-20", "2026-11-26"],
    ["28d", "2026-11-26", "2026-10-30", "2026-11-26"],
    ["30d", "2026-11-26", "2026-10-28", "2026-11-26"],
    ["90d", "2026-11-26", "2026-08-29", "2026-11-26"],
    ["mtd", "2026-11-26", "2026-11-01", "2026-11-26"],
    ["mtd", "2026-11-01", "2026-11-01", "2026-11-01"],
    ["qtd", "2026-11-26", "2026-10-01", "2026-11-26"],
    ["qtd", "2026-03-31", "2026-01-01", "2026-03-31"],
    ["ytd", "2026-11-26", "2026-01-01", "2026-11-26"],
    ["12m", "2026-11-26", "2025-11-27", "2026-11-26"],
    ["12m", "2028-02-29", "2027-03-01", "2028-02-29"], // 366 days: 2027-02-29 does not exist
    ["12m", "2028-03-01", "2027-03-02", "2028-03-01"],
    ["30d", "2028-03-01", "2028-02-01", "2028-03-01"], // February 2028 has 29 days
  ] as const)("%s on %s is %s … %s", (preset, today, from, to) => {
    expect(presetRange(preset, today)).toEqual({ from, to });
  });

  it("counts the days a year has", () => {
    expect(rangeDays(presetRange("12m", "2028-02-29"))).toBe(366);
    expect(rangeDays(presetRange("12m", "2027-02-28"))).toBe(365);
  });
});

describe("comparison", () => {
  it("compares with the equally long period just before", () => {
    expect(comparisonRange({ from: "2026-11-20", to: "2026-11-26" }, "previous")).toEqual({ from: "2026-11-13", to: "2026-11-19" });
    expect(comparisonRange({ from: "2028-03-01", to: "2028-03-01" }, "previous")).toEqual({ from: "2028-02-29", to: "2028-02-29" });
    const mar = { from: "2028-03-01", to: "2028-03-31" };
    expect(comparisonRange(mar, "previous")).toEqual({ from: "2028-01-30", to: "2028-02-29" });
    expect(rangeDays(comparisonRange(mar, "previous")!)).toBe(31);
  });

  it("compares with the same dates last year, 29 February as the 28th", () => {
    expect(comparisonRange({ from: "2026-11-01", to: "2026-11-26" }, "last_year")).toEqual({ from: "2025-11-01", to: "2025-11-26" });
    expect(comparisonRange({ from: "2028-02-01", to: "2028-02-29" }, "last_year")).toEqual({ from: "2027-02-01", to: "2027-02-28" });
    expect(comparisonRange({ from: "2028-02-29", to: "2028-03-02" }, "last_year")).toEqual({ from: "2027-02-28", to: "2027-03-02" });
  });

  it("has none when asked for none", () => {
    expect(comparisonRange({ from: "2026-11-01", to: "2026-11-26" }, "none")).toBeNull();
  });
});

describe("filters in the URL", () => {
  const today = "2026-11-26";

  it("defaults to the last 30 days against the previous period", () => {
    expect(parseReportFilters({}, today)).toEqual({ preset: "30d", from: "2026-10-28", to: today, compare: "previous" });
  });

  it("reads every filter", () => {
    const f = parseReportFilters({ preset: "7d", compare: "last_year", campaign: "cmp_1", creator: "cr_2", placement: "story", country: "de", device: "mobile" }, today);
    expect(f).toEqual({ preset: "7d", from: "2026-11-20", to: today, compare: "last_year", campaignId: "cmp_1", creatorId: "cr_2", placement: "story", country: "DE", device: "mobile" });
  });

  it.each([
    [{ preset: "fortnight" }, { preset: "30d" }],
    [{ preset: "custom", from: "2026-02-30", to: "2026-03-05" }, { preset: "30d" }],
    [{ preset: "custom", from: "2026-03-05", to: "2026-03-01" }, { preset: "30d" }],
    [{ preset: "custom" }, { preset: "30d" }],
    [{ compare: "yesterday" }, { compare: "previous" }],
    [{ device: "fridge", country: "Germany", placement: "<script>", campaign: "a b", creator: ["x1", "x2"] }, { creatorId: "x1" }],
    [{ from: "2026-01-01", to: "2026-01-31" }, { preset: "custom", from: "2026-01-01", to: "2026-01-31" }],
    [{ preset: "custom", from: "2020-01-01", to: "2026-01-01" }, { preset: "custom", from: "2022-12-31", to: "2026-01-01" }],
  ])("%j falls back to %j", (params, expected) => {
    const f = parseReportFilters(params, today);
    expect(f).toMatchObject(expected);
    expect(f.device).toBeUndefined();
    expect(f.country).toBeUndefined();
  });

  it("round-trips through the URL, presets by name and custom ranges by dates", () => {
    const custom = parseReportFilters({ preset: "custom", from: "2026-01-01", to: "2026-01-31", compare: "none", device: "tablet", creator: "cr_1" }, today);
    const href = reportHref("/app", custom);
    expect(href).toBe("/app?preset=custom&from=2026-01-01&to=2026-01-31&compare=none&creator=cr_1&device=tablet");
    expect(parseReportFilters(Object.fromEntries(new URL(href, "http://x").searchParams), today)).toEqual(custom);
    const rolling = parseReportFilters({ preset: "7d" }, today);
    expect(reportHref("/app", rolling)).toBe("/app?preset=7d");
    expect(reportHref("/app", rolling, { preset: "30d" })).toBe("/app");
    expect(reportHref("/app", custom, { creatorId: undefined })).not.toContain("creator=");
  });
});

describe("a page with its own default range", () => {
  it("uses it when the URL names none, and writes any other preset", () => {
    expect(parseReportFilters({}, "2026-11-26", "90d")).toMatchObject({ preset: "90d", from: "2026-08-29" });
    expect(parseReportFilters({ preset: "bogus" }, "2026-11-26", "90d")).toMatchObject({ preset: "90d" });
    const thirty = parseReportFilters({}, "2026-11-26");
    expect(reportHref("/app/creators/c1/scorecard", thirty, {}, "90d")).toBe("/app/creators/c1/scorecard?preset=30d");
  });
});
