"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  match?: string;
}

const covers = (prefix: string, path: string) => path === prefix || path.startsWith(`${prefix}/`);

export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // the entry with the longest prefix of the path is current (/app/reports/weekly is the weekly report's, not the breakdowns')
  const best = items.map((i) => i.match ?? i.href).filter((m) => covers(m, pathname)).sort((a, b) => b.length - a.length)[0];
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {items.map((item) => {
        const active = (item.match ?? item.href) === best && (best.split("/").length > 2 || pathname === best);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 text-sm ${active ? "bg-indigo-50 font-medium text-indigo-700" : "text-slate-700 hover:bg-slate-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
