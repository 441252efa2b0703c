import { forbidden } from "next/navigation";
import { Shell } from "@/components/shell";
import { TermsNotice } from "@/components/terms-notice";
import { currentContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { currentTerms, pendingOf } from "@/lib/contracts/current";
import { PORTAL_PAGES } from "@/lib/navigation";

// Draws the shell only; each page runs requirePage() (see app/app/layout.tsx).
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const ctx = await currentContext();
  if (!ctx) return children;
  if (!can(ctx.role, "portal.read") || !ctx.creatorId) forbidden();
  const pending = pendingOf(await currentTerms({ workspaceId: ctx.workspace.id, creatorId: ctx.creatorId }));
  return (
    <Shell product="Creator portal" workspace={ctx.workspace.name} userName={ctx.userName} role={ctx.role} nav={PORTAL_PAGES.map((p) => ({ ...p }))}>
      <TermsNotice pending={pending} />
      {children}
    </Shell>
  );
}
