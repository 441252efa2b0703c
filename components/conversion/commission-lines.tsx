import { DataTable } from "@/components/data-table";
import type { ConversionDetail } from "@/lib/conversions/detail";
import { formatDateTime, formatMoney } from "@/lib/format";

type Line = ConversionDetail["commissions"][number];

/** A commission line's story: recorded, the decisions made on it (audit rows), and where it stands now. */
function Trail({ line, tz }: { line: Line; tz: string }) {
  const decidedByHand = line.trail.some((a) => a.action === "commission.approved");
  return (
    <ol className="list-decimal pl-5 text-xs text-slate-600" aria-label={`History of the ${line.part} commission`}>
      <li>{formatDateTime(line.createdAt, tz)}: recorded as {formatMoney(line.amountMinor, line.currency)}</li>
      {line.trail.map((a) => (
        <li key={a.id} data-testid="commission-audit">
          {formatDateTime(a.createdAt, tz)}: {a.action.replace("commission.", "")} by {a.actorName}
          {a.after && typeof a.after === "object" && "note" in a.after && a.after.note ? ` (“${String(a.after.note)}”)` : ""}
        </li>
      ))}
      {line.approvedAt && !decidedByHand && <li>{formatDateTime(line.approvedAt, tz)}: approved when its holding period ended</li>}
    </ol>
  );
}

export function CommissionLines({ lines, tz }: { lines: Line[]; tz: string }) {
  return (
    <DataTable
      rows={lines}
      rowKey={(l) => l.id}
      empty="No commission: the order credited nobody, or it is a refund with nothing to reverse."
      columns={[
        { header: "Part", cell: (l) => l.part },
        { header: "Amount", numeric: true, cell: (l) => formatMoney(l.amountMinor, l.currency) },
        { header: "Status", cell: (l) => <span data-testid={`line-status-${l.id}`}>{l.isTest ? `${l.status} (test)` : l.status}</span> },
        { header: "Holding until", cell: (l) => formatDateTime(l.holdUntil, tz) },
        { header: "Note", cell: (l) => l.note ?? "" },
        { header: "History", cell: (l) => <Trail line={l} tz={tz} /> },
      ]}
    />
  );
}
