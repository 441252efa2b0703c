// A campaign's money terms as one value: normalised (only the rule's own
// fields kept), compared, and described in words for pages and the portal.
import type { AttributionPriority, CapPeriod, CommissionType } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/format";
import { parseTiers, type Tier } from "@/lib/commissions/compute";

export interface Terms {
  attributionWindowDays: number;
  commissionType: CommissionType;
  commissionBps: number | null;
  commissionFlatMinor: number | null;
  commissionTiers: Tier[] | null;
  capPerCreatorMinor: number | null;
  capPeriod: CapPeriod | null;
  priority: AttributionPriority;
  holdingDays: number;
}

/** Before versioning, and for the first version: in force from the beginning. */
export const BEGINNING = new Date(0);

type TermsLike = Omit<Terms, "commissionTiers" | "commissionBps" | "commissionFlatMinor" | "capPerCreatorMinor" | "capPeriod"> & {
  commissionBps?: number | null;
  commissionFlatMinor?: number | null;
  commissionTiers?: unknown;
  capPerCreatorMinor?: number | null;
  capPeriod?: CapPeriod | null;
};

export function normaliseTerms(t: TermsLike): Terms {
  const hasCap = t.capPerCreatorMinor != null;
  return {
    attributionWindowDays: t.attributionWindowDays,
    commissionType: t.commissionType,
    commissionBps: t.commissionType === "percent" ? (t.commissionBps ?? 0) : null,
    commissionFlatMinor: t.commissionType === "flat" ? (t.commissionFlatMinor ?? 0) : null,
    commissionTiers: t.commissionType === "tiered" ? parseTiers(t.commissionTiers) : null,
    capPerCreatorMinor: hasCap ? t.capPerCreatorMinor! : null,
    capPeriod: hasCap ? (t.capPeriod ?? "month") : null,
    priority: t.priority,
    holdingDays: t.holdingDays,
  };
}

export function sameTerms(a: Terms, b: Terms): boolean {
  return JSON.stringify(normaliseTerms(a)) === JSON.stringify(normaliseTerms(b));
}

const pct = (bps: number) => `${(bps / 100).toLocaleString("en-US", { maximumFractionDigits: 2 })}%`;

export function describeRule(t: Pick<Terms, "commissionType" | "commissionBps" | "commissionFlatMinor"> & { commissionTiers: unknown }, currency: string): string {
  switch (t.commissionType) {
    case "percent":
      return `${pct(t.commissionBps ?? 0)} of each sale`;
    case "flat":
      return `${formatMoney(t.commissionFlatMinor ?? 0, currency)} per sale`;
    case "tiered":
      return `tiered: ${parseTiers(t.commissionTiers).map((x) => `${pct(x.bps)} from ${formatMoney(x.fromMinor, currency)}`).join(", ")} of the creator's revenue this month`;
  }
}

export function describeCap(t: Pick<Terms, "capPerCreatorMinor" | "capPeriod">, currency: string): string {
  return t.capPerCreatorMinor == null ? "no cap" : `${formatMoney(t.capPerCreatorMinor, currency)} per creator per ${t.capPeriod === "campaign" ? "campaign" : "month"}`;
}

export function describeWindow(days: number): string {
  return `a click counts for ${days} day${days === 1 ? "" : "s"}`;
}

export function describePriority(p: AttributionPriority): string {
  return p === "coupon" ? "the coupon code wins over a different creator's click" : "the last click wins over a different creator's coupon code";
}
