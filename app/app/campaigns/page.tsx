import type { Metadata } from "next";
import Link from "next/link";
import { CampaignForm } from "@/components/campaign-form";
import { DataTable } from "@/components/data-table";
import { INPUT_CLASS, BUTTON_CLASS } from "@/components/form/field";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/shell";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/page";
import { CAMPAIGN_PAGE_SIZE, CAMPAIGN_SORTS, listCampaigns, listMerchantOptions } from "@/lib/campaigns/list";
import { describeCap, describeRule } from "@/lib/campaigns/terms";
import { formatDate } from "@/lib/format";
import { listHref, parseListState, type SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Campaigns" };

export default async function CampaignsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("campaigns.read", "/app/campaigns");
  const state = parseListState(await searchParams, { sorts: CAMPAIGN_SORTS, defaultSort: "startsAt", defaultDir: "desc", filters: ["status"] });
  const [{ rows, total }, merchants] = await Promise.all([
    listCampaigns(ctx.workspace.id, { q: state.q, status: state.filters.status, sort: state.sort, dir: state.dir, page: state.page }),
    listMerchantOptions(ctx.workspace.id),
  ]);
  const tz = ctx.workspace.timeZone;
  return (
    <>
      <PageHeader title="Campaigns" description="Each campaign's money terms are versioned: a change applies to orders from then on; earlier orders keep the terms in force when they happened." />
      <form method="get" className="mb-3 flex flex-wrap items-end gap-2" aria-label="Filter campaigns">
        <label className="flex flex-col text-sm">Search<input name="q" defaultValue={state.q} className={INPUT_CLASS} placeholder="name or utm value" /></label>
        <label className="flex flex-col text-sm">Status
          <select name="status" defaultValue={state.filters.status ?? ""} className={INPUT_CLASS}>
            <option value="">any</option><option value="draft">draft</option><option value="active">active</option><option value="ended">ended</option>
          </select>
        </label>
        <button className={BUTTON_CLASS}>Filter</button>
      </form>
      <DataTable
        rows={rows}
        rowKey={(c) => c.id}
        empty={state.q || state.filters.status ? "No campaign matches these filters." : "No campaigns yet."}
        columns={[
          { header: "Name", cell: (c) => <Link className="text-indigo-700 underline" href={`/app/campaigns/${c.id}`}>{c.name}</Link> },
          { header: "utm_campaign", cell: (c) => <code>{c.utmCampaign}</code> },
          { header: "Merchant", cell: (c) => c.merchant?.name ?? "—" },
          { header: "Status", cell: (c) => c.status },
          { header: "Dates", cell: (c) => `${formatDate(c.startsAt, tz)}${c.endsAt ? ` – ${formatDate(c.endsAt, tz)}` : ""}` },
          { header: "Window", numeric: true, cell: (c) => `${c.attributionWindowDays} days` },
          { header: "Commission", cell: (c) => <>{describeRule(c, c.currency)}{c.nextChangeAt && <span className="block text-xs text-amber-700">terms change {formatDate(c.nextChangeAt, tz)}</span>}</> },
          { header: "Cap", cell: (c) => describeCap(c, c.currency) },
          { header: "Priority", cell: (c) => `${c.priority} first` },
          { header: "Links / codes", numeric: true, cell: (c) => `${c._count.links} / ${c._count.coupons}` },
        ]}
      />
      <Pagination page={state.page} pageSize={CAMPAIGN_PAGE_SIZE} total={total} href={(page) => listHref("/app/campaigns", state, { page })} />
      {can(ctx.role, "campaigns.write") && (
        <section className="mt-8">
          <h2 className="mb-2 font-semibold">New campaign</h2>
          <CampaignForm merchants={merchants} timeZone={tz} />
        </section>
      )}
    </>
  );
}
