// The statistics and the customer hash the fraud signals rest on.
import { describe, expect, it } from "vitest";
import { customerHashOf } from "@/lib/fraud/customer-hash";
import { median, poissonCdf, scaledMad, wilson } from "@/lib/fraud/stats";
import { DEFAULT_THRESHOLDS, thresholdsOf, thresholdsSchema } from "@/lib/fraud/thresholds";
import { usualRefundRate } from "@/lib/fraud/detect";

describe("robust baseline", () => {
  it.each([
    [[1, 2, 3], 2],
    [[4, 1, 3, 2], 2.5],
    [[5, 5, 5, 500], 5],
  ])("median of %j is %d", (values, m) => expect(median(values)).toBe(m));

  it("one earlier spike does not widen the spread", () => {
    expect(scaledMad([10, 11, 9, 10, 12, 10, 900])).toBeCloseTo(1.4826, 3);
  });
});

describe("a workspace's usual refund rate", () => {
  // 100 creators refunding 2 of 40 orders (5 %), and three abusers refunding a third of 300
  const clean = Array.from({ length: 100 }, (_, i) => ({ creatorId: `c${i}`, sales: 40, refunded: 2 }));
  const abusers = Array.from({ length: 3 }, (_, i) => ({ creatorId: `a${i}`, sales: 300, refunded: 100 }));

  it("leaves out the creators surely far above it, which a pooled rate would not", () => {
    expect(usualRefundRate(clean)).toBeCloseTo(0.05, 10);
    expect(usualRefundRate([...clean, ...abusers])).toBeCloseTo(0.05, 10);
    // pooled, the abusers would double the bar they are measured against
    expect((100 * 2 + 300) / (100 * 40 + 900)).toBeGreaterThan(0.1);
  });

  it("does not fall to zero when most creators have no refund this month", () => {
    const sparse = Array.from({ length: 30 }, (_, i) => ({ creatorId: `s${i}`, sales: 12, refunded: i % 3 === 0 ? 2 : 0 }));
    expect(usualRefundRate(sparse)).toBeCloseTo(20 / 360, 10);
  });
});

describe("Wilson interval", () => {
  it("20 clicks with no order is not surely below 2%", () => {
    expect(wilson(0, 20).high).toBeGreaterThan(0.02);
  });
  it("5,000 clicks with 5 orders is surely below 2%", () => {
    expect(wilson(5, 5000).high).toBeLessThan(0.005);
  });
});

it("Poisson tail", () => {
  expect(poissonCdf(0, 2)).toBeCloseTo(Math.exp(-2), 10);
  expect(poissonCdf(2, 12)).toBeLessThan(0.001);
  expect(poissonCdf(5, 8)).toBeGreaterThan(0.1);
});

it("a customer email hashes like the creator's stored email, whatever its case and spaces", () => {
  expect(customerHashOf("ws_1", "  Ana.Lopez@Example.COM ")).toBe(customerHashOf("ws_1", "ana.lopez@example.com"));
  // other references (ids) keep their case
  expect(customerHashOf("ws_1", "Cust-42")).not.toBe(customerHashOf("ws_1", "cust-42"));
  expect(customerHashOf("ws_1", "a@b.c")).not.toBe(customerHashOf("ws_2", "a@b.c"));
});

it("thresholds: defaults fill gaps, bad stored values fall back, input is bounded", () => {
  expect(thresholdsOf({ spike: { minClicks: 50 } }).spike).toEqual({ ...DEFAULT_THRESHOLDS.spike, minClicks: 50 });
  expect(thresholdsOf({ spike: { minClicks: -1 } })).toEqual(DEFAULT_THRESHOLDS);
  expect(thresholdsSchema.safeParse({ refundRate: { ratio: 0 } }).success).toBe(false);
  expect(thresholdsSchema.safeParse({ nope: {} }).success).toBe(false);
});
