import type { PayoutLineKind } from "@/lib/generated/prisma/enums";
import { formatDateTime, formatMoney } from "@/lib/format";
import { ReportedBy } from "./reported-by";

interface Line {
  id: string;
  kind: PayoutLineKind;
  amountMinor: number;
  currency: string;
  campaign: string;
  reason: string;
  commission: { conversion: { orderId: string; occurredAt: Date; channel: "post" | "get" | "pixel" } } | null;
}

/** A statement's lines: commissions then clawbacks, each with the order, the campaign and why. */
export function StatementTable({ lines, timeZone }: { lines: Line[]; timeZone: string }) {
  return (
    <table className="w-full text-sm" data-testid="statement-lines">
      <thead className="border-b border-slate-300 text-left text-xs uppercase tracking-wide text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-2">Kind</th>
          <th scope="col" className="py-1 pr-2">Order</th>
          <th scope="col" className="py-1 pr-2">Ordered</th>
          <th scope="col" className="py-1 pr-2">Campaign</th>
          <th scope="col" className="py-1 pr-2">Why</th>
          <th scope="col" className="py-1 text-right">Amount</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {lines.map((l) => (
          <tr key={l.id} data-kind={l.kind}>
            <td className="py-1 pr-2">{l.kind === "clawback" ? <strong className="text-rose-800">clawback</strong> : "commission"}</td>
            <td className="py-1 pr-2 font-mono text-xs">{l.commission?.conversion.orderId ?? ""}</td>
            <td className="py-1 pr-2">{l.commission ? formatDateTime(l.commission.conversion.occurredAt, timeZone) : ""}</td>
            <td className="py-1 pr-2">{l.campaign}</td>
            <td className="py-1 pr-2">{l.reason}{l.commission?.conversion.channel === "pixel" ? <> <ReportedBy channel="pixel" /></> : null}</td>
            <td className="py-1 text-right tabular-nums">{formatMoney(l.amountMinor, l.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
