import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SheetView } from "@/components/sheet-view";
import { AppError } from "@/lib/api/errors";
import { requirePage } from "@/lib/auth/page";
import { loadSheet } from "@/lib/sheets/load";
import { pageOrigin } from "@/lib/utm/public-url";

export const metadata: Metadata = { title: "Instruction sheet" };

export default async function BrandSheetPage({ params }: { params: Promise<{ creatorId: string; campaignId: string }> }) {
  const { creatorId, campaignId } = await params;
  const ctx = await requirePage("creators.read", `/app/sheets/${creatorId}/${campaignId}`);
  const sheet = await loadSheet({ workspaceId: ctx.workspace.id, creatorId }, campaignId).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return <SheetView sheet={sheet} origin={await pageOrigin()} timeZone={ctx.workspace.timeZone} backHref="/app/sheets" />;
}
