// One review item on the Review page: the sentence, who and when, the
// evidence drawn, the commissions it holds (each decidable on its own while
// the item is open) and the item's decision.
import { DecisionForm } from "@/components/decision-form";
import { ReviewEvidence } from "@/components/review-evidence";
import { evidenceOf } from "@/lib/fraud/evidence";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import type { ReviewRow } from "@/lib/review/list";

export const kindLabel = (kind: string) => kind.replace(/_/g, " ");

function plainFacts(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function ReviewItemCard({ item, creator, timeZone, canDecide }: { item: ReviewRow; creator: string; timeZone: string; canDecide: boolean }) {
  const label = `${kindLabel(item.kind)} item for ${creator}`;
  const openHolds = item.holds.filter((h) => !h.decided && h.status === "held");
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`item-${item.id}`} data-testid={`review-item-${item.id}`}>
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id={`item-${item.id}`} className="font-semibold capitalize">{kindLabel(item.kind)}</h2>
        <span className="text-sm">{creator}</span>
        <span className="text-xs text-slate-500">flagged {formatDateTime(item.createdAt, timeZone)}</span>
        {item.periodStart && item.periodEnd && <span className="text-xs text-slate-500">period {formatDate(item.periodStart, "UTC")} – {formatDate(new Date(item.periodEnd.getTime() - 1), "UTC")}</span>}
        <span data-testid={`review-status-${item.id}`} className="ml-auto rounded bg-slate-100 px-2 py-0.5 text-xs">{item.note ? `${item.status}: ${item.note}` : item.status}</span>
      </header>
      {item.summary && <p className="mb-3 text-sm">{item.summary}</p>}
      <ReviewEvidence evidence={evidenceOf(item.evidence)} legacy={plainFacts(item.evidence)} />
      {item.holds.length > 0 && (
        <details className="mt-3 text-sm" open={item.status === "open"}>
          <summary className="cursor-pointer font-medium">Commissions held: {openHolds.length} of {item.holds.length} still waiting</summary>
          <table className="mt-2 w-full text-xs">
            <thead>
              <tr className="text-left text-slate-500">
                <th scope="col">Order</th>
                <th scope="col">Ordered</th>
                <th scope="col" className="text-right">Amount</th>
                <th scope="col">Status</th>
                {canDecide && item.status === "open" && <th scope="col">Decide this one</th>}
              </tr>
            </thead>
            <tbody>
              {item.holds.map((h) => (
                <tr key={h.id} className="border-t border-slate-100">
                  <td><code>{h.conversion.orderId}</code></td>
                  <td>{formatDateTime(h.conversion.occurredAt, timeZone)}</td>
                  <td className="text-right tabular-nums">{formatMoney(h.amountMinor, h.currency)}</td>
                  <td data-testid={`held-status-${h.id}`}>{h.status}{h.note ? `: ${h.note}` : ""}</td>
                  {canDecide && item.status === "open" && <td>{!h.decided && h.status === "held" ? <DecisionForm action={`/api/review/${item.id}/commissions`} payload={{ commissionIds: [h.id] }} label={`commission on order ${h.conversion.orderId}`} /> : null}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {canDecide && item.status === "open" && (
        <div className="mt-3 border-t border-slate-100 pt-3">
          <p className="mb-1 text-xs text-slate-500">{item.kind === "large_payment" ? "An owner's second approval pays these on the run; rejecting rejects them." : "Approve releases what is still held; reject rejects it, and the creator sees your note."}</p>
          <DecisionForm action={`/api/review/${item.id}/decision`} label={label} />
        </div>
      )}
    </article>
  );
}
