import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DailyChart } from "@/components/daily-chart";
import { DataTable } from "@/components/data-table";
import { FilterBar } from "@/components/reports/filter-bar";
import { RoundingNote } from "@/components/reports/rounding-note";
import { ScorecardTable } from "@/components/reports/scorecard-table";
import { PageHeader } from "@/components/shell";
import { formatDayRange, formatKpi } from "@/lib/analytics/display";
import { COMPARE_LABELS, PRESET_LABELS, reportHref } from "@/lib/analytics/filters";
import { filterOptions } from "@/lib/analytics/filter-options";
import { reportFilters } from "@/lib/analytics/report";
import { scorecard, SCORECARD_KPIS, SCORECARD_PRESET } from "@/lib/analytics/scorecard";
import type { BreakdownRow } from "@/lib/analytics/types";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Creator scorecard" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export default async function ScorecardPage({ params, searchParams }: Props) {
  const { id } = await params;
  const path = `/app/creators/${id}/scorecard`;
  const ctx = await requirePage("workspace.read", path);
  const ws = ctx.workspace;
  const creator = await prisma.creator.findFirst({ where: { workspaceId: ws.id, id }, select: { id: true, name: true } });
  if (!creator) notFound();
  const { filters: asked, today } = reportFilters(ws, await searchParams, SCORECARD_PRESET);
  const filters = { ...asked, creatorId: creator.id };
  const [card, options] = await Promise.all([scorecard(ws, creator.id, filters), filterOptions(ws.id, filters)]);
  const campaignName = card.campaigns.find((c) => c.id === card.campaignId)?.name ?? options.campaigns.find((c) => c.id === card.campaignId)?.name ?? "all campaigns";
  const money = (r: BreakdownRow, key: "netRevenueMinor" | "epcMinor" | "conversionRate") => formatKpi(r.kpis, key, ws.currency);
  return (
    <>
      <p className="mb-2 text-sm print:hidden"><Link className="text-indigo-700 underline" href={`/app/creators/${creator.id}`}>← {creator.name}</Link></p>
      <PageHeader title={`${creator.name}: scorecard`} description={`${campaignName} · ${PRESET_LABELS[filters.preset]}: ${formatDayRange(filters.from, filters.to)} (${ws.timeZone}), test traffic excluded.`} />
      <FilterBar path={path} filters={filters} today={today} timeZone={ws.timeZone} options={options} hide={["creator"]} defaultPreset={SCORECARD_PRESET} />
      {card.campaigns.length > 1 && (
        <nav aria-label="Campaigns of this creator" className="mb-4 flex flex-wrap gap-2 text-sm">
          <span className="text-slate-600">Their campaigns in this period:</span>
          {card.campaigns.map((c) => (
            <Link key={c.id} href={reportHref(path, { ...filters, creatorId: undefined }, { campaignId: c.id }, SCORECARD_PRESET)} aria-current={c.id === card.campaignId ? "true" : undefined} className={c.id === card.campaignId ? "font-semibold text-slate-900" : "text-indigo-700 underline"}>{c.name}</Link>
          ))}
        </nav>
      )}
      <section aria-labelledby="against" className="mb-6">
        <h2 id="against" className="mb-2 font-semibold">Against the campaign average</h2>
        {card.campaignId ? (
          <ScorecardTable keys={SCORECARD_KPIS} creator={card.creator} campaign={card.campaign} previous={card.previous} currency={ws.currency} campaignName={campaignName} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">No clicks or orders for {creator.name} in this period.</p>
        )}
      </section>
      <section aria-labelledby="placements" className="mb-6">
        <h2 id="placements" className="mb-2 font-semibold">Best placements</h2>
        <DataTable
          rows={card.placements}
          rowKey={(r) => r.key || "none"}
          empty="No placement had clicks or orders in this period."
          caption="By net revenue in this campaign and period."
          columns={[
            { header: "Placement", cell: (r) => r.label },
            { header: "Clicks", numeric: true, cell: (r) => formatKpi(r.kpis, "clicks", ws.currency) },
            { header: "Conversions", numeric: true, cell: (r) => formatKpi(r.kpis, "conversions", ws.currency) },
            { header: "Conversion rate", numeric: true, cell: (r) => money(r, "conversionRate") },
            { header: "Net revenue", numeric: true, cell: (r) => money(r, "netRevenueMinor") },
            { header: "EPC", numeric: true, cell: (r) => money(r, "epcMinor") },
          ]}
        />
      </section>
      <section aria-labelledby="weekly-trend">
        <h2 id="weekly-trend" className="mb-2 font-semibold">Trend by week</h2>
        <DailyChart data={card.weeks.map((w) => ({ day: w.key, clicks: w.kpis.clicks, conversions: w.kpis.conversions }))} />
      </section>
      <RoundingNote comparison={card.previousRange && `${COMPARE_LABELS[filters.compare].toLowerCase()} (${formatDayRange(card.previousRange.from, card.previousRange.to)})`} />
    </>
  );
}
