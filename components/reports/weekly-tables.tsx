import Link from "next/link";
import { formatKpi } from "@/lib/analytics/display";
import type { Mover, Recommendation } from "@/lib/analytics/weekly";
import { formatMoney } from "@/lib/format";

const TH = "px-3 py-2 font-medium";
const TD = "px-3 py-1.5 text-right tabular-nums";

/** Creators whose net revenue moved most against the week before. */
export function MoversTable({ movers, currency, caption, empty, href }: { movers: Mover[]; currency: string; caption: string; empty: string; href: (key: string) => string }) {
  if (movers.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600">{empty}</p>;
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-sm">
      <caption className="px-3 py-2 text-left text-xs text-slate-600">{caption}</caption>
      <thead className="bg-slate-50 text-left text-xs text-slate-600">
        <tr><th scope="col" className={TH}>Creator</th><th scope="col" className={`${TH} text-right`}>Net revenue</th><th scope="col" className={`${TH} text-right`}>Week before</th><th scope="col" className={`${TH} text-right`}>Change</th><th scope="col" className={`${TH} text-right`}>Clicks</th><th scope="col" className={`${TH} text-right`}>Conversions</th><th scope="col" className={`${TH} text-right`}>Conversion rate</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {movers.map((m) => (
          <tr key={m.key}>
            <th scope="row" className="px-3 py-1.5 text-left font-medium"><Link href={href(m.key)} className="text-indigo-700 underline print:text-inherit print:no-underline">{m.label}</Link></th>
            <td className={TD}>{formatKpi(m.now, "netRevenueMinor", currency)}</td>
            <td className={TD}>{m.before ? formatKpi(m.before, "netRevenueMinor", currency) : formatMoney(0, currency)}</td>
            <td className={`${TD} font-medium ${m.changeMinor > 0 ? "text-emerald-700" : "text-rose-700"}`}>{m.changeMinor > 0 ? "+" : "−"}{formatMoney(Math.abs(m.changeMinor), currency)}</td>
            <td className={TD}>{formatKpi(m.now, "clicks", currency)}</td>
            <td className={TD}>{formatKpi(m.now, "conversions", currency)}</td>
            <td className={TD}>{formatKpi(m.now, "conversionRate", currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Creators a rule picked, with the rule and the numbers it looked at. */
export function RecommendationTable({ items, currency, caption, empty, href, testId }: { items: Recommendation[]; currency: string; caption: string; empty: string; href: (key: string) => string; testId: string }) {
  if (items.length === 0) return <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-600" data-testid={testId}>{empty}</p>;
  return (
    <table className="w-full rounded-lg border border-slate-200 bg-white text-sm" data-testid={testId}>
      <caption className="px-3 py-2 text-left text-xs text-slate-600">{caption}</caption>
      <thead className="bg-slate-50 text-left text-xs text-slate-600">
        <tr><th scope="col" className={TH}>Creator</th><th scope="col" className={TH}>Rule</th><th scope="col" className={`${TH} text-right`}>Clicks</th><th scope="col" className={`${TH} text-right`}>Conversions</th><th scope="col" className={`${TH} text-right`}>Conversion rate</th><th scope="col" className={`${TH} text-right`}>Net revenue (week before)</th><th scope="col" className={`${TH} text-right`}>Cost</th><th scope="col" className={`${TH} text-right`}>ROAS</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((r) => (
          <tr key={r.key} data-rule={r.rule.id}>
            <th scope="row" className="px-3 py-1.5 text-left font-medium"><Link href={href(r.key)} className="text-indigo-700 underline print:text-inherit print:no-underline">{r.label}</Link></th>
            <td className="px-3 py-1.5 text-xs text-slate-700"><a href={`#rule-${r.rule.id}`} className="underline print:no-underline">{r.rule.id}</a></td>
            <td className={TD}>{formatKpi(r.now, "clicks", currency)}</td>
            <td className={TD}>{formatKpi(r.now, "conversions", currency)}</td>
            <td className={TD}>{formatKpi(r.now, "conversionRate", currency)}</td>
            <td className={TD}>{formatKpi(r.now, "netRevenueMinor", currency)} ({r.before ? formatKpi(r.before, "netRevenueMinor", currency) : formatMoney(0, currency)})</td>
            <td className={TD}>{formatKpi(r.now, "costMinor", currency)}</td>
            <td className={TD}>{formatKpi(r.now, "roas", currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
