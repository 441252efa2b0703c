// The import's CSV reader and its per-row checks (no database).
import { describe, expect, it } from "vitest";
import { parseImportCsv } from "@/lib/imports/parse";

describe("parseImportCsv", () => {
  it("reads quoted fields, a BOM and loose headers, and normalises case and handles", () => {
    const ok = parseImportCsv('\uFEFFName,E-Mail,Country,Instagram,Coupon Code,Campaign\r\n"Doe, Jane",JANE@Example.TEST,us,@jane.doe,jane10,spring\r\n');
    expect(ok.problems).toEqual([]);
    expect(ok.rows).toEqual([{ row: 1, name: "Doe, Jane", email: "jane@example.test", audience_country: "US", instagram: "jane.doe", coupon_code: "JANE10", campaign: "spring", tiktok: "", youtube: "", destination: "" }]);
    expect(parseImportCsv("name,email,followers\nA,a@b.example,10").problems).toEqual([{ row: 0, column: "file", message: expect.stringContaining('Unknown column "followers"') }]);
  });

  it.each([
    ["name,email\n,a@b.example", "name", "The name is missing."],
    ["name,email\nA,", "email", "The email is missing."],
    ["name,email,audience_country\nA,a@b.example,Germany", "audience_country", '"GERMANY" is not a two-letter country code (e.g. US).'],
    ["name,email,tiktok\nA,a@b.example,bad handle!", "tiktok", '"bad handle!" is not a tiktok handle (letters, digits, . _ - only).'],
    ["name,email,campaign,coupon_code\nA,a@b.example,c,X", "coupon_code", '"X" is not a coupon code (3–40 letters, digits, - or _).'],
    ["name,email,coupon_code\nA,a@b.example,ABC10", "campaign", "A coupon code or destination needs a campaign."],
  ])("%j → %s: %s", (csv, column, message) => {
    expect(parseImportCsv(csv).problems).toEqual([{ row: 1, column, message }]);
  });

  it("refuses a later row repeating an email or giving another email's coupon code", () => {
    const { problems } = parseImportCsv("name,email,campaign,coupon_code\nA,a@x.example,c,CODE1\nB,A@X.example,c,\nC,c@x.example,c,code1");
    expect(problems).toEqual([
      { row: 2, column: "email", message: "a@x.example is already on row 1 of this file." },
      { row: 3, column: "coupon_code", message: "CODE1 is already given to a@x.example on row 1 of this file." },
    ]);
  });

  it("says why a file cannot be read", () => {
    expect(parseImportCsv('name,email\n"unterminated,a@b.example').problems[0].message).toMatch(/^The file is not valid CSV/);
    expect(parseImportCsv("email\na@b.example").problems).toEqual([{ row: 0, column: "name", message: 'The header has no "name" column.' }]);
  });
});
