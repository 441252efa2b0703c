import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PayoutHeld } from "@/components/payout-held";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { creatorNames } from "@/lib/creators/list";
import { prisma } from "@/lib/db/prisma";
import { formatDate, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Payouts" };

export default async function PayoutsPage() {
  const ctx = await requirePage("payouts.read", "/app/payouts");
  const payouts = await prisma.payout.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { periodStart: "desc" }, include: { lines: { select: { amountMinor: true } } } });
  const names = await creatorNames(ctx.workspace.id);
  return (
    <>
      <PageHeader title="Payouts" description="Payout runs per period. An owner starts a run through the API (POST /api/payouts with the period); each run downloads as CSV from /api/payouts/{id}/export. Commissions held for review are skipped, each with the reason; a payment above the owner's limit waits on the Review page for a second approval." />
      <DataTable
        rows={payouts}
        rowKey={(p) => p.id}
        empty="No payout runs yet."
        columns={[
          { header: "Period", cell: (p) => `${formatDate(p.periodStart, "UTC")} – ${formatDate(p.periodEnd, "UTC")}` },
          { header: "Status", cell: (p) => p.status },
          { header: "Lines", numeric: true, cell: (p) => p.lines.length },
          { header: "Total", numeric: true, cell: (p) => formatMoney(p.lines.reduce((s, l) => s + l.amountMinor, 0), p.currency) },
          { header: "Held back, and why", cell: (p) => <PayoutHeld held={p.held} currency={p.currency} names={names} /> },
        ]}
      />
    </>
  );
}
