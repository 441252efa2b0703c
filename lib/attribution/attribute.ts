// Who gets credit for an order: the last click (the click id the merchant
// passes back) within the campaign's window; the coupon code as fallback;
// the campaign's priority when both name different creators. Every outcome
// carries its reason.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AttributionMethod } from "@/lib/generated/prisma/enums";
import { REASONS } from "./explain";

type Db = Prisma.TransactionClient;
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
  campaignId: string;
  linkId: string | null;
  placement: string | null;
  reason: string;
}

async function fromClick(db: Db, input: AttributionInput): Promise<{ credit: Credit; priority: "click" | "coupon" } | { miss: string } | null> {
  if (!input.clickId) return null;
  const click = await db.click.findFirst({ where: { id: input.clickId, workspaceId: input.workspaceId } });
  if (!click) return { miss: REASONS.unknownClick(input.clickId) };
  if (click.isBot) return { miss: REASONS.botClick };
  const before = input.occurredAt.getTime() - click.occurredAt.getTime();
  if (before < 0) return { miss: REASONS.clickAfterOrder };
  const campaign = await db.campaign.findUniqueOrThrow({ where: { id: click.campaignId }, select: { attributionWindowDays: true, priority: true } });
  // the window's edge counts: a click exactly N days before is inside an N-day window
  if (before > campaign.attributionWindowDays * DAY_MS) return { miss: REASONS.outsideWindow(before, campaign.attributionWindowDays) };
  return {
    priority: campaign.priority,
    credit: { creatorId: click.creatorId, campaignId: click.campaignId, linkId: click.linkId, placement: click.placement, reason: REASONS.clicked(click.placement, click.rawSub, before) },
  };
}

async function fromCoupon(db: Db, input: AttributionInput): Promise<{ credit: Credit; code: string } | { miss: string } | null> {
  if (!input.coupon) return null;
  const code = input.coupon.toUpperCase();
  // codes are stored upper-case; shoppers type them any way
  const coupon = await db.couponCode.findUnique({ where: { workspaceId_code: { workspaceId: input.workspaceId, code } } });
  if (!coupon) return { miss: REASONS.unknownCoupon(code) };
  if (coupon.disabledAt) return { miss: REASONS.disabledCoupon(coupon.code) };
  return { code: coupon.code, credit: { creatorId: coupon.creatorId, campaignId: coupon.campaignId, linkId: null, placement: null, reason: REASONS.coupon(coupon.code) } };
}

const credited = (method: AttributionMethod, c: Credit): Attribution => ({ method, ...c });

export async function attribute(db: Db, input: AttributionInput): Promise<Attribution> {
  const [click, coupon] = await Promise.all([fromClick(db, input), fromCoupon(db, input)]);
  const clickCredit = click && "credit" in click ? click : null;
  const couponCredit = coupon && "credit" in coupon ? coupon : null;

  if (clickCredit && couponCredit && clickCredit.credit.creatorId !== couponCredit.credit.creatorId) {
    return clickCredit.priority === "coupon"
      ? credited("coupon", { ...couponCredit.credit, reason: REASONS.couponOverClick(couponCredit.code) })
      : credited("click", { ...clickCredit.credit, reason: REASONS.clickOverCoupon(clickCredit.credit.reason, couponCredit.code) });
  }
  if (clickCredit) return credited("click", clickCredit.credit);
  if (couponCredit) return credited("coupon", couponCredit.credit);

  const misses = [click, coupon].flatMap((r) => (r && "miss" in r ? [r.miss] : []));
  return { method: "none", reason: misses.length ? misses.join("; ") : REASONS.noSignals, creatorId: null, campaignId: null, linkId: null, placement: null };
}
