import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { DelayChart } from "@/components/delay-chart";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import { PageHeader } from "@/components/shell";
import type { Ratio } from "@/lib/analytics/types";
import { ADVISOR_PERIODS, parseAdvisorParams, windowReport } from "@/lib/attribution/window-report";
import { requirePage } from "@/lib/auth/page";
import { getCampaign } from "@/lib/campaigns/list";
import { formatShare } from "@/lib/analytics/display";
import { formatDate, formatInt, formatMoney } from "@/lib/format";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Attribution window" };

const pct = (r: Ratio) => formatShare(r);
const signed = (n: number, text: string) => (n > 0 ? `+${text}` : text);

export default async function WindowAdvisorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const ctx = await requirePage("campaigns.read", `/app/campaigns/${id}/window`);
  const found = await getCampaign(ctx.workspace.id, id);
  if (!found) notFound();
  const { campaign, current } = found;
  const choice = parseAdvisorParams(await searchParams);
  const report = await windowReport({ workspaceId: ctx.workspace.id, campaignId: id, currency: campaign.currency, terms: current, params: choice });
  const money = (m: number) => signed(m, formatMoney(m, campaign.currency));
  const tz = ctx.workspace.timeZone;
  return (
    <>
      <p className="mb-2 text-sm"><Link href={`/app/campaigns/${id}`} className="text-indigo-700 underline">← {campaign.name}</Link></p>
      <PageHeader
        title="Attribution window advisor"
        description={`${campaign.name}: ${formatInt(report.orders)} live orders from ${formatDate(report.range.from, tz)} to ${formatDate(report.range.to, tz)} whose click id points at a valid click on this campaign's links, credited or not. The window now: ${report.currentDays} days.`}
      />
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3 text-sm" aria-label="Advisor settings">
        <label className="flex flex-col gap-1"><span className="font-medium text-slate-700">Period</span>
          <select name="period" defaultValue={choice.period} className={INPUT_CLASS}>
            {ADVISOR_PERIODS.map((p) => <option key={p} value={p}>Last {p} days</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1"><span className="font-medium text-slate-700">Custom window (days)</span>
          <input name="custom" type="number" min={1} max={365} defaultValue={choice.custom ?? ""} className={`${INPUT_CLASS} w-28`} />
        </label>
        <button type="submit" className={BUTTON_CLASS}>Compare</button>
      </form>

      <section aria-labelledby="delay" className="mb-8">
        <h2 id="delay" className="mb-2 font-semibold">Time from click to order</h2>
        {report.orders > 0 && <DelayChart data={report.distribution} />}
        <div className="mt-3">
          <DataTable rows={report.orders > 0 ? report.distribution : []} rowKey={(b) => b.label} empty="No orders carried a click id on this campaign's links in this period." caption="Orders by delay between the click and the order" columns={[
            { header: "Delay", cell: (b) => b.label },
            { header: "Orders", numeric: true, cell: (b) => formatInt(b.orders) },
            { header: "Share", numeric: true, cell: (b) => pct(b.share) },
          ]} />
        </div>
      </section>

      <section aria-labelledby="capture" className="mb-8">
        <h2 id="capture" className="mb-2 font-semibold">Orders each window would capture</h2>
        <DataTable rows={report.orders > 0 ? report.capture : []} rowKey={(w) => String(w.days)} empty="Nothing to compare yet." columns={[
          { header: "Window", cell: (w) => `${w.days} days${w.days === report.currentDays ? " (current)" : ""}` },
          { header: "Orders captured", numeric: true, cell: (w) => formatInt(w.captured) },
          { header: "Share of orders", numeric: true, cell: (w) => pct(w.share) },
        ]} />
      </section>

      <section aria-labelledby="change">
        <h2 id="change" className="mb-2 font-semibold">What changing it would have moved</h2>
        <p className="mb-2 text-sm text-slate-600">Against the current {report.currentDays}-day window, over the same orders. Orders a longer window gains are costed at the current rule before caps (an estimate); orders a shorter one loses carry the commission they earned. Revenue is net of refunds.</p>
        <DataTable rows={report.orders > 0 ? report.changes : []} rowKey={(c) => String(c.toDays)} empty="Nothing to compare yet." columns={[
          { header: "Window", cell: (c) => `${c.toDays} days` },
          { header: "Orders", numeric: true, cell: (c) => signed(c.orders, formatInt(c.orders)) },
          { header: "Revenue", numeric: true, cell: (c) => money(c.revenueMinor) },
          { header: "Commission", numeric: true, cell: (c) => `${money(c.commissionMinor)}${c.commissionEstimated && c.orders ? " (est.)" : ""}` },
          { header: "Creators moved most", cell: (c) => c.creators.length ? (
            <ul>{c.creators.map((m) => <li key={m.creatorId}><Link className="text-indigo-700 underline" href={`/app/creators/${m.creatorId}`}>{m.creatorName}</Link>: {signed(m.orders, formatInt(m.orders))} orders, {money(m.revenueMinor)}</li>)}</ul>
          ) : "none" },
        ]} />
        {report.changes.some((c) => c.otherCurrencyOrders > 0) && <p className="mt-2 text-xs text-slate-500">Orders in another currency than {campaign.currency} are counted but not summed.</p>}
      </section>
    </>
  );
}
