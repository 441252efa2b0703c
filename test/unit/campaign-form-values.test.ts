import { describe, expect, it } from "vitest";
import { bpsToPercent, majorToMinor, minorToMajor, percentToBps } from "@/lib/campaigns/form-values";
import { describeRule, normaliseTerms, sameTerms } from "@/lib/campaigns/terms";

describe("what people type ↔ what is stored", () => {
  it.each([
    ["15", 1500], ["12.5", 1250], ["0.01", 1], ["100", 10000], [" 7 ", 700],
    ["", null], ["12.345", null], ["-5", null], ["abc", null], ["1e3", null],
  ] as const)("percent %j → %j bps", (text, bps) => expect(percentToBps(text)).toBe(bps));

  it.each([
    ["5", "USD", 500], ["5.5", "USD", 550], ["5.05", "USD", 505], ["1,000.00", "USD", 100_000], ["0.1", "USD", 10],
    ["500", "JPY", 500], ["5.5", "JPY", null], ["1.234", "KWD", 1234], ["5.001", "USD", null], ["", "USD", null], ["-1", "USD", null],
  ] as const)("%j %s → %j minor units", (text, currency, minor) => expect(majorToMinor(text, currency)).toBe(minor));

  it("shows stored values back as typed", () => {
    expect(bpsToPercent(1250)).toBe("12.5");
    expect(bpsToPercent(null)).toBe("");
    expect(minorToMajor(505, "USD")).toBe("5.05");
    expect(minorToMajor(500, "JPY")).toBe("500");
  });
});

describe("terms as a value", () => {
  const base = { attributionWindowDays: 14, priority: "click" as const, holdingDays: 30, capPerCreatorMinor: null, capPeriod: null };
  it("keeps only the rule's own fields, so a stale field is no change", () => {
    const a = normaliseTerms({ ...base, commissionType: "percent", commissionBps: 1000, commissionFlatMinor: 300 });
    expect(a.commissionFlatMinor).toBeNull();
    expect(sameTerms(a, normaliseTerms({ ...base, commissionType: "percent", commissionBps: 1000 }))).toBe(true);
    expect(sameTerms(a, normaliseTerms({ ...base, commissionType: "percent", commissionBps: 1001 }))).toBe(false);
  });

  it.each([
    [{ commissionType: "percent", commissionBps: 1250 }, "12.5% of each sale"],
    [{ commissionType: "flat", commissionFlatMinor: 500 }, "$5.00 per sale"],
    [{ commissionType: "tiered", commissionTiers: [{ fromMinor: 100_000, bps: 1500 }, { fromMinor: 0, bps: 1000 }] }, "tiered: 10% from $0.00, 15% from $1,000.00 of the creator's revenue this month"],
  ] as const)("describes %j as %j", (rule, words) => {
    expect(describeRule({ commissionBps: null, commissionFlatMinor: null, commissionTiers: null, ...rule }, "USD")).toBe(words);
  });
});
