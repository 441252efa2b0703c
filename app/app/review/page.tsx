import type { Metadata } from "next";
import Link from "next/link";
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

const select = "rounded border border-slate-300 px-2 py-1 text-sm";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("review.read", "/app/review");
  const canDecide = can(ctx.role, "review.decide");
  const state = reviewListState(await searchParams);
  const [{ items, total, pageSize }, creators] = await Promise.all([listReviewItems(ctx.workspace.id, state), creatorNames(ctx.workspace.id)]);
  const nameOf = (id: string | null) => (id ? (creators.get(id) ?? "—") : "—");
  const open = items.filter((i) => i.status === "open");
  return (
    <>
      <PageHeader
        title="Review queue"
        description="Outliers the fraud signals found (judged once a day, or now with the button) and creators over a commission cap. A flagged creator's open commissions from the flagged period are held until you decide; payout runs skip them and say why. Decisions are final and audited."
      />
      <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
        <form method="get" className="flex flex-wrap items-end gap-2" aria-label="Filter review items">
          <label className="text-xs">
            Status
            <select name="status" defaultValue={state.status ?? ""} className={`${select} ml-1`}>
              <option value="">any</option>
              {REVIEW_STATUSES.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
          <label className="text-xs">
            Signal
            <select name="kind" defaultValue={state.kind ?? ""} className={`${select} ml-1`}>
              <option value="">any</option>
              {REVIEW_KINDS.map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
            </select>
          </label>
          <label className="text-xs">
            Creator
            <select name="creator" defaultValue={state.creatorId ?? ""} className={`${select} ml-1`}>
              <option value="">any</option>
              {[...creators].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => <option key={id} value={id}>{name}</option>)}
            </select>
          </label>
          <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm">Filter</button>
          <Link href="/app/review" className="text-xs text-indigo-700 underline">Clear</Link>
        </form>
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
