import Link from "next/link";
import { cursorHref } from "@/lib/list/filters";
import type { CursorPage } from "@/lib/list/cursor";

const LINK = "rounded border border-slate-300 px-2 py-1 focus-visible:outline-2 focus-visible:outline-indigo-500";

function Step({ href, rel, children }: { href: string | null; rel?: string; children: React.ReactNode }) {
  return href ? <Link className={LINK} href={href} rel={rel}>{children}</Link> : <span className={`${LINK} opacity-40`} aria-disabled="true">{children}</span>;
}

/** Newest / newer / older links of a keyset-paged list; each keeps the filters in the URL. */
export function CursorPager({ path, query, page }: { path: string; query: Record<string, string>; page: Pick<CursorPage<unknown>, "older" | "newer"> }) {
  return (
    <nav aria-label="Pages" className="mt-3 flex items-center gap-3 text-sm text-slate-600">
      <Step href={page.newer ? cursorHref(path, query) : null}>Newest</Step>
      <Step href={page.newer ? cursorHref(path, query, { newer: page.newer }) : null} rel="prev">Newer</Step>
      <Step href={page.older ? cursorHref(path, query, { older: page.older }) : null} rel="next">Older</Step>
    </nav>
  );
}
