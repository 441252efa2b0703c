// A list page's state lives in its URL (search, filters, sort, page), so a
// view can be bookmarked, shared and reloaded. Pages parse it with one schema
// per list; unknown or malformed values fall back to the defaults instead of
// failing the page.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface ListState<S extends string, F extends string> {
  q: string;
  sort: S;
  dir: "asc" | "desc";
  page: number;
  filters: Partial<Record<F, string>>;
}

export function parseListState<S extends string, F extends string>(
  params: SearchParams,
  opts: { sorts: readonly [S, ...S[]]; defaultSort: S; defaultDir?: "asc" | "desc"; filters?: readonly F[] },
): ListState<S, F> {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() ?? "";
  };
  const sort = z.enum(opts.sorts).safeParse(one("sort"));
  const dir = z.enum(["asc", "desc"]).safeParse(one("dir"));
  const page = z.coerce.number().int().min(1).max(100_000).safeParse(one("page") || undefined);
  const filters: Partial<Record<F, string>> = {};
  for (const f of opts.filters ?? []) if (one(f)) filters[f] = one(f).slice(0, 200);
  return {
    q: one("q").slice(0, 200),
    sort: sort.success ? sort.data : opts.defaultSort,
    dir: dir.success ? dir.data : (opts.defaultDir ?? "asc"),
    page: page.success ? page.data : 1,
    filters,
  };
}

/** The URL of this list with some state changed (page reset to 1 unless given). */
export function listHref(path: string, state: { q?: string; sort?: string; dir?: string; page?: number; filters?: Record<string, string | undefined> }, change: Partial<{ q: string; sort: string; dir: string; page: number; filters: Record<string, string | undefined> }>): string {
  const next = { ...state, page: 1, ...change, filters: { ...state.filters, ...change.filters } };
  const sp = new URLSearchParams();
  if (next.q) sp.set("q", next.q);
  for (const [k, v] of Object.entries(next.filters ?? {})) if (v) sp.set(k, v);
  if (next.sort) sp.set("sort", next.sort);
  if (next.dir) sp.set("dir", next.dir);
  if (next.page && next.page > 1) sp.set("page", String(next.page));
  const qs = sp.toString();
  return qs ? `${path}?${qs}` : path;
}
