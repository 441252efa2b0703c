import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Postback log" };

export default async function PostbacksPage() {
  const ctx = await requirePage("postbacks.read", "/app/postbacks");
  const rows = await prisma.postbackLog.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { receivedAt: "desc" }, take: 200 });
  return (
    <>
      <PageHeader title="Postback log" description="Every postback and pixel request received, its verdict and why." />
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty="No postbacks received yet. Merchants send them to /api/postback (signed POST or token GET) or through the pixel."
        columns={[
          { header: "Received", cell: (r) => formatDateTime(r.receivedAt, ctx.workspace.timeZone) },
          { header: "Channel", cell: (r) => r.channel },
          { header: "Status", numeric: true, cell: (r) => r.httpStatus },
          { header: "Verdict", cell: (r) => (r.isTest ? `${r.verdict} (test)` : r.verdict) },
          { header: "Reason", cell: (r) => r.reason },
        ]}
      />
    </>
  );
}
