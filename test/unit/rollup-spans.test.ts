// Which rollup rows a report reads for its days (sources.ts): monthly rows for whole closed months,
// weekly rows for whole closed weeks, daily rows for the rest, each day exactly once.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, daysOf, weekOf } from "@/lib/analytics/calendar";
import { rollupSpans, type Span } from "@/lib/analytics/sources";
import type { Grouping } from "@/lib/analytics/query";

const day = fc.integer({ min: 0, max: 500 }).map((n) => addDays("2026-01-01", n));
const closedArb = fc.record({
  months: fc.option(day.map((d) => `${d.slice(0, 8)}01`)),
  weeks: fc.option(day.map(weekOf)),
});
const groups: Grouping[] = ["total", "day", "week", "creator", "creative"];

const covered = (spans: Span[]) => spans.flatMap((s) => daysOf(s.from, addDays(s.until, -1)));

describe("rollupSpans", () => {
  it("covers every day of the range once, whole closed weeks and months only, in order", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1, max: 200 }), closedArb, fc.constantFrom(...groups), (from, length, closed, group) => {
        const to = addDays(from, length);
        const spans = rollupSpans({ from, to }, group, closed);
        expect(covered(spans)).toEqual(length < 0 ? [] : daysOf(from, to));
        for (const s of spans) {
          expect(s.from < s.until).toBe(true);
          if (s.rows === "week") {
            expect(group).not.toBe("day");
            expect([weekOf(s.from), weekOf(s.until)]).toEqual([s.from, s.until]);
            expect(closed.weeks !== null && s.until <= closed.weeks).toBe(true);
          }
          if (s.rows === "month") {
            expect(["day", "week"]).not.toContain(group);
            expect([s.from.slice(8), s.until.slice(8)]).toEqual(["01", "01"]);
            expect(closed.months !== null && s.until <= closed.months).toBe(true);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a closed month whole and the closed weeks around it", () => {
    const closed = { months: "2026-11-01", weeks: "2026-11-23" };
    // Thursday 24 September to Friday 27 November: no whole week before October
    expect(rollupSpans({ from: "2026-09-24", to: "2026-11-27" }, "total", closed)).toEqual([
      { rows: "day", from: "2026-09-24", until: "2026-10-01" },
      { rows: "month", from: "2026-10-01", until: "2026-11-01" },
      { rows: "day", from: "2026-11-01", until: "2026-11-02" },
      { rows: "week", from: "2026-11-02", until: "2026-11-23" },
      { rows: "day", from: "2026-11-23", until: "2026-11-28" },
    ]);
    // a day series reads days; a week series never reads months
    expect(rollupSpans({ from: "2026-10-05", to: "2026-10-18" }, "day", closed)).toEqual([{ rows: "day", from: "2026-10-05", until: "2026-10-19" }]);
    expect(rollupSpans({ from: "2026-10-01", to: "2026-10-31" }, "week", closed).map((s) => s.rows)).toEqual(["day", "week", "day"]);
  });

  it("reads daily rows only while nothing is closed", () => {
    expect(rollupSpans({ from: "2026-01-01", to: "2026-12-31" }, "total", { months: null, weeks: null })).toEqual([{ rows: "day", from: "2026-01-01", until: "2027-01-01" }]);
  });
});
