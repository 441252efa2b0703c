// Attribution reasons in words a creator would accept.
import { REPEAT_WINDOW_SECONDS } from "@/lib/tracking/invalid-clicks";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function timeBefore(ms: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (ms >= DAY) return unit(Math.floor(ms / DAY), "day");
  if (ms >= HOUR) return unit(Math.floor(ms / HOUR), "hour");
  if (ms >= MINUTE) return unit(Math.floor(ms / MINUTE), "minute");
  return "seconds";
}

export function linkWords(placement: string, rawSub: string | null): string {
  if (placement === "none") return "link";
  if (placement === "other") return rawSub ? `"${rawSub}" link` : "link";
  return `${placement} link`;
}

/** The window a click was judged by; contract: "contract v3" when the creator's contract set it, null for the campaign's. */
export interface WindowUsed {
  days: number;
  contract: string | null;
}

const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export const REASONS = {
  // the campaign's window goes unsaid (it is the same for every creator); a contract's is named
  clicked: (placement: string, rawSub: string | null, ms: number, window: WindowUsed) =>
    `clicked your ${linkWords(placement, rawSub)} ${timeBefore(ms)} before the order${window.contract ? `; window ${days(window.days)} from ${window.contract}` : ""}`,
  coupon: (code: string) => `used your code ${code}`,
  clickOverCoupon: (base: string, code: string) => `${base}; the order also used another creator's code ${code}, and this campaign credits the click first`,
  couponOverClick: (code: string) => `used your code ${code}; the shopper had also clicked another creator's link, and this campaign credits the code first`,
  noSignals: "the order carried no click id and no coupon code",
  unknownClick: (id: string) => `click id ${id} is not one of this workspace's clicks`,
  clickAfterOrder: "the click came after the order",
  outsideWindow: (ms: number, window: WindowUsed) =>
    `the click was ${timeBefore(ms)} before the order, outside the ${window.contract ? `${window.days}-day window from ${window.contract}` : `campaign's ${window.days}-day window`}`,
  botClick: "the click was made by a bot",
  archivedLinkCreator: "the link's creator is archived",
  archivedCouponCreator: (code: string) => `coupon code ${code} belongs to an archived creator`,
  repeatClick: `the click repeated the same visitor's click on this link within ${REPEAT_WINDOW_SECONDS} seconds, so it is not counted`,
  unknownCoupon: (code: string) => `coupon code ${code} is not known`,
  disabledCoupon: (code: string) => `coupon code ${code} is disabled`,
  reverses: (orderId: string, saleReason: string) => `reverses order ${orderId} (${saleReason})`,
  noSale: (orderId: string) => `no sale with order id ${orderId} was reported`,
};
