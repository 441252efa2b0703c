import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import { Pagination } from "@/components/list/pagination";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { countryName } from "@/lib/creators/countries";
import { creatorFilterOptions, listCreatorPage, parseCreatorListState } from "@/lib/creators/list";
import { CREATOR_STATUSES } from "@/lib/creators/schema";
import { listHref, type SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Creators" };

const PATH = "/app/creators";

export default async function CreatorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("creators.read", PATH);
  const state = parseCreatorListState(await searchParams);
  const [{ rows, total, pageSize, currentBrief }, options] = await Promise.all([listCreatorPage(ctx.workspace.id, state), creatorFilterOptions(ctx.workspace.id)]);
  const href = (change: Parameters<typeof listHref>[2]) => listHref(PATH, state, change);
  const sortLink = (key: (typeof state)["sort"], label: string) => {
    const active = state.sort === key;
    const dir = active && state.dir === "asc" ? "desc" : "asc";
    return <Link href={href({ sort: key, dir, page: 1 })} aria-label={`Sort by ${label}`}>{label}{active ? (state.dir === "asc" ? " ▲" : " ▼") : ""}</Link>;
  };
  const f = state.filters;
  return (
    <>
      <PageHeader title="Creators" description={`${total} ${f.status === "archived" ? "archived " : ""}creators match in ${ctx.workspace.name}${f.status ? "" : " (archived ones hidden: filter by status to see them)"}.`} />
      {can(ctx.role, "creators.write") && (
        <p className="mb-4 flex flex-wrap items-center gap-4">
          <Link href="/app/creators/new" className={BUTTON_CLASS}>Add a creator</Link>
          <Link href="/app/creators/import" className="text-sm text-indigo-700 underline">Import creators from a CSV file</Link>
        </p>
      )}
      <form method="get" action={PATH} role="search" aria-label="Filter creators" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">Search<input name="q" defaultValue={state.q} placeholder="Name, email or handle" className={INPUT_CLASS} /></label>
        <label className="flex flex-col gap-1">Status
          <select name="status" defaultValue={f.status ?? ""} className={INPUT_CLASS}><option value="">Any but archived</option>{CREATOR_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}</select>
        </label>
        <label className="flex flex-col gap-1">Campaign
          <select name="campaign" defaultValue={f.campaign ?? ""} className={INPUT_CLASS}><option value="">Any</option>{options.campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</select>
        </label>
        <label className="flex flex-col gap-1">Audience country
          <select name="country" defaultValue={f.country ?? ""} className={INPUT_CLASS}><option value="">Any</option>{options.countries.map((c) => <option key={c} value={c}>{countryName(c)} ({c})</option>)}</select>
        </label>
        <label className="flex flex-col gap-1">Current brief
          <select name="brief" defaultValue={f.brief ?? ""} className={INPUT_CLASS}><option value="">Any</option><option value="accepted">Accepted</option><option value="pending">Not accepted</option></select>
        </label>
        <input type="hidden" name="sort" value={state.sort} />
        <input type="hidden" name="dir" value={state.dir} />
        <button type="submit" className={BUTTON_CLASS}>Apply</button>
        <Link href={PATH} className="py-1.5 text-indigo-700 underline">Clear</Link>
      </form>
      <nav aria-label="Sort" className="mb-2 flex gap-3 text-xs text-slate-600">
        Sort: {sortLink("name", "name")} {sortLink("created", "date added")} {sortLink("country", "country")} {sortLink("status", "status")}
      </nav>
      <DataTable
        rows={rows}
        rowKey={(c) => c.id}
        empty={state.q || Object.keys(f).length ? "No creators match these filters." : "No creators yet: add one, or import a CSV."}
        caption={`Sorted by ${state.sort} (${state.dir === "asc" ? "ascending" : "descending"})`}
        columns={[
          { header: "Name", cell: (c) => <Link className="text-indigo-700 underline" href={`${PATH}/${c.id}`}>{c.name}</Link> },
          { header: "Email", cell: (c) => c.email },
          { header: "Handles", cell: (c) => c.handles.map((h) => `${h.platform}: @${h.handle}`).join(" · ") || "—" },
          { header: "Status", cell: (c) => c.status },
          { header: "Audience", cell: (c) => c.audienceCountry ?? "—" },
          { header: currentBrief ? `Brief v${currentBrief.version}` : "Brief", cell: (c) => (!currentBrief ? "—" : c.acceptances[0] ? `accepted ${c.acceptances[0].acceptedAt.toISOString().slice(0, 10)}` : "not yet") },
          { header: "Links", numeric: true, cell: (c) => c._count.links },
        ]}
      />
      <Pagination page={state.page} pageSize={pageSize} total={total} href={(page) => href({ page })} />
    </>
  );
}
