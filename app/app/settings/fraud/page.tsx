import type { Metadata } from "next";
import { FraudThresholdsForm } from "@/components/fraud-thresholds-form";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { readThresholds } from "@/lib/fraud/settings";

export const metadata: Metadata = { title: "Fraud signals" };

export default async function FraudSettingsPage() {
  const ctx = await requirePage("review.read", "/app/settings/fraud");
  const thresholds = await readThresholds(ctx.workspace.id);
  const editable = can(ctx.role, "workspace.settings");
  return (
    <>
      <PageHeader
        title="Fraud signals"
        description={`When a creator is flagged and their open commissions held. Each finished day is judged once with these thresholds; the defaults are the ones measured in docs/FRAUD.md. ${editable ? "Changes are audited." : "Only an owner can change them."}`}
      />
      <FraudThresholdsForm thresholds={thresholds} editable={editable} />
    </>
  );
}
