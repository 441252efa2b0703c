import type { Metadata } from "next";
import { PageHeader } from "@/components/shell";
import { TermsAcceptForm } from "@/components/terms-accept-form";
import { TermsSummary } from "@/components/terms-summary";
import { requirePage } from "@/lib/auth/page";
import { creatorTerms } from "@/lib/contracts/portal";

export const metadata: Metadata = { title: "Brief and terms" };

const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export default async function PortalTermsPage() {
  const ctx = await requirePage("portal.read", "/portal/terms");
  const { brief, briefAcceptedAt, contract, pending } = await creatorTerms(ctx);
  const toAccept = { briefId: brief && !briefAcceptedAt ? brief.id : undefined, contractId: contract && !contract.acceptedAt ? contract.id : undefined };
  return (
    <>
      <PageHeader title="Brief and terms" description={pending.length ? `Waiting for your acceptance: ${pending.join(" and ")}.` : "You have accepted the current brief and terms."} />
      <section aria-labelledby="brief-h" className="mb-8">
        <h2 id="brief-h" className="mb-2 font-semibold">Disclosure brief{brief ? ` (v${brief.version}, published ${brief.publishedAt.toISOString().slice(0, 10)})` : ""}</h2>
        {brief ? (
          <>
            <h3 className="text-sm font-medium">{brief.title}</h3>
            <div className="mt-2 whitespace-pre-line rounded-lg border border-slate-200 bg-white p-4 text-sm">{brief.body}</div>
            <p className="mt-2 text-sm" data-testid="brief-acceptance">{briefAcceptedAt ? `You accepted v${brief.version} on ${when(briefAcceptedAt)}.` : `You have not accepted v${brief.version} yet.`}</p>
          </>
        ) : <p className="text-sm text-slate-600">No brief has been published.</p>}
      </section>
      <section aria-labelledby="terms-h">
        <h2 id="terms-h" className="mb-2 font-semibold">Your contract terms</h2>
        {contract ? (
          <>
            <TermsSummary contract={contract} currency={ctx.workspace.currency} />
            <p className="mt-2 text-sm" data-testid="terms-acceptance">{contract.acceptedAt ? `You accepted v${contract.version} on ${when(contract.acceptedAt)}.` : `You have not accepted v${contract.version} yet.`}</p>
          </>
        ) : <p className="text-sm text-slate-600">The brand has not set your terms yet.</p>}
      </section>
      {(toAccept.briefId || toAccept.contractId) && <TermsAcceptForm {...toAccept} label={`Accept ${pending.join(" and ")}`} />}
    </>
  );
}
