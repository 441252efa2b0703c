import type { Metadata } from "next";
import { CouponForm } from "@/components/coupon-form";
import { DataTable } from "@/components/data-table";
import { BUTTON_CLASS, INPUT_CLASS } from "@/components/form/field";
import { LinkCreateForm } from "@/components/link-create-form";
import { LinkToggle } from "@/components/link-toggle";
import { LinkVariants } from "@/components/link-variants";
import { Pagination } from "@/components/list/pagination";
import { CreatorCampaignFilter } from "@/components/list/creator-campaign-filter";
import { PageHeader } from "@/components/shell";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/page";
import { listHref, parseListState, type SearchParams } from "@/lib/list/params";
import { COUPON_LIMIT, creatorChoice, LINK_PAGE_SIZE, linkFormOptions, listLinkPage } from "@/lib/links/list";
import { publicOrigin } from "@/lib/links/origin";
import { linkVariants } from "@/lib/links/variants";

export const metadata: Metadata = { title: "Links & codes" };

export default async function LinksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("links.read", "/app/links");
  const state = parseListState(await searchParams, { sorts: ["created"], defaultSort: "created", filters: ["creator", "campaign"] });
  const [page, options, origin, filterCreator] = await Promise.all([
    listLinkPage(ctx.workspace.id, { q: state.q, creator: state.filters.creator, campaign: state.filters.campaign, page: state.page }),
    linkFormOptions(ctx.workspace.id),
    publicOrigin(),
    creatorChoice(ctx.workspace.id, state.filters.creator),
  ]);
  const writer = can(ctx.role, "links.write");
  const filtered = Boolean(state.q || state.filters.creator || state.filters.campaign);
  return (
    <>
      <PageHeader title="Links & codes" description="One link per creator and campaign, with a sub-ID variant for every placement (/r/{code}/{placement}), and coupon codes as fallback attribution." />
      {writer && (
        <section className="mb-8 grid gap-6">
          <div><h2 className="mb-2 font-semibold">New link</h2><LinkCreateForm {...options} /></div>
          <div><h2 className="mb-2 font-semibold">New coupon code</h2><CouponForm hasCreators={options.hasCreators} campaigns={options.campaigns} /></div>
        </section>
      )}
      <CreatorCampaignFilter label="Filter links and codes" creator={filterCreator} campaign={state.filters.campaign} campaigns={options.campaigns}>
        <label className="flex flex-col text-sm">Search<input name="q" defaultValue={state.q} placeholder="code or creator" className={INPUT_CLASS} /></label>
      </CreatorCampaignFilter>
      <h2 className="mb-2 font-semibold">Links</h2>
      {page.links.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-500">{filtered ? "No link matches these filters." : "No links yet."}</p>
      ) : (
        <ul className="grid gap-3">
          {page.links.map((l) => {
            const who = `for ${l.creator.name}, ${l.campaign.name}`;
            return (
              <li key={l.id} className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`link-${l.code}`}>
                <div className="flex flex-wrap items-center gap-3 text-sm">
                  <code className="font-semibold">/r/{l.code}</code>
                  <span>{l.creator.name}</span>
                  <span className="text-slate-500">{l.campaign.name}</span>
                  <span className={l.disabledAt ? "text-rose-700" : "text-emerald-700"}>{l.disabledAt ? "disabled" : "live"}</span>
                  {writer && <LinkToggle url={`/api/links/${l.id}`} disabled={Boolean(l.disabledAt)} what={`link /r/${l.code}`} />}
                </div>
                <p className="mt-1 break-all text-xs text-slate-500">→ {l.destinationUrl}</p>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-indigo-700">Variants, copy and QR codes</summary>
                  <LinkVariants linkId={l.id} variants={linkVariants(origin, l.code, options.placements)} qrBase="/api/qr" who={who} />
                </details>
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={state.page} pageSize={LINK_PAGE_SIZE} total={page.total} href={(p) => listHref("/app/links", state, { page: p })} />
      <h2 className="mb-2 mt-8 font-semibold">Coupon codes</h2>
      <DataTable
        rows={page.coupons}
        rowKey={(c) => c.id}
        empty={filtered ? "No code matches these filters." : "No coupon codes yet."}
        caption={page.couponTotal > COUPON_LIMIT ? `The first ${COUPON_LIMIT} of ${page.couponTotal}: filter by creator or campaign to see the rest.` : undefined}
        columns={[
          { header: "Code", cell: (c) => <code data-testid="coupon-code">{c.code}</code> },
          { header: "Creator", cell: (c) => c.creator.name },
          { header: "Campaign", cell: (c) => c.campaign.name },
          { header: "State", cell: (c) => (c.disabledAt ? "disabled" : "live") },
          ...(writer ? [{ header: "Action", cell: (c: (typeof page.coupons)[number]) => <LinkToggle url={`/api/coupons/${c.id}`} disabled={Boolean(c.disabledAt)} what={`code ${c.code}`} /> }] : []),
        ]}
      />
    </>
  );
}
