import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

describe("safeReturnPath", () => {
  it("keeps same-site paths", () => {
    expect(safeReturnPath("/app/creators?x=1")).toBe("/app/creators?x=1");
  });
  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil", "javascript:alert(1)", "/app\r\nLocation: x", "", undefined])("refuses %j", (v) => {
    expect(safeReturnPath(v)).toBe("/");
  });
});
