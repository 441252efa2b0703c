import type { Metadata } from "next";
import Link from "next/link";
import { DailyChart } from "@/components/daily-chart";
import { BreakdownTable } from "@/components/reports/breakdown-table";
import { FilterBar } from "@/components/reports/filter-bar";
import { KpiCards } from "@/components/reports/kpi-cards";
import { RoundingNote } from "@/components/reports/rounding-note";
import { PageHeader } from "@/components/shell";
import { breakdownView } from "@/lib/analytics/breakdown-view";
import { breakdown } from "@/lib/analytics/breakdown";
import { OVERVIEW_GROUPS } from "@/lib/analytics/display";
import { COMPARE_LABELS, PRESET_LABELS, reportHref } from "@/lib/analytics/filters";
import { filterOptions } from "@/lib/analytics/filter-options";
import { kpiReport, reportFilters, trend, trendDimension } from "@/lib/analytics/report";
import { requirePage } from "@/lib/auth/page";
import type { SearchParams } from "@/lib/list/params";
import { formatDayRange } from "@/lib/analytics/display";

export const metadata: Metadata = { title: "Overview" };

const TOP_CREATORS = 10;

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("workspace.read", "/app");
  const ws = ctx.workspace;
  const { filters, today } = reportFilters(ws, await searchParams);
  const [report, series, creators, options] = await Promise.all([kpiReport(ws, filters), trend(ws, filters), breakdown(ws.id, filters, "creator"), filterOptions(ws.id, filters)]);
  const compared = report.previousRange && `${COMPARE_LABELS[filters.compare].toLowerCase()} (${formatDayRange(report.previousRange.from, report.previousRange.to)})`;
  const top = breakdownView("creator", creators.filter((c) => c.key !== ""), { sort: "netRevenueMinor", dir: "desc" }, ws.currency);
  const shown = { ...top, keys: top.keys.slice(0, TOP_CREATORS), cells: top.cells.slice(0, TOP_CREATORS) };
  const breakdownHref = reportHref("/app/reports/creator", filters);
  return (
    <>
      <PageHeader title="Overview" description={`${PRESET_LABELS[filters.preset]}: ${formatDayRange(filters.from, filters.to)} (${ws.timeZone}), test traffic excluded.`} />
      <FilterBar path="/app" filters={filters} today={today} timeZone={ws.timeZone} options={options} />
      {OVERVIEW_GROUPS.map((g) => (
        <section key={g.title} className="mb-5" aria-labelledby={`kpi-${g.id}`}>
          <h2 id={`kpi-${g.id}`} className="mb-2 text-sm font-semibold text-slate-700">{g.title}</h2>
          {g.note && <p className="mb-2 text-xs text-slate-600">{g.note}</p>}
          <KpiCards keys={g.keys} current={report.current} previous={report.previous} currency={ws.currency} label={g.title} />
        </section>
      ))}
      <section className="mt-6" aria-labelledby="trend">
        <h2 id="trend" className="mb-2 font-semibold">Clicks and conversions by {trendDimension(filters)}</h2>
        <DailyChart data={series.map((r) => ({ day: r.key, clicks: r.kpis.clicks, conversions: r.kpis.conversions }))} />
      </section>
      <section className="mt-6" aria-labelledby="top-creators">
        <h2 id="top-creators" className="mb-2 font-semibold">Top creators by net revenue</h2>
        <BreakdownTable
          view={shown}
          caption={`The ${Math.min(TOP_CREATORS, top.cells.length)} creators with the most net revenue in this period; all creators, sortable, under Breakdowns.`}
          rowHref={(key) => reportHref(`/app/creators/${key}/scorecard`, filters)}
        />
        <p className="mt-2 text-sm"><Link href={breakdownHref} className="text-indigo-700 underline">All creators and other breakdowns</Link></p>
      </section>
      <RoundingNote comparison={compared} />
    </>
  );
}
