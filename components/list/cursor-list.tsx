import { DataTable, type Column } from "@/components/data-table";
import type { CursorPage } from "@/lib/list/cursor";
import { CursorPager } from "./cursor-pager";
import { FilterForm, type FilterField } from "./filter-form";

/**
 * The one shape of a ledger page: filters (a GET form, state in the URL), a
 * table of one keyset page, and the pager. `children` goes between the
 * filters and the table (a bulk action bar, a summary).
 */
export function CursorList<T>({ path, label, fields, query, page, columns, rowKey, empty, caption, children }: {
  path: string;
  label: string;
  fields: readonly FilterField[];
  query: Record<string, string>;
  page: CursorPage<T>;
  columns: Column<T>[];
  rowKey: (row: T) => string;
  empty: { none: string; filtered: string };
  caption?: string;
  children?: React.ReactNode;
}) {
  const filtered = Object.keys(query).length > 0;
  return (
    <>
      <FilterForm path={path} label={`Filter ${label}`} fields={fields} values={query} />
      {children}
      <DataTable rows={page.rows} rowKey={rowKey} columns={columns} empty={filtered || page.newer ? empty.filtered : empty.none} caption={caption} />
      <CursorPager path={path} query={query} page={page} />
    </>
  );
}
