import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { listHref, parseListState, type SearchParams } from "@/lib/list/params";
import { listSheets, SHEET_PAGE_SIZE } from "@/lib/sheets/load";

export const metadata: Metadata = { title: "Instruction sheets" };

export default async function SheetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("creators.read", "/app/sheets");
  const state = parseListState(await searchParams, { sorts: ["campaign"], defaultSort: "campaign" });
  const { total, rows } = await listSheets(ctx.workspace.id, state.q, state.page);
  return (
    <>
      <PageHeader title="Instruction sheets" description="One printable sheet per creator and campaign: their links per placement, their code, the dates, the attribution window and the disclosure. Creators see the same sheet in their portal." />
      <form method="get" className="mb-3 flex items-end gap-2 text-sm">
        <label className="flex flex-col gap-1">
          <span className="font-medium text-slate-700">Search creator or campaign</span>
          <input name="q" defaultValue={state.q} className="rounded border border-slate-300 px-2 py-1.5" />
        </label>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1.5">Search</button>
      </form>
      <DataTable
        rows={rows}
        rowKey={(r) => r.id}
        empty={state.q ? "No sheet matches this search." : "No sheets yet: a creator gets one when they have a link in a campaign."}
        columns={[
          { header: "Creator", cell: (r) => r.creator.name },
          { header: "Campaign", cell: (r) => r.campaign.name },
          { header: "Link", cell: (r) => <code>/r/{r.code}</code> },
          { header: "Sheet", cell: (r) => <Link className="text-indigo-700 underline" href={`/app/sheets/${r.creatorId}/${r.campaignId}`}>Open sheet<span className="sr-only"> for {r.creator.name}, {r.campaign.name}</span></Link> },
        ]}
      />
      <Pagination page={state.page} pageSize={SHEET_PAGE_SIZE} total={total} href={(p) => listHref("/app/sheets", state, { page: p })} />
    </>
  );
}
