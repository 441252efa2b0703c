// A statement as CSV for the creator's own books; escape_formulas: an order id
// or note like =HYPERLINK(...) opens as text, not as a formula.
import { stringify } from "csv-stringify/sync";
import type { AuthContext } from "@/lib/auth/context";
import { statement } from "./list";

export async function statementCsv(ctx: AuthContext, payoutId: string): Promise<string> {
  const s = await statement(ctx, payoutId);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return stringify(
    [
      ["payout", "period_start", "period_end", "kind", "order_id", "ordered", "campaign", "reason", "amount_minor", "currency"],
      ...s.lines.map((l) => [s.payout.id, day(s.payout.periodStart), day(s.payout.periodEnd), l.kind, l.commission?.conversion.orderId ?? "", l.commission ? l.commission.conversion.occurredAt.toISOString() : "", l.campaign, l.reason, l.amountMinor, l.currency]),
      [s.payout.id, day(s.payout.periodStart), day(s.payout.periodEnd), "net", "", "", "", "commissions minus clawbacks", s.totals.netMinor, s.payout.currency],
    ],
    { escape_formulas: true },
  );
}
