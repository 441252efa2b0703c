// What a review item shows: per signal, the numbers behind the sentence and
// the series the Review page draws (timeline, country mix, delay histogram).
// Stored as the item's evidence JSON; `kind` tells the page how to draw it.
import type { Prisma } from "@/lib/generated/prisma/client";

export interface TimelinePoint {
  day: string;
  clicks: number;
  sales: number;
}

export interface CountryCount {
  country: string;
  clicks: number;
  orders: number;
}

export interface DelayBucket {
  label: string;
  orders: number;
}

export type Evidence =
  | { kind: "click_spike"; day: string; clicks: number; usualClicks: number; robustZ: number; sales: number; expectedSales: number; timeline: TimelinePoint[] }
  | { kind: "low_conversion"; from: string; to: string; clicks: number; sales: number; rate: number; rateHigh: number; workspaceRate: number }
  | { kind: "country_mismatch"; from: string; to: string; mismatched: number; clickSales: number; audienceCountry: string | null; countries?: CountryCount[] }
  | { kind: "ip_velocity"; day: string; velocityClicks: number; validClicks: number; invalidClicks: number; repeats: number; windowMinutes: number; bursts?: { visitor: string; clicks: number }[] }
  | { kind: "fast_conversion"; from: string; to: string; fast: number; clickSales: number; seconds: number; delays?: DelayBucket[] }
  | { kind: "coupon_leak"; from: string; to: string; orders: number; weeklyBefore: number; noClick: number; outside: number; newCustomers: number; audienceCountry: string | null; countries?: CountryCount[] }
  | { kind: "self_purchase"; orderId: string; amountMinor: number; currency: string; day: string }
  | { kind: "refund_rate"; from: string; to: string; sales: number; refunded: number; rateLow: number; workspaceRate: number }
  | { kind: "large_payment"; amountMinor: number; thresholdMinor: number; currency: string; commissions: number; periodEnd: string };

export type FlagKind = Evidence["kind"];

/** Reads stored evidence back; items planted before detection existed carry other shapes and get null (shown as plain facts). */
export function evidenceOf(value: unknown): Evidence | null {
  if (typeof value !== "object" || value === null || !("kind" in value)) return null;
  return value as Evidence;
}

/** Evidence as the JSON column takes it (every field is a string, number, boolean, null or an array or object of them). */
export const evidenceJson = (e: Evidence): Prisma.InputJsonObject => e as unknown as Prisma.InputJsonObject;
