// A list's filters from its URL, one zod schema per field: a value that does
// not parse is dropped (the list shows unfiltered on that field) rather than
// failing the page, so an old bookmark or a hand-edited URL still opens.
import { z } from "zod";
import { cursorRequest } from "./cursor";
import type { SearchParams } from "./params";

export type FilterShape = Record<string, z.ZodType<string | boolean>>;
export type FilterValues<S extends FilterShape> = { [K in keyof S]?: z.infer<S[K]> };

export const dayParam = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)));
export const idParam = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
export const textParam = z.string().trim().min(1).max(100);
/** A yes/no choice in a select: "yes" or "no"; anything else means "either". */
export const yesNoParam = z.enum(["yes", "no"]).transform((v) => v === "yes");

export function firstValue(params: SearchParams, key: string): string | undefined {
  const v = params[key];
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  return s ? s : undefined;
}

export function parseFilters<S extends FilterShape>(params: SearchParams, shape: S): FilterValues<S> {
  const out: FilterValues<S> = {};
  for (const key of Object.keys(shape) as (keyof S & string)[]) {
    const raw = firstValue(params, key);
    if (raw === undefined) continue;
    const parsed = shape[key].safeParse(raw);
    if (parsed.success) out[key] = parsed.data as z.infer<S[typeof key]>;
  }
  return out;
}

/** The filters as URL values again (booleans as yes/no), for links that keep them. */
export function filterParams<S extends FilterShape>(values: FilterValues<S>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    if (typeof v === "boolean") out[k] = v ? "yes" : "no";
    else if (typeof v === "string" && v) out[k] = v;
  }
  return out;
}

/** The list's URL with these filters and, optionally, a page cursor. */
export function cursorHref(path: string, filters: Record<string, string>, page?: { older: string } | { newer: string }): string {
  const sp = new URLSearchParams(filters);
  if (page) for (const [k, v] of Object.entries(page)) sp.set(k, v);
  const qs = sp.toString();
  return qs ? `${path}?${qs}` : path;
}

/** What a cursor list page reads from its URL: the filters, the page asked for, and the filters again as URL values. */
export function cursorListState<S extends FilterShape>(params: SearchParams, shape: S) {
  const filters = parseFilters(params, shape);
  return { filters, page: cursorRequest({ older: firstValue(params, "older"), newer: firstValue(params, "newer") }), query: filterParams(filters) };
}
