import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { listLinksAndCoupons } from "@/lib/links/list";

export const metadata: Metadata = { title: "Links & codes" };

export default async function LinksPage() {
  const ctx = await requirePage("links.read", "/app/links");
  const { links, coupons } = await listLinksAndCoupons({ workspaceId: ctx.workspace.id });
  return (
    <>
      <PageHeader title="Links & codes" description="Tracking links (/r/{code}) and coupon codes per creator and campaign." />
      <DataTable
        rows={links}
        rowKey={(l) => l.id}
        empty="No links yet."
        columns={[
          { header: "Code", cell: (l) => <code>/r/{l.code}</code> },
          { header: "Creator", cell: (l) => l.creator.name },
          { header: "Campaign", cell: (l) => l.campaign.name },
          { header: "Destination", cell: (l) => <span className="break-all text-slate-600">{l.destinationUrl}</span> },
          { header: "State", cell: (l) => (l.disabledAt ? "disabled" : "live") },
        ]}
      />
      <h2 className="mb-2 mt-8 font-semibold">Coupon codes</h2>
      <DataTable
        rows={coupons}
        rowKey={(c) => c.id}
        empty="No coupon codes yet."
        columns={[
          { header: "Code", cell: (c) => <code>{c.code}</code> },
          { header: "Creator", cell: (c) => c.creator.name },
          { header: "Campaign", cell: (c) => c.campaign.name },
          { header: "State", cell: (c) => (c.disabledAt ? "disabled" : "live") },
        ]}
      />
    </>
  );
}
