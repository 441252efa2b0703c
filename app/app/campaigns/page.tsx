import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";
import { formatDate, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage() {
  const ctx = await requirePage("campaigns.read", "/app/campaigns");
  const campaigns = await prisma.campaign.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: { startsAt: "desc" } });
  return (
    <>
      <PageHeader title="Campaigns" />
      <DataTable
        rows={campaigns}
        rowKey={(c) => c.id}
        empty="No campaigns yet."
        columns={[
          { header: "Name", cell: (c) => c.name },
          { header: "utm_campaign", cell: (c) => <code>{c.utmCampaign}</code> },
          { header: "Status", cell: (c) => c.status },
          { header: "Starts", cell: (c) => formatDate(c.startsAt, ctx.workspace.timeZone) },
          { header: "Window", numeric: true, cell: (c) => `${c.attributionWindowDays} days` },
          { header: "Commission", cell: (c) => (c.commissionType === "percent" ? `${(c.commissionBps ?? 0) / 100}%` : c.commissionType === "flat" ? formatMoney(c.commissionFlatMinor ?? 0, c.currency) : "tiered") },
          { header: "Cap / creator", cell: (c) => (c.capPerCreatorMinor ? `${formatMoney(c.capPerCreatorMinor, c.currency)} per ${c.capPeriod}` : "—") },
          { header: "Priority", cell: (c) => `${c.priority} first` },
        ]}
      />
    </>
  );
}
