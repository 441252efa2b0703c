// The earnings history's URL state: one schema for the filters the page's GET form sends.
import { z } from "zod";
import { parseListState, type SearchParams } from "@/lib/list/params";

export const EARNING_STATUSES = ["pending", "held", "approved", "paid", "reversed", "rejected"] as const;
export const EARNINGS_PAGE_SIZE = 25;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));

export interface EarningsFilter {
  status?: (typeof EARNING_STATUSES)[number];
  campaign?: string;
  /** UTC day, inclusive */
  from?: string;
  /** UTC day, inclusive */
  to?: string;
}

/** The list state from the URL; a malformed filter is dropped, not an error. */
export function parseEarningsState(params: SearchParams) {
  const state = parseListState(params, { sorts: ["date", "amount"], defaultSort: "date", defaultDir: "desc", filters: ["status", "campaign", "from", "to"] });
  const f = state.filters;
  const filter: EarningsFilter = {
    status: z.enum(EARNING_STATUSES).safeParse(f.status).data,
    campaign: f.campaign || undefined,
    from: day.safeParse(f.from).data,
    to: day.safeParse(f.to).data,
  };
  return { state, filter };
}
