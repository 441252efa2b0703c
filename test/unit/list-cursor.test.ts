import { describe, expect, it } from "vitest";
import { cursorRequest, decodeCursor, encodeCursor, toCursorPage } from "@/lib/list/cursor";
import { parseFilters, yesNoParam, dayParam } from "@/lib/list/filters";
import { zonedDay, zonedDayRange, zonedDayStart } from "@/lib/list/zoned-days";

describe("cursors", () => {
  it("round-trip a time and an id; anything else is the first page", () => {
    const c = { at: new Date("2026-03-08T06:59:59.123Z"), id: "cnv_abc-123" };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    for (const bad of [undefined, "", "!!!", Buffer.from("12.a b").toString("base64url"), Buffer.from("x.cnv").toString("base64url"), "a".repeat(300)]) expect(decodeCursor(bad)).toBeNull();
    expect(cursorRequest({ older: "junk" })).toEqual({ cursor: null, direction: "older" });
    expect(cursorRequest({ newer: encodeCursor(c), older: encodeCursor(c) }).direction).toBe("newer");
  });

  it("a read of size + 1 says whether more exist, and newer reads come back newest first", () => {
    const rows = [5, 4, 3].map((n) => ({ id: `r${n}`, at: new Date(n * 1000) }));
    const older = toCursorPage(rows, 2, { cursor: null, direction: "older" }, (r) => r.at);
    expect(older.rows.map((r) => r.id)).toEqual(["r5", "r4"]);
    expect(older.newer).toBeNull();
    expect(decodeCursor(older.older!)).toEqual({ at: new Date(4000), id: "r4" });
    const newer = toCursorPage([...rows].reverse().slice(0, 2), 2, { cursor: { at: new Date(2000), id: "r2" }, direction: "newer" }, (r) => r.at);
    expect(newer.rows.map((r) => r.id)).toEqual(["r4", "r3"]);
    expect(newer.newer).toBeNull();
    expect(decodeCursor(newer.older!)?.id).toBe("r3");
  });
});

describe("workspace days", () => {
  it.each([
    ["UTC", "2026-03-08", "2026-03-08T00:00:00.000Z"],
    ["America/New_York", "2026-03-08", "2026-03-08T05:00:00.000Z"], // the DST change happens at 2:00 that day
    ["America/New_York", "2026-03-09", "2026-03-09T04:00:00.000Z"],
    ["Europe/Berlin", "2026-10-25", "2026-10-24T22:00:00.000Z"],
    ["Asia/Kolkata", "2026-01-01", "2025-12-31T18:30:00.000Z"],
    ["Pacific/Auckland", "2026-04-05", "2026-04-04T11:00:00.000Z"],
  ])("%s: %s starts at %s", (tz, day, utc) => {
    expect(zonedDayStart(day, tz).toISOString()).toBe(utc);
    expect(zonedDay(new Date(utc), tz)).toBe(day);
    expect(zonedDay(new Date(Date.parse(utc) - 1), tz)).not.toBe(day);
  });

  it("a range ends at the midnight after its last day", () => {
    expect(zonedDayRange("2026-03-07", "2026-03-08", "America/New_York")).toEqual({ gte: new Date("2026-03-07T05:00:00Z"), lt: new Date("2026-03-09T04:00:00Z") });
    expect(zonedDayRange(undefined, undefined, "UTC")).toBeUndefined();
  });
});

it("filters from the URL keep what parses and drop the rest", () => {
  expect(parseFilters({ from: "2026-02-30x", to: "2026-02-03", test: "yes", pixel: "maybe", extra: "x" }, { from: dayParam, to: dayParam, test: yesNoParam, pixel: yesNoParam })).toEqual({ to: "2026-02-03", test: true });
});
