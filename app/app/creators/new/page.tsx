import type { Metadata } from "next";
import { CreatorNewForm } from "@/components/creator-new-form";
import { termsDraftOf } from "@/lib/contracts/draft";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { COUNTRY_OPTIONS } from "@/lib/creators/countries";
import { latestWorkspaceTerms } from "@/lib/creators/list";
import { PLATFORMS } from "@/lib/creators/schema";

export const metadata: Metadata = { title: "Add a creator" };

const DEFAULT_TERMS = { paymentTerms: "Monthly, by bank transfer, for commissions past the holding period.", allowedContent: "", disclosureText: "Start captions with #ad or \"Paid partnership\"." };

export default async function NewCreatorPage() {
  const ctx = await requirePage("creators.write", "/app/creators/new");
  const latest = await latestWorkspaceTerms(ctx.workspace.id);
  return (
    <>
      <PageHeader title="Add a creator" description="Their profile, their first contract terms, and a one-time link to set up their portal account." />
      <CreatorNewForm platforms={PLATFORMS} countries={COUNTRY_OPTIONS} initialTerms={termsDraftOf(latest ?? DEFAULT_TERMS)} currency={ctx.workspace.currency} />
    </>
  );
}
