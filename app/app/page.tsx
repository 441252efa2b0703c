import type { Metadata } from "next";
import { DailyChart } from "@/components/daily-chart";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { StatCards } from "@/components/stat-cards";
import { requirePage } from "@/lib/auth/page";
import { formatInt, formatMoney, formatPercent } from "@/lib/format";
import { loadOverview } from "@/lib/metrics/overview";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const ctx = await requirePage("workspace.read", "/app");
  const { totals, series, creators } = await loadOverview({ workspaceId: ctx.workspace.id }, 30);
  const money = (m: number | null) => (m === null ? "—" : formatMoney(m, ctx.workspace.currency));
  return (
    <>
      <PageHeader title="Overview" description="Last 30 days, test traffic excluded; updated about once a minute." />
      <StatCards
        stats={[
          { label: "Clicks", value: formatInt(totals.clicks), hint: `${formatInt(totals.uniqueClicks)} unique` },
          { label: "Conversions", value: formatInt(totals.conversions), hint: `${formatPercent(totals.conversionRate, 2)} of clicks` },
          { label: "Revenue", value: money(totals.revenueMinor), hint: `AOV ${money(totals.aovMinor)}` },
          { label: "Commission", value: money(totals.commissionMinor), hint: `EPC ${money(totals.epcMinor)}` },
        ]}
      />
      <section className="mt-6">
        <DailyChart data={series} />
      </section>
      <section className="mt-6">
        <h2 className="mb-2 font-semibold">Creators by revenue</h2>
        <DataTable
          rows={creators}
          rowKey={(r) => r.creatorId}
          empty="No attributed activity in the last 30 days."
          columns={[
            { header: "Creator", cell: (r) => r.name },
            { header: "Clicks", numeric: true, cell: (r) => formatInt(r.clicks) },
            { header: "Conversions", numeric: true, cell: (r) => formatInt(r.conversions) },
            { header: "Conv. rate", numeric: true, cell: (r) => formatPercent(r.conversionRate, 2) },
            { header: "Revenue", numeric: true, cell: (r) => money(r.revenueMinor) },
            { header: "AOV", numeric: true, cell: (r) => money(r.aovMinor) },
            { header: "Commission", numeric: true, cell: (r) => money(r.commissionMinor) },
          ]}
        />
      </section>
    </>
  );
}
