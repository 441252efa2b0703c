// The sheet's plain-words explanations of how a sale is credited, from the
// campaign's terms and the creator's contract (lib/attribution/attribute.ts applies them).
import type { WindowUsed } from "@/lib/attribution/explain";

export function windowWords(window: WindowUsed, codes: string[]): string {
  const d = `${window.days === 1 ? "1 day" : `${window.days} days`}${window.contract ? ` (your ${window.contract})` : ""}`;
  const code = codes.length > 0 ? ` If they type your code ${codes.join(" or ")} at checkout, the sale is yours too, even without a click.` : "";
  return `If someone buys within ${d} after clicking your link, the sale is credited to you, as long as they did not click another creator's link for this campaign after yours (the last click counts).${code}`;
}

export function priorityWords(priority: "click" | "coupon"): string {
  return priority === "click"
    ? "When a shopper clicked one creator's link but used another creator's code, the click wins."
    : "When a shopper clicked one creator's link but used another creator's code, the code wins.";
}
