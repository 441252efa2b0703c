import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CreatorEditForm } from "@/components/creator-edit-form";
import { CreatorInviteButton } from "@/components/creator-invite-button";
import { CreatorStatus } from "@/components/creator-status";
import { CreatorTermsForm } from "@/components/creator-terms-form";
import { termsDraftOf } from "@/lib/contracts/draft";
import { DataTable } from "@/components/data-table";
import { PageHeader } from "@/components/shell";
import { TermsSummary } from "@/components/terms-summary";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { listContractVersions } from "@/lib/contracts/versions";
import { COUNTRY_OPTIONS, countryName } from "@/lib/creators/countries";
import { getCreator } from "@/lib/creators/list";
import { sheetCampaigns } from "@/lib/sheets/load";
import { PLATFORMS } from "@/lib/creators/schema";
import { CostForm } from "@/components/cost-form";
import { CostTable } from "@/components/cost-table";
import { COST_PAGE_SIZE, costFormOptions, listCosts } from "@/lib/costs/list";
import { dayIn } from "@/lib/format";

export const metadata: Metadata = { title: "Creator" };

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "not yet");

export default async function CreatorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePage("creators.read", `/app/creators/${id}`);
  const [creator, versions, sheets, costs, costOptions] = await Promise.all([
    getCreator(ctx.workspace.id, id), listContractVersions(ctx.workspace.id, id), sheetCampaigns({ workspaceId: ctx.workspace.id, creatorId: id }),
    listCosts(ctx.workspace.id, { creator: id, page: 1 }), costFormOptions(ctx.workspace.id),
  ]);
  if (!creator) notFound();
  const canWrite = can(ctx.role, "creators.write");
  const costWriter = can(ctx.role, "costs.write");
  const today = dayIn(new Date(), ctx.workspace.timeZone);
  const current = versions[0] ?? null;
  return (
    <>
      <p className="mb-2 text-sm"><Link className="text-indigo-700 underline" href="/app/creators">← Creators</Link></p>
      <PageHeader title={creator.name} description={`${creator.email} · audience ${countryName(creator.audienceCountry)} · ${creator.userId ? "has a portal account" : "no portal account yet"}`} />
      {canWrite ? <CreatorStatus creatorId={creator.id} status={creator.status} /> : <p className="text-sm">Status: <strong>{creator.status}</strong></p>}
      {canWrite && !creator.userId && creator.status !== "archived" && (
        <section className="mt-4" aria-label="Invite">
          <h2 className="mb-2 font-semibold">Portal invite</h2>
          <p className="mb-2 text-sm text-slate-600">{creator.invites[0] ? `An invite link is open until ${day(creator.invites[0].expiresAt)}.` : "No open invite link."}</p>
          <CreatorInviteButton creatorId={creator.id} hasOpenInvite={creator.invites.length > 0} />
        </section>
      )}
      <section className="mt-6" aria-label="Instruction sheets">
        <h2 className="mb-2 font-semibold">Instruction sheets</h2>
        {sheets.length ? (
          <ul className="list-disc pl-5 text-sm">
            {sheets.map((c) => <li key={c.id}><Link className="text-indigo-700 underline" href={`/app/sheets/${creator.id}/${c.id}`}>{c.name}<span className="sr-only">: instruction sheet for {creator.name}</span></Link></li>)}
          </ul>
        ) : <p className="text-sm text-slate-600">No sheets yet: {creator.name} gets one per campaign once they have a link or a code in it (<Link className="text-indigo-700 underline" href="/app/links">Links &amp; codes</Link>).</p>}
      </section>
      <section className="mt-6" aria-labelledby="costs">
        <h2 id="costs" className="mb-2 font-semibold">Costs</h2>
        <p className="mb-2 text-sm text-slate-600">Fixed fees and gifted product for {creator.name}, besides commission.{costs.total > COST_PAGE_SIZE && <> Showing the latest {COST_PAGE_SIZE} of {costs.total}: <Link className="text-indigo-700 underline" href={`/app/costs?creator=${creator.id}`}>all of them</Link>.</>}</p>
        <CostTable costs={costs.costs} showCreator={false} empty={`No costs recorded for ${creator.name}.`} edit={costWriter ? { ...costOptions, today } : null} />
        {costWriter && <div className="mt-3"><CostForm campaigns={costOptions.campaigns} creators={[{ id: creator.id, name: creator.name }]} fixedCreatorId={creator.id} today={today} /></div>}
      </section>
      <h2 className="mb-2 mt-8 font-semibold">Profile</h2>
      {canWrite ? (
        <CreatorEditForm
          creatorId={creator.id}
          platforms={PLATFORMS}
          countries={COUNTRY_OPTIONS}
          initial={{ name: creator.name, email: creator.email, audienceCountry: creator.audienceCountry ?? "", handles: Object.fromEntries(creator.handles.map((h) => [h.platform, h.handle])) }}
        />
      ) : (
        <p className="text-sm">{creator.handles.map((h) => `${h.platform}: @${h.handle}`).join(" · ") || "No handles."}</p>
      )}
      <h2 className="mb-2 mt-8 font-semibold">Contract terms</h2>
      {current ? <TermsSummary contract={current} currency={ctx.workspace.currency} /> : <p className="text-sm text-slate-600">No terms yet.</p>}
      {canWrite && (
        <>
          <h3 className="mb-2 mt-4 text-sm font-semibold">Change the terms</h3>
          <p className="mb-2 text-xs text-slate-500">Saving publishes a new version; earlier versions stay as they were and the creator is asked to accept the new one.</p>
          <CreatorTermsForm creatorId={creator.id} initial={termsDraftOf(current)} nextVersion={(current?.version ?? 0) + 1} currency={ctx.workspace.currency} />
        </>
      )}
      <h3 className="mb-2 mt-6 text-sm font-semibold">Version history</h3>
      <DataTable rows={versions} rowKey={(v) => v.id} empty="No versions." columns={[
        { header: "Version", cell: (v) => `v${v.version}` },
        { header: "Published", cell: (v) => day(v.createdAt) },
        { header: "Accepted by the creator", cell: (v) => day(v.acceptedAt) },
        { header: "Payment terms", cell: (v) => v.paymentTerms },
      ]} />
    </>
  );
}
