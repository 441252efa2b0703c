// Commission arithmetic in integer minor units. Percent rules are basis
// points (1500 = 15%), rounded half up to the minor unit.
import type { CommissionType } from "@/lib/generated/prisma/enums";

export interface CommissionRule {
  commissionType: CommissionType;
  commissionBps: number | null;
  commissionFlatMinor: number | null;
  /** [{ fromMinor, bps }]: the rate applies once the creator's revenue in the period reaches fromMinor */
  commissionTiers: unknown;
}

export interface Tier {
  fromMinor: number;
  bps: number;
}

export function ofBps(amountMinor: number, bps: number): number {
  return Math.floor((amountMinor * bps + 5_000) / 10_000);
}

export function parseTiers(value: unknown): Tier[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((t): t is Tier => typeof t === "object" && t !== null && Number.isInteger((t as Tier).fromMinor) && Number.isInteger((t as Tier).bps))
    .sort((a, b) => a.fromMinor - b.fromMinor);
}

/** The commission on one sale, given the creator's revenue in the period before it (for tiers). */
export function commissionFor(rule: CommissionRule, amountMinor: number, revenueBeforeMinor: number): number {
  switch (rule.commissionType) {
    case "percent":
      return ofBps(amountMinor, rule.commissionBps ?? 0);
    case "flat":
      return rule.commissionFlatMinor ?? 0;
    case "tiered": {
      const tier = parseTiers(rule.commissionTiers).filter((t) => t.fromMinor <= revenueBeforeMinor).at(-1);
      return tier ? ofBps(amountMinor, tier.bps) : 0;
    }
  }
}

/** Splits a commission at the cap: what fits is payable, the rest is held for review. */
export function splitAtCap(amountMinor: number, earnedMinor: number, capMinor: number | null): { base: number; excess: number } {
  if (capMinor === null) return { base: amountMinor, excess: 0 };
  const room = Math.max(0, capMinor - earnedMinor);
  return { base: Math.min(amountMinor, room), excess: Math.max(0, amountMinor - room) };
}

/** Pro-rata share of a commission for a refund of part of the order. */
export function refundShare(commissionMinor: number, refundMinor: number, saleMinor: number): number {
  if (saleMinor <= 0 || refundMinor >= saleMinor) return commissionMinor;
  return Math.round((commissionMinor * refundMinor) / saleMinor);
}
