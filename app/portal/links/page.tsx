import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { LinkVariants } from "@/components/link-variants";
import { CopyButton } from "@/components/copy-button";
import { PageHeader } from "@/components/shell";
import { ownRows } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/page";
import { listLinksAndCoupons, listPlacements } from "@/lib/links/list";
import { publicOrigin } from "@/lib/links/origin";
import { linkVariants } from "@/lib/links/variants";

export const metadata: Metadata = { title: "My links & codes" };

export default async function PortalLinks() {
  const ctx = await requirePage("portal.read", "/portal/links");
  const [{ links, coupons }, placements, origin] = await Promise.all([listLinksAndCoupons(ownRows(ctx)), listPlacements(ctx.workspace.id), publicOrigin()]);
  return (
    <>
      <PageHeader title="My links & codes" description="Use the variant for the place you post it (story, bio, reel…), so each sale is credited to the right post." />
      {links.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">You have no links yet.</p>
      ) : (
        <ul className="grid gap-4">
          {links.map((l) => (
            <li key={l.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 className="font-semibold">{l.campaign.name} <code data-testid="portal-link-code" className="ml-2 text-sm font-normal">/r/{l.code}</code>
                {l.disabledAt && <span className="ml-2 text-sm font-normal text-rose-700">disabled: ask the brand before sharing it</span>}
              </h2>
              <p className="mb-2 text-sm"><Link className="text-indigo-700 underline" href={`/portal/sheets/${l.campaignId}`}>Instruction sheet<span className="sr-only"> for {l.campaign.name}</span></Link>: where to post each link, the dates and the disclosure.</p>
              <LinkVariants linkId={l.id} variants={linkVariants(origin, l.code, placements)} qrBase="/api/qr/mine" who={`for ${l.campaign.name}`} />
            </li>
          ))}
        </ul>
      )}
      <h2 className="mb-2 mt-8 font-semibold">Coupon codes</h2>
      <DataTable rows={coupons} rowKey={(c) => c.id} empty="You have no codes yet." columns={[
        { header: "Campaign", cell: (c) => c.campaign.name },
        { header: "Code", cell: (c) => <span className="inline-flex items-center gap-2"><code data-testid="portal-coupon-code">{c.code}</code><CopyButton text={c.code} label={`Copy code ${c.code}`} /></span> },
        { header: "State", cell: (c) => (c.disabledAt ? "disabled" : "live") },
      ]} />
    </>
  );
}
