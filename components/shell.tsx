import { NavLinks, type NavItem } from "./nav-links";
import { SignOutButton } from "./sign-out-button";

export function Shell({ product, workspace, userName, role, nav, children }: {
  product: string;
  workspace: string;
  userName: string;
  role: string;
  nav: NavItem[];
  children: React.ReactNode;
}) {
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-56 shrink-0 flex-col border-r border-slate-200 bg-white p-4">
        <div className="mb-4 px-3">
          <div className="text-xs font-semibold uppercase tracking-wide text-indigo-600">{product}</div>
          <div className="truncate font-semibold" data-testid="workspace-name">{workspace}</div>
        </div>
        <NavLinks items={nav} />
        <div className="mt-auto px-3 pt-6 text-sm">
          <div className="truncate font-medium" data-testid="user-name">{userName}</div>
          <div className="mb-2 text-xs text-slate-500" data-testid="user-role">{role}</div>
          <SignOutButton />
        </div>
      </aside>
      <main className="min-w-0 flex-1 p-8">{children}</main>
    </div>
  );
}

export function PageHeader({ title, description }: { title: string; description?: string }) {
  return (
    <header className="mb-6">
      <h1 className="text-2xl font-semibold">{title}</h1>
      {description && <p className="mt-1 text-sm text-slate-500">{description}</p>}
    </header>
  );
}
