import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SheetView } from "@/components/sheet-view";
import { AppError } from "@/lib/api/errors";
import { ownRows } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/page";
import { loadSheet } from "@/lib/sheets/load";
import { pageOrigin } from "@/lib/utm/public-url";

export const metadata: Metadata = { title: "My instruction sheet" };

export default async function PortalSheetPage({ params }: { params: Promise<{ campaignId: string }> }) {
  const { campaignId } = await params;
  const ctx = await requirePage("portal.read", `/portal/sheets/${campaignId}`);
  // only ever the caller's own Creator row: the scope comes from the session, not the URL
  const scope = ownRows(ctx);
  if (!scope.creatorId) notFound();
  const sheet = await loadSheet({ workspaceId: scope.workspaceId, creatorId: scope.creatorId }, campaignId).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return <SheetView sheet={sheet} origin={await pageOrigin()} timeZone={ctx.workspace.timeZone} backHref="/portal/sheets" />;
}
