import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { MerchantChecklist } from "@/components/merchant-checklist";
import { MerchantCredentials } from "@/components/merchant-credentials";
import { MerchantSettingsForm } from "@/components/merchant-settings-form";
import { PixelSalesPolicyControl } from "@/components/pixel-sales-policy";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { PIXEL_POLICY_WORDS } from "@/lib/conversions/pixel-policy";
import { merchantChecklist } from "@/lib/merchants/checklist";
import { listMerchants } from "@/lib/merchants/list";

export const metadata: Metadata = { title: "Merchants" };

export default async function MerchantsPage() {
  const ctx = await requirePage("merchants.read", "/app/merchants");
  const canWrite = can(ctx.role, "merchants.write");
  const merchants = await listMerchants(ctx.workspace.id);
  const checklists = await Promise.all(merchants.map((m) => merchantChecklist(ctx.workspace.id, m.id, m.hasGetToken)));
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
          { header: "Pixel-only sales", cell: (m) => `${PIXEL_POLICY_WORDS[m.pixelPolicyInForce]}${m.pixelSalesPolicy ? "" : " (default)"}` },
          { header: "Setup", cell: (m) => <Link className="text-indigo-700 underline" href={`/app/merchants/${m.id}/integration`}>Integration &amp; sandbox<span className="sr-only"> for {m.name}</span></Link> },
        ]}
      />
      {merchants.map((m, i) => (
        <section key={m.id} aria-label={`Setup of ${m.name}`} className="mt-6 rounded-lg border border-slate-200 bg-white p-4" data-testid={`merchant-${m.id}`}>
          <h2 className="font-semibold">{m.name}: setup checklist</h2>
          <MerchantChecklist checklist={checklists[i]} timeZone={ctx.workspace.timeZone} />
          <p className="mt-2 text-sm"><Link className="text-indigo-700 underline" href={`/app/merchants/${m.id}/integration`}>Integration guide and sandbox tester for {m.name}</Link></p>
          {canWrite && (
            <>
              <h3 className="mt-4 font-semibold">Domains and pixel origins</h3>
              <MerchantSettingsForm merchantId={m.id} merchantName={m.name} allowedDomains={m.allowedDomains} pixelAllowedOrigins={m.pixelAllowedOrigins} />
              <h3 className="mt-4 font-semibold">{m.name}: postback credentials</h3>
              <p className="text-xs text-slate-500">Every active secret is accepted, so rotate by adding the new one, switching the store to it, then revoking the old. Revoked secrets stop working within 5 seconds.</p>
              <MerchantCredentials merchantId={m.id} merchantName={m.name} secrets={m.secrets.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))} />
              <PixelSalesPolicyControl merchantId={m.id} merchantName={m.name} policy={m.pixelSalesPolicy} inForce={m.pixelPolicyInForce} />
            </>
          )}
        </section>
      ))}
    </>
  );
}
