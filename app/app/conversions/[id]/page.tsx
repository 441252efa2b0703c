import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CommissionLines } from "@/components/conversion/commission-lines";
import { Facts, Section } from "@/components/conversion/facts";
import { DataTable } from "@/components/data-table";
import { ReportedBy } from "@/components/reported-by";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { conversionDetail } from "@/lib/conversions/detail";
import { formatDateTime, formatMoney } from "@/lib/format";

export const metadata: Metadata = { title: "Conversion" };

const LINK = "text-indigo-700 underline";

export default async function ConversionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ctx = await requirePage("conversions.read", `/app/conversions/${id}`);
  const d = await conversionDetail(ctx.workspace.id, id);
  if (!d) notFound();
  const tz = ctx.workspace.timeZone;
  const c = d.conversion;
  return (
    <>
      <p className="mb-2 text-sm"><Link className={LINK} href="/app/conversions">← All conversions</Link></p>
      <PageHeader title={`Order ${c.orderId}: ${c.event}${c.isTest ? " (test)" : ""}`} description={`${formatMoney(c.amountMinor, c.currency)} at ${d.merchantName}, ${formatDateTime(c.occurredAt, tz)}.`} />
      <Section id="attribution" title="Attribution">
        <p className="mb-3 text-base" data-testid="attribution-sentence">
          {d.creator ? <>Credited to <strong>{d.creator.name}</strong>: </> : <>Credited to nobody: </>}
          {c.attributionReason}
        </p>
        <Facts
          items={[
            ["Method", c.attributionMethod],
            ["Campaign", d.campaign?.name],
            ["Placement", c.placement],
            ["Coupon code", c.couponCode && <code>{c.couponCode}</code>],
            ["Order country", c.orderCountry],
            ["New customer", c.isNewCustomer === null ? null : c.isNewCustomer ? "yes" : "no"],
            ["Reported by", <ReportedBy key="r" channel={c.channel} replacedPixel={d.history.length > 0} />],
            ["Received", formatDateTime(c.receivedAt, tz)],
            ["Reverses", d.sale && <Link className={LINK} href={`/app/conversions/${d.sale.id}`}>order {d.sale.orderId} of {formatDateTime(d.sale.occurredAt, tz)}</Link>],
          ]}
        />
      </Section>
      <Section id="click" title="The click">
        {d.click ? (
          <Facts
            items={[
              ["Clicked", formatDateTime(d.click.occurredAt, tz)],
              ["Link", d.click.linkCode && <code>/r/{d.click.linkCode}</code>],
              ["Placement", d.click.rawSub && d.click.rawSub !== d.click.placement ? `${d.click.placement} (sent as “${d.click.rawSub}”)` : d.click.placement],
              ["Country", d.click.country],
              ["Device", d.click.device],
              ["Referrer", d.click.referrerHost],
              ["Flagged as a bot", d.click.isBot ? "yes" : "no"],
            ]}
          />
        ) : (
          <p className="text-sm text-slate-600">{c.clickId ? "The click id the store sent is not a click of this workspace." : "No click id came with this order."}</p>
        )}
      </Section>
      <Section id="commissions" title="Commission lines">
        <CommissionLines lines={d.commissions} tz={tz} />
      </Section>
      <Section id="refunds" title="Refunds and cancels">
        <DataTable
          rows={d.reversals}
          rowKey={(r) => r.id}
          empty={c.event === "sale" ? "None: the order stands." : "Not applicable: this is itself a refund or cancel."}
          columns={[
            { header: "When", cell: (r) => <Link className={LINK} href={`/app/conversions/${r.id}`}>{formatDateTime(r.occurredAt, tz)}</Link> },
            { header: "Event", cell: (r) => r.event },
            { header: "Amount", numeric: true, cell: (r) => formatMoney(r.amountMinor, r.currency) },
            { header: "Commission lines", cell: (r) => r.commissions.map((l) => `${formatMoney(l.amountMinor, l.currency)} ${l.status}`).join(", ") || "—" },
          ]}
        />
      </Section>
      <Section id="versions" title="Earlier versions">
        <DataTable
          rows={d.history}
          rowKey={(h) => h.replacedAt}
          empty="None: this is the only version reported."
          columns={[
            { header: "Reported by", cell: (h) => h.channel },
            { header: "Received", cell: (h) => formatDateTime(new Date(h.receivedAt), tz) },
            { header: "Replaced", cell: (h) => formatDateTime(new Date(h.replacedAt), tz) },
            { header: "Amount", numeric: true, cell: (h) => formatMoney(h.amountMinor, h.currency) },
            { header: "Attribution then", cell: (h) => h.attributionReason },
            { header: "Its commissions", cell: (h) => h.commissions.map((l) => `${l.part} ${formatMoney(l.amountMinor, h.currency)} ${l.status}`).join(", ") || "—" },
          ]}
        />
      </Section>
    </>
  );
}
