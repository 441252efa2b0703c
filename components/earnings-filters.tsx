import Link from "next/link";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import { EARNING_STATUSES, type EarningsFilter } from "@/lib/earnings/schema";

const STATUS_LABELS: Record<(typeof EARNING_STATUSES)[number], string> = { pending: "Pending", held: "Held for review", approved: "Approved", paid: "Paid", reversed: "Reversed", rejected: "Rejected" };

/** The history's filters as a plain GET form: works without JavaScript and keeps the state in the URL. */
export function EarningsFilters({ filter, campaigns, sort, dir }: { filter: EarningsFilter; campaigns: { id: string; name: string }[]; sort: string; dir: string }) {
  const label = "flex flex-col gap-1 text-sm font-medium text-slate-700";
  return (
    <form method="get" action="/portal/earnings" className="mb-3 flex flex-wrap items-end gap-3" aria-label="Filter the history">
      <label className={label}>Status
        <select name="status" defaultValue={filter.status ?? ""} className={INPUT_CLASS}>
          <option value="">Any</option>
          {EARNING_STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[s]}</option>)}
        </select>
      </label>
      <label className={label}>Campaign
        <select name="campaign" defaultValue={filter.campaign ?? ""} className={INPUT_CLASS}>
          <option value="">Any</option>
          {campaigns.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
        </select>
      </label>
      <label className={label}>Ordered from
        <input type="date" name="from" defaultValue={filter.from ?? ""} className={INPUT_CLASS} />
      </label>
      <label className={label}>to
        <input type="date" name="to" defaultValue={filter.to ?? ""} className={INPUT_CLASS} />
      </label>
      <input type="hidden" name="sort" value={sort} />
      <input type="hidden" name="dir" value={dir} />
      <button type="submit" className={BUTTON_CLASS}>Filter</button>
      <Link href="/portal/earnings" className="py-1.5 text-sm text-indigo-700 underline">Clear</Link>
    </form>
  );
}
