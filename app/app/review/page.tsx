import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm, type FilterField } from "@/components/list/filter-form";
import { Pagination } from "@/components/list/pagination";
import { ReviewBulkForm, RunDetectionButton } from "@/components/review-bulk";
import { kindLabel, ReviewItemCard } from "@/components/review-item-card";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { creatorNames } from "@/lib/creators/list";
import { listHref, type SearchParams } from "@/lib/list/params";
import { listReviewItems, REVIEW_KINDS, REVIEW_STATUSES, reviewListState } from "@/lib/review/list";

export const metadata: Metadata = { title: "Review" };


export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("review.read", "/app/review");
  const canDecide = can(ctx.role, "review.decide");
  const state = reviewListState(await searchParams);
  const [{ items, total, pageSize }, creators] = await Promise.all([listReviewItems(ctx.workspace.id, state), creatorNames(ctx.workspace.id)]);
  const nameOf = (id: string | null) => (id ? (creators.get(id) ?? "—") : "—");
  const open = items.filter((i) => i.status === "open");
  const fields: FilterField[] = [
    { name: "status", label: "Status", kind: "select", options: REVIEW_STATUSES.map((s) => ({ value: s, label: s })) },
    { name: "kind", label: "Signal", kind: "select", options: REVIEW_KINDS.map((k) => ({ value: k, label: kindLabel(k) })) },
    { name: "creator", label: "Creator", kind: "select", options: [...creators].sort((a, b) => a[1].localeCompare(b[1])).map(([value, label]) => ({ value, label })) },
  ];
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Outliers the fraud signals found (judged once a day, or now with the button) and creators over a commission cap. A flagged creator's open commissions from the flagged period are held until you decide; payout runs skip them and say why. Decisions are final and audited."
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <FilterForm path="/app/review" label="Filter review items" fields={fields} values={{ status: state.status ?? "", kind: state.kind ?? "", creator: state.creatorId ?? "" }} />
        <div className="flex items-center gap-3">
          {canDecide && <RunDetectionButton />}
          <Link href="/app/settings/fraud" className="text-xs text-indigo-700 underline">Signal thresholds</Link>
        </div>
      </div>
      {canDecide && <ReviewBulkForm items={open.map((i) => ({ id: i.id, label: `${kindLabel(i.kind)} · ${nameOf(i.creatorId)}${i.summary ? ` — ${i.summary}` : ""}` }))} />}
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-6 text-center text-sm text-slate-500">Nothing to review{state.status || state.kind || state.creatorId ? " with these filters" : ""}.</p>
      ) : (
        <div className="space-y-4">
          {items.map((i) => <ReviewItemCard key={i.id} item={i} creator={nameOf(i.creatorId)} timeZone={ctx.workspace.timeZone} canDecide={canDecide} />)}
        </div>
      )}
      <Pagination page={state.page} pageSize={pageSize} total={total} href={(page) => listHref("/app/review", { filters: state.filters }, { page })} />
    </>
  );
}
