import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { prisma } from "@/lib/db/prisma";

export const metadata: Metadata = { title: "Merchants" };

export default async function MerchantsPage() {
  const ctx = await requirePage("merchants.read", "/app/merchants");
  const merchants = await prisma.merchant.findMany({
    where: { workspaceId: ctx.workspace.id },
    // the sealed secrets never leave the server: only their hints
    select: { id: true, name: true, currency: true, allowedDomains: true, pixelKey: true, secrets: { where: { revokedAt: null }, select: { id: true, hint: true, isTest: true } } },
  });
  return (
    <>
      <PageHeader title="Merchants" description="Stores that report orders, their allow-listed destination domains and postback credentials." />
      <DataTable
        rows={merchants}
        rowKey={(m) => m.id}
        empty="No merchants yet."
        columns={[
          { header: "Name", cell: (m) => m.name },
          { header: "Merchant id", cell: (m) => <code>{m.id}</code> },
          { header: "Currency", cell: (m) => m.currency },
          { header: "Allowed domains", cell: (m) => m.allowedDomains.join(", ") },
          { header: "Pixel key", cell: (m) => <code>{m.pixelKey}</code> },
          { header: "Active secrets", cell: (m) => m.secrets.map((s) => `${s.hint}…${s.isTest ? " (test)" : ""}`).join(", ") },
        ]}
      />
    </>
  );
}
