// What happens to the commission of a sale only the pixel reported. The pixel
// is unverified (anyone can fire it with the page's key), so a merchant that
// can confirm orders from its server (a live signing secret or a GET token)
// holds pixel-only commissions until its server postback confirms the order
// (record.ts replaces the pixel version and its commissions) or a person
// approves them (lib/commissions/decide.ts moves held → approved). A merchant
// with no server credentials, or whose owner chose so, lets them approve after
// the holding period like any other.
import type { CommissionPlan } from "@/lib/commissions/plan";
import type { PixelSalesPolicy } from "@/lib/generated/prisma/enums";

/** The policies in words, for the merchants page. */
export const PIXEL_POLICY_WORDS: Record<PixelSalesPolicy, string> = {
  await_confirmation: "held until the store's server confirms the order, or a person approves",
  approve_after_hold: "approved after the holding period, like any other",
};

export const PIXEL_HOLD_NOTE = "pixel-only sale: held until the merchant's server confirms the order or a person approves it";

export function effectivePixelPolicy(m: { pixelSalesPolicy: PixelSalesPolicy | null; hasServerCredentials: boolean }): PixelSalesPolicy {
  return m.pixelSalesPolicy ?? (m.hasServerCredentials ? "await_confirmation" : "approve_after_hold");
}

/** The plan for a pixel sale under the policy: its pending commissions held, with a note saying why. */
export function applyPixelPolicy(plan: CommissionPlan, policy: PixelSalesPolicy): CommissionPlan {
  if (policy === "approve_after_hold") return plan;
  return { ...plan, commissions: plan.commissions.map((c) => (c.status === "pending" ? { ...c, status: "held", note: PIXEL_HOLD_NOTE } : c)) };
}
