import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { EarningsFilters } from "@/components/earnings-filters";
import { EarningsTotals } from "@/components/earnings-totals";
import { Pagination } from "@/components/list/pagination";
import { ReportedBy } from "@/components/reported-by";
import { ReviewNotice } from "@/components/review-notice";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { earningCampaigns, earningsHistory, earningsTotals } from "@/lib/earnings/list";
import { EARNINGS_PAGE_SIZE, parseEarningsState } from "@/lib/earnings/schema";
import { formatDate, formatDateTime, formatMoney } from "@/lib/format";
import { listHref, type SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "My earnings" };

const STATUS_WORDS: Record<string, string> = {
  held: "held for review (see the note)",
  approved: "approved, paid at the next payout",
  paid: "paid",
  rejected: "rejected",
  reversed: "reversed (order refunded or cancelled)",
};

export default async function PortalEarnings({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("portal.read", "/portal/earnings");
  const { state, filter } = parseEarningsState(await searchParams);
  const [totals, history, campaigns] = await Promise.all([earningsTotals(ctx), earningsHistory(ctx, filter, state.page, state.sort, state.dir), earningCampaigns(ctx)]);
  const names = new Map(campaigns.map((c) => [c.id, c.name]));
  const tz = ctx.workspace.timeZone;
  const href = (change: Parameters<typeof listHref>[2]) => listHref("/portal/earnings", state, change);
  const sortLink = (sort: "date" | "amount", label: string) => (
    <Link href={href({ sort, dir: state.sort === sort && state.dir === "desc" ? "asc" : "desc" })} className="underline">
      {label}{state.sort === sort ? (state.dir === "desc" ? " ↓" : " ↑") : ""}
    </Link>
  );
  return (
    <>
      <PageHeader title="My earnings" description="Where your commissions stand, why each one is yours, and your payout statements. Commissions are approved after the campaign's holding period; a sale only the shop's pixel reported may first wait for the shop to confirm it." />
      <ReviewNotice ctx={ctx} />
      <EarningsTotals totals={totals} currency={ctx.workspace.currency} timeZone={tz} />
      <p className="my-4 text-sm"><Link href="/portal/statements" className="text-indigo-700 underline">Payout statements →</Link></p>
      <h2 className="mb-2 text-lg font-semibold">History</h2>
      <EarningsFilters filter={filter} campaigns={campaigns} sort={state.sort} dir={state.dir} />
      <p className="mb-2 text-xs text-slate-600">Sort by {sortLink("date", "date")} or {sortLink("amount", "amount")}.</p>
      <DataTable
        rows={history.rows}
        rowKey={(r) => r.id}
        empty={Object.values(filter).some(Boolean) ? "No commissions match these filters." : "No commissions yet."}
        columns={[
          { header: "Ordered", cell: (r) => formatDateTime(r.conversion.occurredAt, tz) },
          { header: "Campaign", cell: (r) => names.get(r.campaignId) ?? "" },
          { header: "Why it is yours", cell: (r) => <span className="text-slate-700" data-testid="earning-reason">{r.conversion.attributionReason}</span> },
          { header: "Reported by", cell: (r) => <ReportedBy channel={r.conversion.channel} /> },
          { header: "Amount", numeric: true, cell: (r) => <span data-testid="portal-commission-amount">{formatMoney(r.amountMinor, r.currency)}</span> },
          { header: "Rule", cell: (r) => <span className="text-slate-600" data-testid="portal-commission-basis">{r.basis ?? ""}</span> },
          {
            header: "Status",
            cell: (r) =>
              r.status === "pending" ? `pending, payable from ${formatDate(r.holdUntil, tz)}`
              : r.status === "paid" && r.payoutLines[0] ? <Link className="underline" href={`/portal/statements/${r.payoutLines[0].payoutId}`}>paid (statement)</Link>
              : (STATUS_WORDS[r.status] ?? r.status),
          },
          { header: "Note", cell: (r) => <span data-testid="portal-commission-note">{r.note ?? ""}</span> },
        ]}
      />
      <Pagination page={state.page} pageSize={EARNINGS_PAGE_SIZE} total={history.total} href={(page) => href({ page })} />
    </>
  );
}
