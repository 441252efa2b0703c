import Link from "next/link";

/** Previous / next links for a list whose state is in the URL; `href(page)` keeps the rest of it. */
export function Pagination({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const link = "rounded border border-slate-300 px-2 py-1 focus-visible:outline-2 focus-visible:outline-indigo-500";
  return (
    <nav aria-label="Pagination" className="mt-3 flex items-center gap-3 text-sm text-slate-600">
      <span>{from}–{to} of {total}</span>
      {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">Previous</Link> : <span className={`${link} opacity-40`} aria-disabled="true">Previous</span>}
      <span>Page {Math.min(page, pages)} of {pages}</span>
      {page < pages ? <Link className={link} href={href(page + 1)} rel="next">Next</Link> : <span className={`${link} opacity-40`} aria-disabled="true">Next</span>}
    </nav>
  );
}
