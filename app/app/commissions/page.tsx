import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { DecisionForm } from "@/components/decision-form";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { creatorNames } from "@/lib/creators/list";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Commissions" };

export default async function CommissionsPage() {
  const ctx = await requirePage("conversions.read", "/app/commissions");
  const canDecide = can(ctx.role, "commissions.approve");
  const rows = await prisma.commission.findMany({
    where: { workspaceId: ctx.workspace.id, status: { in: ["pending", "held", "approved"] } },
    include: { conversion: { select: { orderId: true, occurredAt: true } } },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 100,
  });
  const creators = await creatorNames(ctx.workspace.id);
  return (
    <>
      <PageHeader
        title="Commissions"
        description="Unpaid commissions. Pending ones are approved by the maintenance pass (about once a minute) once their holding period ends, unless they are pixel-only sales waiting for the merchant's confirmation, or here by hand; held ones (over a cap) wait for a decision. A rejection's note is shown to the creator."
      />
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty="No unpaid commissions."
        columns={[
          { header: "Order", cell: (r) => <code>{r.conversion.orderId}</code> },
          { header: "Ordered", cell: (r) => formatDateTime(r.conversion.occurredAt, ctx.workspace.timeZone) },
          { header: "Creator", cell: (r) => creators.get(r.creatorId) ?? "—" },
          { header: "Amount", numeric: true, cell: (r) => formatMoney(r.amountMinor, r.currency) },
          { header: "Rule", cell: (r) => <span className="text-slate-600">{r.basis ?? ""}</span> },
          { header: "Status", cell: (r) => <span data-testid={`status-${r.id}`}>{r.isTest ? `${r.status} (test)` : r.status}</span> },
          { header: "Holding until", cell: (r) => formatDateTime(r.holdUntil, ctx.workspace.timeZone) },
          { header: "Note", cell: (r) => <span className="text-slate-600">{r.note ?? ""}</span> },
          ...(canDecide
            ? [{ header: "Decide", cell: (r: (typeof rows)[number]) => (r.status === "approved" ? null : <DecisionForm action="/api/commissions/decisions" payload={{ commissionIds: [r.id] }} label={`commission on order ${r.conversion.orderId}`} />) }]
            : []),
        ]}
      />
    </>
  );
}
