import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BreakdownChart } from "@/components/reports/breakdown-chart";
import { BreakdownTable } from "@/components/reports/breakdown-table";
import { FilterBar } from "@/components/reports/filter-bar";
import { ReportTabs } from "@/components/reports/report-tabs";
import { RoundingNote } from "@/components/reports/rounding-note";
import { PageHeader } from "@/components/shell";
import { BREAKDOWN_KPIS, breakdownChart, DIMENSION_LABELS } from "@/lib/analytics/breakdown-view";
import { PRESET_LABELS, reportHref } from "@/lib/analytics/filters";
import { filterOptions } from "@/lib/analytics/filter-options";
import { loadBreakdown } from "@/lib/analytics/report";
import { DIMENSIONS, type Dimension } from "@/lib/analytics/types";
import { requirePage } from "@/lib/auth/page";
import type { SearchParams } from "@/lib/list/params";
import { formatDayRange } from "@/lib/analytics/display";

type Props = { params: Promise<{ dimension: string }>; searchParams: Promise<SearchParams> };

const asDimension = (d: string): Dimension | null => (DIMENSIONS as readonly string[]).includes(d) ? (d as Dimension) : null;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const dim = asDimension((await params).dimension);
  return { title: dim ? `Breakdown by ${DIMENSION_LABELS[dim].toLowerCase()}` : "Breakdowns" };
}

export default async function BreakdownPage({ params, searchParams }: Props) {
  const dim = asDimension((await params).dimension);
  if (!dim) notFound();
  const path = `/app/reports/${dim}`;
  const ctx = await requirePage("workspace.read", path);
  const ws = ctx.workspace;
  const sp = await searchParams;
  const { filters, today, state, view, rows } = await loadBreakdown(ws, dim, sp);
  const options = await filterOptions(ws.id, filters);
  const withSort = (sort: string, dir: string) => {
    const href = new URL(reportHref(path, filters), "http://x");
    href.searchParams.set("sort", sort);
    href.searchParams.set("dir", dir);
    return `${href.pathname}${href.search}`;
  };
  const sorts = ["label", ...BREAKDOWN_KPIS] as const;
  const column = sorts.indexOf(state.sort);
  // a second click on the current column reverses it; a new column starts A→Z for names, largest first for figures
  const hrefs = sorts.map((s, i) => withSort(s, i === column ? (state.dir === "asc" ? "desc" : "asc") : i === 0 ? "asc" : "desc"));
  const chart = breakdownChart(dim, rows, state, ws.currency);
  const csv = `/api/reports/${dim}?${new URL(withSort(state.sort, state.dir), "http://x").searchParams}`;
  return (
    <>
      <PageHeader title={`Breakdown by ${DIMENSION_LABELS[dim].toLowerCase()}`} description={`${PRESET_LABELS[filters.preset]}: ${formatDayRange(filters.from, filters.to)} (${ws.timeZone}), test traffic excluded.`} />
      <ReportTabs current={dim} filters={filters} />
      <FilterBar path={path} filters={filters} today={today} timeZone={ws.timeZone} options={options} keep={{ sort: state.sort, dir: state.dir }} />
      <section aria-labelledby="chart-title" className="mb-4">
        <h2 id="chart-title" className="mb-2 font-semibold">{chart.series}{chart.overTime ? "" : `, first ${chart.points.length} rows in table order`}</h2>
        <BreakdownChart points={chart.points} series={chart.series} overTime={chart.overTime} summary={chart.summary} />
      </section>
      <div className="mb-2 flex items-center justify-between">
        <h2 className="font-semibold">{view.cells.length} row{view.cells.length === 1 ? "" : "s"}</h2>
        <a href={csv} download className="rounded border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50" data-testid="csv-export">Export CSV</a>
      </div>
      <BreakdownTable
        view={view}
        caption={`By ${DIMENSION_LABELS[dim].toLowerCase()}; select a column header to sort by it. The CSV holds these rows in this order.`}
        sort={{ column, dir: state.dir, hrefs }}
        rowHref={dim === "creator" ? (key) => (key ? reportHref(`/app/creators/${key}/scorecard`, filters) : null) : undefined}
      />
      <RoundingNote />
    </>
  );
}
