// The sentence each flag carries: what a creator would read and accept as a
// description of what happened, with the numbers, no jargon ("robust z",
// "Wilson") — those stay in the evidence for the reviewer.
import type { Evidence } from "./evidence";

const n = (v: number) => Math.round(v).toLocaleString("en-US");
const pct = (v: number) => `${(v * 100).toFixed(v < 0.01 ? 2 : 1)}%`;
const date = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const range = (from: string, to: string) => `${date(from)} – ${date(to)}`;
const money = (minor: number, currency: string) => new Intl.NumberFormat("en-US", { style: "currency", currency }).format(minor / 100);

export function sentenceOf(e: Evidence): string {
  switch (e.kind) {
    case "click_spike":
      return `On ${date(e.day)} your links got ${n(e.clicks)} clicks, about ${n(e.clicks / Math.max(1, e.usualClicks))} times your usual ${n(e.usualClicks)} a day, but orders from your links did not follow: ${n(e.sales)} where about ${n(e.expectedSales)} would be usual.`;
    case "low_conversion":
      return `From ${range(e.from, e.to)} your links got ${n(e.clicks)} clicks and ${n(e.sales)} orders (${pct(e.rate)}); across this program clicks turn into orders at ${pct(e.workspaceRate)}.`;
    case "country_mismatch":
      return `From ${range(e.from, e.to)}, ${n(e.mismatched)} of your ${n(e.clickSales)} link orders came from a click in one country and an order in another, with the click outside your audience${e.audienceCountry ? ` (${e.audienceCountry})` : ""}.`;
    case "ip_velocity":
      return `On ${date(e.day)}, ${n(e.velocityClicks)} clicks on your links came in bursts: the same visitor and device clicking the same link ${e.repeats} or more times within ${e.windowMinutes} minutes.`;
    case "fast_conversion":
      return `From ${range(e.from, e.to)}, ${n(e.fast)} of your ${n(e.clickSales)} link orders were placed less than ${e.seconds} seconds after the click, faster than a shopper can check out.`;
    case "coupon_leak":
      return `From ${range(e.from, e.to)} your coupon was used on ${n(e.orders)} orders (usually about ${n(e.weeklyBefore)} a week); ${n(e.noClick)} came with no click on your links and ${n(e.outside)} from outside your audience${e.audienceCountry ? ` (${e.audienceCountry})` : ""}, as when a code is posted on a coupon site.`;
    case "self_purchase":
      return `Order ${e.orderId} on ${date(e.day)} (${money(e.amountMinor, e.currency)}) was placed with your own email address; commissions are not paid on your own purchases.`;
    case "refund_rate":
      return `From ${range(e.from, e.to)}, ${n(e.refunded)} of your ${n(e.sales)} orders were refunded or cancelled; across this program ${pct(e.workspaceRate)} usually are.`;
    case "large_payment":
      return `This payout to you would be ${money(e.amountMinor, e.currency)}, above the ${money(e.thresholdMinor, e.currency)} that needs a second approval by an owner before it is paid.`;
  }
}
