// What each threshold means and what moving it trades, for the settings page
// (docs/FRAUD.md has the measurements behind the defaults).
import type { Thresholds } from "./thresholds";

type Group = keyof Thresholds;

export const THRESHOLD_TEXT: { [G in Group]: { title: string; tradeOff: string; fields: { [K in keyof Thresholds[G]]: string } } } = {
  spike: {
    title: "1. Click spike against the creator's own baseline",
    tradeOff: "Lower the bar to catch smaller click farms sooner; a creator's genuinely viral day is told apart by its orders following the clicks.",
    fields: { minClicks: "Fewest clicks in a day to consider", robustZ: "Spreads above the usual day (median, MAD)", followShare: "Flag when orders are surely (p < 0.05) below this share of what the usual rate gives" },
  },
  lowConversion: {
    title: "2. Many clicks, few orders (30 days)",
    tradeOff: "A lower minimum flags smaller creators, who convert unevenly; a higher ratio flags creators who are merely weak.",
    fields: { minClicks: "Fewest clicks in 30 days", ratio: "Flag when even the 99% upper bound of the rate is below this share of the program's" },
  },
  countryMismatch: {
    title: "3. Click country ≠ order country, click outside the audience (30 days)",
    tradeOff: "Travellers and gifts make a few such orders for everyone; a lower share catches subtler stuffing and flags more travellers.",
    fields: { minOrders: "Fewest such orders", share: "Share of the creator's link orders" },
  },
  velocity: {
    title: "4. Bursts from one IP hash and device on one link (a day)",
    tradeOff: "Offices and campuses share an address; a smaller burst or minimum flags them.",
    fields: { repeats: "Clicks that make a burst", windowMinutes: "Within minutes", minClicks: "Fewest clicks in bursts in a day" },
  },
  fastConversion: {
    title: "5. Orders seconds after the click (30 days)",
    tradeOff: "A few returning shoppers check out in seconds; more seconds or a lower share flags them too.",
    fields: { seconds: "Faster than (seconds)", minOrders: "Fewest such orders", share: "Share of the creator's link orders" },
  },
  couponLeak: {
    title: "6. Coupon leak (a week against the four before)",
    tradeOff: "A creator's own coupon-only post also jumps; with an audience country set, orders from elsewhere tell a leak from it.",
    fields: { minOrders: "Fewest coupon orders in the week", jump: "Times the usual week", outsideShare: "Share from outside the audience", noClickShare: "Without an audience country: share with no click" },
  },
  selfPurchase: {
    title: "7. Self-purchase (customer reference = the creator's email)",
    tradeOff: "Needs the store to send the customer's email as customer_ref; every match is flagged.",
    fields: { enabled: "Flag self-purchases" },
  },
  refundRate: {
    title: "8. Refund rate far above the program's (30 days)",
    tradeOff: "Small creators' refund rates swing; fewer sales or a lower ratio flags them.",
    fields: { minSales: "Fewest sales in 30 days", ratio: "Flag when the 99% lower bound is above this many times the program's rate" },
  },
  largePayment: {
    title: "9. Large payment: an owner's second approval",
    tradeOff: "Every payout to one creator in one run above this waits for a second owner.",
    fields: { amountMinor: "Amount in minor units (cents)" },
  },
};
