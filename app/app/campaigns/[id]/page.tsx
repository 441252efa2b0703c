import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CampaignForm } from "@/components/campaign-form";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/page";
import { getCampaign, listMerchantOptions } from "@/lib/campaigns/list";
import { BEGINNING, describeCap, describePriority, describeRule, describeWindow } from "@/lib/campaigns/terms";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Campaign" };

const ymd = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePage("campaigns.read", `/app/campaigns/${id}`);
  const [found, merchants] = await Promise.all([getCampaign(ctx.workspace.id, id), listMerchantOptions(ctx.workspace.id)]);
  if (!found) notFound();
  const { campaign: c, versions, current } = found;
  const tz = ctx.workspace.timeZone;
  const when = (d: Date) => (d.getTime() === BEGINNING.getTime() ? "the start" : formatDateTime(d, tz));
  return (
    <>
      <p className="mb-2 text-sm"><Link href="/app/campaigns" className="text-indigo-700 underline">← Campaigns</Link></p>
      <PageHeader title={c.name} description={`utm_campaign=${c.utmCampaign} · ${c.merchant?.name ?? "no merchant"} · ${c.status}`} />
      <section className="mb-6 rounded-lg border border-slate-200 bg-white p-4 text-sm" aria-labelledby="terms-now">
        <h2 id="terms-now" className="mb-2 font-semibold">Terms in force now{current.version ? ` (version ${current.version}, since ${when(current.effectiveFrom)})` : ""}</h2>
        <ul className="list-disc pl-5">
          <li>{describeRule(current, c.currency)}</li>
          <li>{describeWindow(current.attributionWindowDays)}</li>
          <li>{describeCap(current, c.currency)}</li>
          <li>{describePriority(current.priority)}</li>
          <li>commissions are payable {current.holdingDays} days after the order</li>
        </ul>
        <p className="mt-2 text-slate-600">A change applies to orders from the time it takes effect; earlier orders keep the terms in force when they happened.</p>
        <p className="mt-2"><Link href={`/app/campaigns/${c.id}/window`} className="text-indigo-700 underline">Is {current.attributionWindowDays} days the right window? See the attribution window advisor</Link></p>
      </section>
      <h2 className="mb-2 font-semibold">Terms history</h2>
      <DataTable
        rows={versions}
        rowKey={(v) => String(v.version)}
        empty="No versions yet: the campaign's terms have never been edited here; the first edit keeps them as version 1."
        columns={[
          { header: "Version", numeric: true, cell: (v) => v.version },
          { header: "Applies to orders from", cell: (v) => <>{when(v.effectiveFrom)}{v.effectiveFrom.getTime() > current.effectiveFrom.getTime() && v.version > current.version ? " (scheduled)" : v.version === current.version ? " (in force)" : ""}</> },
          { header: "Rule", cell: (v) => describeRule(v, c.currency) },
          { header: "Window", numeric: true, cell: (v) => `${v.attributionWindowDays} days` },
          { header: "Cap", cell: (v) => describeCap(v, c.currency) },
          { header: "Priority", cell: (v) => `${v.priority} first` },
          { header: "Holding", numeric: true, cell: (v) => `${v.holdingDays} days` },
          { header: "Changed by", cell: (v) => `${v.createdBy ?? "—"}, ${formatDateTime(v.createdAt, tz)}` },
        ]}
      />
      {can(ctx.role, "campaigns.write") && (
        <section className="mt-8">
          <h2 className="mb-2 font-semibold">Edit</h2>
          <CampaignForm
            merchants={merchants}
            timeZone={tz}
            campaignId={c.id}
            initial={{ name: c.name, utmCampaign: c.utmCampaign, merchantId: c.merchant?.id ?? merchants[0]?.id ?? "", status: c.status, startsAt: ymd(c.startsAt)!, endsAt: ymd(c.endsAt), ...(versions[0] ?? current) }}
          />
        </section>
      )}
    </>
  );
}
