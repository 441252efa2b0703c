import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { ownRows } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/page";
import { listLinksAndCoupons } from "@/lib/links/list";

export const metadata: Metadata = { title: "My links & codes" };

export default async function PortalLinks() {
  const ctx = await requirePage("portal.read", "/portal/links");
  const { links, coupons } = await listLinksAndCoupons(ownRows(ctx));
  return (
    <>
      <PageHeader title="My links & codes" description="Add a placement after your link, e.g. /r/abc1234/story, so we know which post sold." />
      <DataTable rows={links} rowKey={(l) => l.id} empty="You have no links yet." columns={[
        { header: "Campaign", cell: (l) => l.campaign.name },
        { header: "Your link", cell: (l) => <code data-testid="portal-link-code">/r/{l.code}</code> },
        { header: "State", cell: (l) => (l.disabledAt ? "disabled" : "live") },
      ]} />
      <h2 className="mb-2 mt-8 font-semibold">Coupon codes</h2>
      <DataTable rows={coupons} rowKey={(c) => c.id} empty="You have no codes yet." columns={[
        { header: "Campaign", cell: (c) => c.campaign.name },
        { header: "Code", cell: (c) => <code data-testid="portal-coupon-code">{c.code}</code> },
      ]} />
    </>
  );
}
