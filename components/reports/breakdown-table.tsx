import Link from "next/link";
import type { BreakdownView } from "@/lib/analytics/breakdown-view";

/**
 * A breakdown as a table. With `sort`, its column headers sort it (links: the
 * sort lives in the URL): `sort.hrefs[i]` is the URL sorting by column i,
 * `sort.column` and `sort.dir` the current order.
 */
export function BreakdownTable({ view, sort, caption, rowHref }: {
  view: BreakdownView;
  sort?: { column: number; dir: "asc" | "desc"; hrefs: string[] };
  caption: string;
  rowHref?: (key: string) => string | null;
}) {
  if (view.cells.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">No clicks, orders or posts match these filters in this period.</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="breakdown-table">
        <caption className="px-3 py-2 text-left text-xs text-slate-600">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            {view.headers.map((h, i) => {
              const current = sort?.column === i;
              return (
                <th key={h} scope="col" aria-sort={current ? (sort.dir === "asc" ? "ascending" : "descending") : undefined} className={`whitespace-nowrap px-3 py-2 font-medium ${i > 0 ? "text-right" : ""}`}>
                  {sort ? (
                    <Link href={sort.hrefs[i]} className="hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500">
                      {h}
                      <span aria-hidden="true">{current ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}</span>
                    </Link>
                  ) : h}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {view.cells.map((row, r) => {
            const href = rowHref?.(view.keys[r]);
            return (
              <tr key={view.keys[r] || `none-${r}`}>
                {row.map((cell, i) => (
                  i === 0
                    ? <th key={i} scope="row" className="px-3 py-1.5 text-left font-medium">{href ? <Link href={href} className="text-indigo-700 underline">{cell}</Link> : cell}</th>
                    : <td key={i} className="whitespace-nowrap px-3 py-1.5 text-right tabular-nums">{cell}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
