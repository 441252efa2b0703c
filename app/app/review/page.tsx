import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { DecisionForm } from "@/components/decision-form";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { creatorNames } from "@/lib/creators/list";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Review" };

export default async function ReviewPage() {
  const ctx = await requirePage("review.read", "/app/review");
  const canDecide = can(ctx.role, "review.decide");
  const items = await prisma.reviewItem.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: [{ status: "asc" }, { createdAt: "desc" }], take: 100 });
  const creators = await creatorNames(ctx.workspace.id);
  return (
    <>
      <PageHeader title="Review queue" description="Outliers flagged by the fraud signals and creators over a commission cap. Approving a cap item releases the held excess; rejecting it rejects the excess. Decisions are final and audited." />
      <DataTable
        rows={items}
        rowKey={(i) => i.id}
        empty="Nothing to review."
        columns={[
          { header: "Flagged", cell: (i) => formatDateTime(i.createdAt, ctx.workspace.timeZone) },
          { header: "Signal", cell: (i) => i.kind.replace(/_/g, " ") },
          { header: "Creator", cell: (i) => (i.creatorId ? (creators.get(i.creatorId) ?? "—") : "—") },
          { header: "Evidence", cell: (i) => <code className="text-xs">{JSON.stringify(i.evidence)}</code> },
          { header: "Status", cell: (i) => <span data-testid={`review-status-${i.id}`}>{i.note ? `${i.status}: ${i.note}` : i.status}</span> },
          ...(canDecide
            ? [{ header: "Decide", cell: (i: (typeof items)[number]) => (i.status === "open" ? <DecisionForm action={`/api/review/${i.id}/decision`} label={`${i.kind.replace(/_/g, " ")} item`} /> : null) }]
            : []),
        ]}
      />
    </>
  );
}
