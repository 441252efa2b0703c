import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { formatDate, formatMoney } from "@/lib/format";
import { listStatements } from "@/lib/statements/list";

export const metadata: Metadata = { title: "Payout statements" };

export default async function StatementsPage() {
  const ctx = await requirePage("portal.read", "/portal/statements");
  const statements = await listStatements(ctx);
  const tz = ctx.workspace.timeZone;
  return (
    <>
      <PageHeader title="Payout statements" description="One statement per payout you are part of: every commission paid, every clawback of an order refunded after it was paid, and the net. Printable, and as CSV." />
      <DataTable
        rows={statements}
        rowKey={(s) => s.payoutId}
        empty="No payouts yet. Approved commissions are paid at the brand's next payout run."
        columns={[
          { header: "Period", cell: (s) => <Link className="text-indigo-700 underline" href={`/portal/statements/${s.payoutId}`}>{formatDate(s.periodStart, "UTC")} – {formatDate(s.periodEnd, "UTC")}</Link> },
          { header: "Status", cell: (s) => (s.paidAt ? `paid ${formatDate(s.paidAt, tz)}` : s.status) },
          { header: "Lines", numeric: true, cell: (s) => s.lines },
          { header: "Commissions", numeric: true, cell: (s) => formatMoney(s.commissionsMinor, s.currency) },
          { header: "Clawbacks", numeric: true, cell: (s) => formatMoney(s.clawbacksMinor, s.currency) },
          { header: "Net", numeric: true, cell: (s) => <strong data-testid="statement-net">{formatMoney(s.netMinor, s.currency)}</strong> },
          { header: "CSV", cell: (s) => <a className="text-indigo-700 underline" href={`/api/portal/statements/${s.payoutId}`} download>Download</a> },
        ]}
      />
    </>
  );
}
