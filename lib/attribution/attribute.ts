// Who gets credit for an order: the last click (the click id the merchant
// passes back) within the campaign's window; the coupon code as fallback;
// the campaign's priority when both name different creators. The creator's
// contract, where it binds the order, sets their window and rule
// (contract-terms.ts); an archived creator's click or code credits nobody.
// Every outcome carries its reason, and the credited rules come along for the
// commission.
import type { AttributionMethod } from "@/lib/generated/prisma/enums";
import { applyContract, type AppliedRules } from "./contract-terms";
import { REASONS } from "./explain";
import { findClick, findCoupon } from "./signals";

const DAY_MS = 86_400_000;

export interface AttributionInput {
  workspaceId: string;
  clickId?: string;
  coupon?: string;
  occurredAt: Date;
}

export interface Attribution {
  method: AttributionMethod;
  reason: string;
  creatorId: string | null;
  campaignId: string | null;
  linkId: string | null;
  placement: string | null;
}

interface Credit {
  creatorId: string;
  campaign: AppliedRules;
  linkId: string | null;
  placement: string | null;
  reason: string;
}

type Outcome = { credit: Credit } | { miss: string } | null;

async function fromClick(input: AttributionInput): Promise<Outcome> {
  if (!input.clickId) return null;
  const click = await findClick(input.workspaceId, input.clickId, input.occurredAt);
  if (!click) return { miss: REASONS.unknownClick(input.clickId) };
  if (click.invalid) return { miss: click.isBot ? REASONS.botClick : REASONS.repeatClick };
  if (click.creatorArchived) return { miss: REASONS.archivedLinkCreator };
  const before = input.occurredAt.getTime() - click.occurredAt.getTime();
  if (before < 0) return { miss: REASONS.clickAfterOrder };
  const campaign = applyContract(click.campaign, click.contract);
  const window = { days: campaign.attributionWindowDays, contract: campaign.windowContract };
  // the window's edge counts: a click exactly N days before is inside an N-day window
  if (before > window.days * DAY_MS) return { miss: REASONS.outsideWindow(before, window) };
  return { credit: { creatorId: click.creatorId, campaign, linkId: click.linkId, placement: click.placement, reason: REASONS.clicked(click.placement, click.rawSub, before, window) } };
}

async function fromCoupon(input: AttributionInput): Promise<Outcome> {
  if (!input.coupon) return null;
  const coupon = await findCoupon(input.workspaceId, input.coupon, input.occurredAt);
  if (!coupon) return { miss: REASONS.unknownCoupon(input.coupon.toUpperCase()) };
  if (coupon.disabled) return { miss: REASONS.disabledCoupon(coupon.code) };
  if (coupon.creatorArchived) return { miss: REASONS.archivedCouponCreator(coupon.code) };
  return { credit: { creatorId: coupon.creatorId, campaign: applyContract(coupon.campaign, coupon.contract), linkId: null, placement: null, reason: REASONS.coupon(coupon.code) } };
}

const credited = (method: AttributionMethod, { campaign, ...c }: Credit) => ({ attribution: { method, ...c, campaignId: campaign.id }, campaign });

/** The attribution, and the credited creator's rules (null when nobody is credited). */
export async function attribute(input: AttributionInput): Promise<{ attribution: Attribution; campaign: AppliedRules | null }> {
  const [click, coupon] = await Promise.all([fromClick(input), fromCoupon(input)]);
  const byClick = click && "credit" in click ? click.credit : null;
  const byCoupon = coupon && "credit" in coupon ? coupon.credit : null;

  if (byClick && byCoupon && byClick.creatorId !== byCoupon.creatorId) {
    const code = input.coupon!.toUpperCase();
    return byClick.campaign.priority === "coupon"
      ? credited("coupon", { ...byCoupon, reason: REASONS.couponOverClick(code) })
      : credited("click", { ...byClick, reason: REASONS.clickOverCoupon(byClick.reason, code) });
  }
  if (byClick) return credited("click", byClick);
  if (byCoupon) return credited("coupon", byCoupon);

  const misses = [click, coupon].flatMap((r) => (r && "miss" in r ? [r.miss] : []));
  return { attribution: { method: "none", reason: misses.length ? misses.join("; ") : REASONS.noSignals, creatorId: null, campaignId: null, linkId: null, placement: null }, campaign: null };
}
