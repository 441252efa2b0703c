import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { MerchantCredentials } from "@/components/merchant-credentials";
import { PixelSalesPolicyControl } from "@/components/pixel-sales-policy";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { PIXEL_POLICY_WORDS } from "@/lib/conversions/pixel-policy";
import { listMerchants } from "@/lib/merchants/list";

export const metadata: Metadata = { title: "Merchants" };

export default async function MerchantsPage() {
  const ctx = await requirePage("merchants.read", "/app/merchants");
  const canWrite = can(ctx.role, "merchants.write");
  const merchants = await listMerchants(ctx.workspace.id);
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
        ]}
      />
      {canWrite &&
        merchants.map((m) => (
          <div key={m.id} className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="font-semibold">{m.name}: postback credentials</h2>
            <p className="text-xs text-slate-500">Every active secret is accepted, so rotate by adding the new one, switching the store to it, then revoking the old. Revoked secrets stop working within 5 seconds.</p>
            <MerchantCredentials merchantId={m.id} merchantName={m.name} secrets={m.secrets.map((s) => ({ ...s, createdAt: s.createdAt.toISOString() }))} />
            <PixelSalesPolicyControl merchantId={m.id} merchantName={m.name} policy={m.pixelSalesPolicy} inForce={m.pixelPolicyInForce} />
          </div>
        ))}
    </>
  );
}
