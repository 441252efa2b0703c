// Click ids are exported to CSV, where a cell starting with "-" is escaped as
// a formula ("'-…"): an id that started so would not survive the export.
import { describe, expect, it } from "vitest";
import { newClickId } from "@/lib/ids";

describe("newClickId", () => {
  it("is 21 url-safe characters and never starts with a character a spreadsheet runs or escapes", () => {
    const ids = Array.from({ length: 5_000 }, newClickId);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9_-]{20}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
