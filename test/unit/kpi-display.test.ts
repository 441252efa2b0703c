import { describe, expect, it } from "vitest";
import { formatKpi, kpiDelta } from "@/lib/analytics/display";
import type { Kpis } from "@/lib/analytics/types";
import { ZERO_KPIS } from "@/lib/analytics/weekly";

const k = (over: Partial<Kpis>): Kpis => ({ ...ZERO_KPIS, ...over });

describe("KPI display rounding", () => {
  it.each([
    [{ conversionRate: { num: 97, den: 2000 } }, "conversionRate", "4.9%"], // exactly 4.85%: half away from zero
    [{ conversionRate: { num: 48, den: 1000 } }, "conversionRate", "4.8%"],
    [{ conversionRate: { num: 1, den: 3 } }, "conversionRate", "33.3%"],
    [{ conversionRate: null }, "conversionRate", "—"],
    [{ aovMinor: { num: 10_001, den: 2 } }, "aovMinor", "$50.01"], // 5000.5 cents
    [{ aovMinor: { num: 9_999, den: 3 } }, "aovMinor", "$33.33"],
    [{ roas: { num: 1_000, den: 3 } }, "roas", "333.33×"],
    [{ roas: { num: -1, den: 8 } }, "roas", "-0.13×"], // −0.125
    [{ netRevenueMinor: -2_550 }, "netRevenueMinor", "-$25.50"],
    [{ clicks: 12_345 }, "clicks", "12,345"],
  ] as const)("%j %s → %s", (over, key, text) => {
    expect(formatKpi(k(over), key, "USD")).toBe(text);
  });

  it("rounds to the currency's minor unit", () => {
    expect(formatKpi(k({ aovMinor: { num: 1_001, den: 2 } }), "aovMinor", "JPY")).toBe("¥501");
  });
});

describe("change against the comparison", () => {
  it("gives rates in percentage points and judges by the KPI's good direction", () => {
    expect(kpiDelta(k({ conversionRate: { num: 5, den: 100 } }), k({ conversionRate: { num: 4, den: 100 } }), "conversionRate")).toMatchObject({ text: "+1.00 pp", direction: "up", good: true });
    expect(kpiDelta(k({ cpaMinor: { num: 1_200, den: 1 } }), k({ cpaMinor: { num: 1_000, den: 1 } }), "cpaMinor")).toMatchObject({ text: "+20.0%", direction: "up", good: false });
    expect(kpiDelta(k({ clicks: 50 }), k({ clicks: 100 }), "clicks")).toMatchObject({ text: "−50.0%", direction: "down", good: false });
    expect(kpiDelta(k({ invalidClicks: 9 }), k({ invalidClicks: 3 }), "invalidClicks")).toMatchObject({ direction: "up", good: null });
  });

  it("has no percentage change from zero, and none without a figure", () => {
    expect(kpiDelta(k({ clicks: 5 }), k({ clicks: 0 }), "clicks")).toBeNull();
    expect(kpiDelta(k({ clicks: 0 }), k({ clicks: 0 }), "clicks")).toMatchObject({ text: "±0.0%", direction: "flat" });
    expect(kpiDelta(k({ aovMinor: null }), k({ aovMinor: { num: 1, den: 1 } }), "aovMinor")).toBeNull();
  });
});
