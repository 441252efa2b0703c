import Link from "next/link";
import { DIMENSION_LABELS } from "@/lib/analytics/breakdown-view";
import { reportHref } from "@/lib/analytics/filters";
import { DIMENSIONS, type Dimension, type ReportFilters } from "@/lib/analytics/types";

/** One link per breakdown, keeping the filters (the sort is per table, so it stays behind). */
export function ReportTabs({ current, filters }: { current: Dimension; filters: ReportFilters }) {
  return (
    <nav aria-label="Breakdowns" className="mb-4 flex flex-wrap gap-1 border-b border-slate-200 print:hidden">
      {DIMENSIONS.map((d) => (
        <Link
          key={d}
          href={reportHref(`/app/reports/${d}`, filters)}
          aria-current={d === current ? "page" : undefined}
          className={`-mb-px rounded-t border px-3 py-1.5 text-sm ${d === current ? "border-slate-200 border-b-white bg-white font-medium text-indigo-700" : "border-transparent text-slate-700 hover:bg-slate-100"}`}
        >
          {DIMENSION_LABELS[d]}
        </Link>
      ))}
    </nav>
  );
}
