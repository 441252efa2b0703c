import { forbidden } from "next/navigation";
import { Shell } from "@/components/shell";
import { currentContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { APP_PAGES } from "@/lib/navigation";

// The layout only draws the shell. Each page runs requirePage() itself: a
// layout is not re-run on client navigation, and only the page knows its own
// path for the sign-in redirect.
export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await currentContext();
  if (!ctx) return children;
  if (!can(ctx.role, "workspace.read")) forbidden();
  const nav = APP_PAGES.filter((p) => can(ctx.role, p.permission)).map((p) => ({ href: p.href, label: p.label, ...("match" in p && { match: p.match }) }));
  return (
    <Shell product="Creator Ledger" workspace={ctx.workspace.name} userName={ctx.userName} role={ctx.role} nav={nav}>
      {children}
    </Shell>
  );
}
