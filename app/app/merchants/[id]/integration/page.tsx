import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MerchantChecklist } from "@/components/merchant-checklist";
import { SandboxTester } from "@/components/sandbox-tester";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { merchantChecklist } from "@/lib/merchants/checklist";
import { integrationExamples } from "@/lib/merchants/examples";
import { findMerchant, merchantLinks } from "@/lib/merchants/list";
import { pageOrigin } from "@/lib/utm/public-url";

export const metadata: Metadata = { title: "Merchant integration" };

function Example({ title, code, children }: { title: string; code: string; children?: React.ReactNode }) {
  return (
    <section className="mt-6">
      <h2 className="text-lg font-semibold">{title}</h2>
      {children && <div className="mb-2 text-sm text-slate-600">{children}</div>}
      <pre className="overflow-x-auto rounded-lg bg-slate-900 p-4 text-xs leading-5 text-slate-100" tabIndex={0}><code>{code}</code></pre>
    </section>
  );
}

export default async function IntegrationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePage("merchants.read", `/app/merchants/${id}/integration`);
  const merchant = await findMerchant(ctx.workspace.id, id);
  if (!merchant) notFound();
  const [origin, links, checklist, coupon] = await Promise.all([
    pageOrigin(),
    merchantLinks(ctx.workspace.id, merchant.id),
    merchantChecklist(ctx.workspace.id, merchant.id, merchant.hasGetToken),
    prisma.couponCode.findFirst({ where: { workspaceId: ctx.workspace.id, disabledAt: null }, select: { code: true }, orderBy: { createdAt: "asc" } }),
  ]);
  const ex = integrationExamples({ origin, merchantId: merchant.id, pixelKey: merchant.pixelKey, currency: merchant.currency, sampleCoupon: coupon?.code ?? null });
  return (
    <>
      <PageHeader title={`${merchant.name}: integration`} description="How this store reports orders, with its own ids filled in. Secrets are never shown here: use the one you saved when it was made." />
      <p className="text-sm"><Link href="/app/merchants" className="text-indigo-700 underline">← Merchants</Link></p>
      <dl className="mt-4 grid max-w-3xl grid-cols-[10rem_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="font-medium">Merchant id</dt><dd><code data-testid="integration-merchant-id">{merchant.id}</code></dd>
        <dt className="font-medium">Postback URL</dt><dd><code className="break-all">{ex.url}</code></dd>
        <dt className="font-medium">Pixel key</dt><dd><code>{merchant.pixelKey}</code> (public)</dd>
        <dt className="font-medium">Currency</dt><dd>{merchant.currency}</dd>
        <dt className="font-medium">Secrets</dt><dd>{merchant.secrets.length ? merchant.secrets.map((s) => `${s.hint}…${s.isTest ? " (test)" : ""}`).join(", ") : "none yet: an owner makes one on the Merchants page"}</dd>
      </dl>
      <section className="mt-6 max-w-3xl rounded-lg border border-slate-200 bg-white p-4">
        <h2 className="mb-2 text-lg font-semibold">Setup checklist</h2>
        <MerchantChecklist checklist={checklist} timeZone={ctx.workspace.timeZone} />
      </section>

      <section className="mt-6">
        <h2 className="mb-2 text-lg font-semibold">Sandbox tester</h2>
        <p className="mb-2 max-w-3xl text-sm text-slate-600">Sends a signed test postback from this server through the real postback handler, signed with this merchant&apos;s test secret. Test orders run attribution and commissions, show in the Postback log and Conversions, and never count in metrics or payouts.</p>
        {can(ctx.role, "sandbox.run") ? <SandboxTester merchantId={merchant.id} currency={merchant.currency} links={links} /> : <p className="text-sm text-slate-500">Your role cannot send test postbacks.</p>}
      </section>

      <Example title="Signed POST with curl and openssl" code={ex.curl}>Replace <code>$SECRET</code> with your signing secret. <code>&quot;test&quot;:true</code> marks a sandbox order: remove it when you go live.</Example>
      <Example title="Signed POST from Node (standardwebhooks)" code={ex.node}><code>npm install standardwebhooks</code>; <code>order.clk</code> is the <code>clk</code> parameter from the landing URL, kept with the cart.</Example>
      <Example title="GET with a token" code={ex.get}>For platforms that can only call a URL. Replace <code>$TOKEN</code> with the GET token (made once on the Merchants page).</Example>
      <Example title="Pixel (only without server postbacks)" code={ex.pixel}>The page must be on one of the allowed pixel origins: {merchant.pixelAllowedOrigins.join(", ") || "any (none set)"}.</Example>
    </>
  );
}
