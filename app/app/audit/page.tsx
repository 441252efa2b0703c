import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const ctx = await requirePage("audit.read", "/app/audit");
  const rows = await prisma.auditLog.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { createdAt: "desc" }, take: 200 });
  return (
    <>
      <PageHeader title="Audit log" description="Configuration changes: who, what, before and after." />
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty="No changes recorded yet."
        columns={[
          { header: "When", cell: (r) => formatDateTime(r.createdAt, ctx.workspace.timeZone) },
          { header: "Who", cell: (r) => r.actorId ?? "system" },
          { header: "Action", cell: (r) => r.action },
          { header: "Entity", cell: (r) => `${r.entityType} ${r.entityId}` },
          { header: "After", cell: (r) => <code className="text-xs">{r.after ? JSON.stringify(r.after) : "—"}</code> },
        ]}
      />
    </>
  );
}
