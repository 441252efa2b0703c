import { formatDate, formatMoney } from "@/lib/format";
import type { StatusTotal } from "@/lib/earnings/list";

const CARDS = [
  { key: "pending", label: "Pending", statuses: ["pending"], hint: "in the holding period" },
  { key: "approved", label: "Approved", statuses: ["approved"], hint: "paid at the next payout" },
  { key: "held", label: "Held for review", statuses: ["held"], hint: "waiting for the brand's decision" },
  { key: "paid", label: "Paid", statuses: ["paid"], hint: "on a payout statement" },
  { key: "reversed", label: "Reversed or rejected", statuses: ["reversed", "rejected"], hint: "refunded, cancelled or refused orders" },
] as const;

/** One card per status group: the amount (per currency), how many commissions, and for pending when they become payable. */
export function EarningsTotals({ totals, currency, timeZone }: { totals: StatusTotal[]; currency: string; timeZone: string }) {
  return (
    <dl className="grid grid-cols-2 gap-4 lg:grid-cols-5" aria-label="Earnings by status">
      {CARDS.map((card) => {
        const rows = totals.filter((t) => (card.statuses as readonly string[]).includes(t.status));
        const currencies = [...new Set(rows.map((r) => r.currency))];
        const amounts = currencies.length ? currencies.map((c) => formatMoney(rows.filter((r) => r.currency === c).reduce((s, r) => s + r.amountMinor, 0), c)) : [formatMoney(0, currency)];
        const count = rows.reduce((s, r) => s + r.count, 0);
        const next = rows.find((r) => r.nextPayable)?.nextPayable;
        const last = rows.find((r) => r.lastPayable)?.lastPayable;
        return (
          <div key={card.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{card.label}</dt>
            <dd className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`earnings-${card.key}`}>{amounts.join(" + ")}</dd>
            <dd className="mt-0.5 text-xs text-slate-600">
              {count} commission{count === 1 ? "" : "s"}, {card.hint}
              {next && last ? <span className="block" data-testid="earnings-payable">payable from {formatDate(next, timeZone)}{last.getTime() !== next.getTime() ? ` to ${formatDate(last, timeZone)}` : ""}</span> : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
