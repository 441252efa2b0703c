import { describe, expect, it } from "vitest";
import { localInputValue, parsePostedAt } from "@/lib/posts/posted-at";

describe("a post's time as people write it", () => {
  it.each([
    ["2026-11-02 18:00", "America/New_York", "2026-11-02T23:00:00.000Z"], // EST
    ["2026-07-02T18:00", "America/New_York", "2026-07-02T22:00:00.000Z"], // EDT
    ["2026-11-02", "Europe/Berlin", "2026-11-01T23:00:00.000Z"],
    ["2026-11-02T18:00:00+01:00", "UTC", "2026-11-02T17:00:00.000Z"],
    ["2026-11-02T18:00:00Z", "America/New_York", "2026-11-02T18:00:00.000Z"],
  ])("%s in %s is %s", (text, tz, iso) => {
    expect(parsePostedAt(text, tz)?.toISOString()).toBe(iso);
  });

  it.each(["2026-02-30", "2026-11-02 24:00", "yesterday", "02/11/2026", ""])("refuses %j", (text) => {
    expect(parsePostedAt(text, "UTC")).toBeNull();
  });

  it("gives the form's local value back in the workspace's zone", () => {
    expect(localInputValue(new Date("2026-11-02T23:00:00Z"), "America/New_York")).toBe("2026-11-02T18:00");
  });
});
