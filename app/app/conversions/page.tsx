import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { ReportedBy } from "@/components/reported-by";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Conversions" };

export default async function ConversionsPage() {
  const ctx = await requirePage("conversions.read", "/app/conversions");
  const rows = await prisma.conversion.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { occurredAt: "desc" }, take: 100 });
  return (
    <>
      <PageHeader title="Conversions" description="The 100 most recent orders, refunds and cancels, with how each was attributed. Pixel-only sales are unverified until the store's server confirms them." />
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty="No conversions yet."
        columns={[
          { header: "When", cell: (r) => formatDateTime(r.occurredAt, ctx.workspace.timeZone) },
          { header: "Order", cell: (r) => <code>{r.orderId}</code> },
          { header: "Event", cell: (r) => (r.isTest ? `${r.event} (test)` : r.event) },
          { header: "Amount", numeric: true, cell: (r) => formatMoney(r.amountMinor, r.currency) },
          { header: "Reported by", cell: (r) => <ReportedBy channel={r.channel} replacedPixel={Array.isArray(r.history) && r.history.length > 0} /> },
          { header: "Method", cell: (r) => r.attributionMethod },
          { header: "Why", cell: (r) => <span className="text-slate-600">{r.attributionReason}</span> },
        ]}
      />
    </>
  );
}
