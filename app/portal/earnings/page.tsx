import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { ReportedBy } from "@/components/reported-by";
import { PageHeader } from "@/components/shell";
import { ownRows } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "My earnings" };

const STATUS_WORDS: Record<string, string> = {
  pending: "pending (holding period)",
  held: "held for review (see the note)",
  approved: "approved, paid at the next payout",
  paid: "paid",
  rejected: "rejected",
  reversed: "reversed (order refunded or cancelled)",
};

export default async function PortalEarnings() {
  const ctx = await requirePage("portal.read", "/portal/earnings");
  // ownRows: the caller's workspace and, for a creator, only their own rows
  const rows = await prisma.commission.findMany({
    where: { ...ownRows(ctx), isTest: false },
    include: { conversion: { select: { orderId: true, occurredAt: true, attributionReason: true, channel: true } } },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
  return (
    <>
      <PageHeader title="My earnings" description="Each commission, why it is yours, and where it stands. Commissions are approved after the campaign's holding period; a sale only the shop's pixel reported may first wait for the shop to confirm it." />
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty="No commissions yet."
        columns={[
          { header: "Ordered", cell: (r) => formatDateTime(r.conversion.occurredAt, ctx.workspace.timeZone) },
          { header: "Why it is yours", cell: (r) => <span className="text-slate-600">{r.conversion.attributionReason}</span> },
          { header: "Reported by", cell: (r) => <ReportedBy channel={r.conversion.channel} /> },
          { header: "Amount", numeric: true, cell: (r) => <span data-testid="portal-commission-amount">{formatMoney(r.amountMinor, r.currency)}</span> },
          { header: "Status", cell: (r) => STATUS_WORDS[r.status] ?? r.status },
          { header: "Note", cell: (r) => <span data-testid="portal-commission-note">{r.note ?? ""}</span> },
        ]}
      />
    </>
  );
}
