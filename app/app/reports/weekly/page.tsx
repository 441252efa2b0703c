import type { Metadata } from "next";
import { KpiCards } from "@/components/reports/kpi-cards";
import { FilterBar } from "@/components/reports/filter-bar";
import { RoundingNote } from "@/components/reports/rounding-note";
import { MoversTable, RecommendationTable } from "@/components/reports/weekly-tables";
import { PageHeader } from "@/components/shell";
import { SheetPrintButton } from "@/components/sheet-print-button";
import { formatDayRange, formatKpi } from "@/lib/analytics/display";
import { reportHref } from "@/lib/analytics/filters";
import { filterOptions } from "@/lib/analytics/filter-options";
import { reportFilters } from "@/lib/analytics/report";
import { SCORECARD_PRESET } from "@/lib/analytics/scorecard";
import { MOVERS_SHOWN, RULES, weeklyReport } from "@/lib/analytics/weekly";
import { requirePage } from "@/lib/auth/page";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Weekly report" };

// Printed: no app chrome, no filters or buttons, sections kept whole.
const PRINT_CSS = `
@media print {
  aside, nav, form, .sheet-noprint { display: none !important; }
  main { padding: 0 !important; }
  body { background: white !important; }
  section { break-inside: avoid; page-break-inside: avoid; }
  @page { margin: 14mm; }
}`;

const SUMMARY = ["clicks", "conversions", "conversionRate", "netRevenueMinor", "costMinor", "roas"] as const;

export default async function WeeklyReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const path = "/app/reports/weekly";
  const ctx = await requirePage("workspace.read", path);
  const ws = ctx.workspace;
  const { filters, today } = reportFilters(ws, await searchParams);
  const [r, options] = await Promise.all([weeklyReport(ws.id, today, filters), filterOptions(ws.id, filters)]);
  const scorecard = (key: string) => reportHref(`/app/creators/${key}/scorecard`, { ...filters, ...r.week, preset: "custom", creatorId: undefined }, {}, SCORECARD_PRESET);
  const week = formatDayRange(r.week.from, r.week.to);
  const before = formatDayRange(r.before.from, r.before.to);
  return (
    <>
      <style>{PRINT_CSS}</style>
      <PageHeader title={`Weekly report: ${week}`} description={`Monday to Sunday in ${ws.timeZone}, compared with the week before (${before}); test traffic excluded.`} />
      <FilterBar path={path} filters={filters} today={today} timeZone={ws.timeZone} options={options} hide={["dates"]} />
      <div className="sheet-noprint mb-4"><SheetPrintButton /></div>
      <section aria-labelledby="summary" className="mb-6">
        <h2 id="summary" className="mb-2 font-semibold">The week</h2>
        <KpiCards keys={SUMMARY} current={r.now} previous={r.previous} currency={ws.currency} label="The week against the week before" />
      </section>
      <section aria-labelledby="top-movers" className="mb-6">
        <h2 id="top-movers" className="mb-2 font-semibold">Top movers</h2>
        <MoversTable movers={r.top} currency={ws.currency} href={scorecard} caption={`Up to ${MOVERS_SHOWN} creators whose net revenue rose most against the week before.`} empty="No creator's net revenue rose against the week before." />
      </section>
      <section aria-labelledby="bottom-movers" className="mb-6">
        <h2 id="bottom-movers" className="mb-2 font-semibold">Bottom movers</h2>
        <MoversTable movers={r.bottom} currency={ws.currency} href={scorecard} caption={`Up to ${MOVERS_SHOWN} creators whose net revenue fell most against the week before.`} empty="No creator's net revenue fell against the week before." />
      </section>
      <section aria-labelledby="scale" className="mb-6">
        <h2 id="scale" className="mb-2 font-semibold">Scale up</h2>
        <RecommendationTable items={r.scale} currency={ws.currency} href={scorecard} testId="scale-up" caption="Creators a scale-up rule picked, with the figures it looked at (the week; net revenue of the week before in brackets)." empty="No creator met the scale-up rule this week." />
      </section>
      <section aria-labelledby="pause" className="mb-6">
        <h2 id="pause" className="mb-2 font-semibold">Pause or review</h2>
        <RecommendationTable items={r.pause} currency={ws.currency} href={scorecard} testId="pause" caption="Creators a pause rule picked, with the figures it looked at." empty="No creator met a pause rule this week." />
      </section>
      <section aria-labelledby="rules" className="mb-6 text-sm">
        <h2 id="rules" className="mb-2 font-semibold">The rules</h2>
        <p className="mb-2 text-slate-700">
          The workspace&apos;s conversion rate this week: <strong data-testid="workspace-rate">{formatKpi(r.now, "conversionRate", ws.currency)}</strong>. Each creator is listed under the first rule that applies, in this order; a rule
          never picks creators without enough clicks to judge.
        </p>
        <dl className="space-y-1">
          {RULES.map((rule) => (
            <div key={rule.id} id={`rule-${rule.id}`} className="flex gap-2">
              <dt className="w-32 shrink-0 font-mono text-xs leading-5">{rule.id}</dt>
              <dd>{rule.action === "scale" ? "Scale up: " : "Pause or review: "}{rule.text}</dd>
            </div>
          ))}
        </dl>
      </section>
      <RoundingNote />
    </>
  );
}
