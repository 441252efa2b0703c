import type { Metadata } from "next";
import Link from "next/link";
import { CursorList } from "@/components/list/cursor-list";
import { ExportLinks } from "@/components/list/export-links";
import { ledgerFields, statusField } from "@/components/list/ledger-fields";
import { ReportedBy } from "@/components/reported-by";
import { PageHeader } from "@/components/shell";
import { can } from "@/lib/auth/permissions";
import { CONVERSION_EVENTS, conversionFilterShape, listConversions } from "@/lib/conversions/ledger";
import { formatDateTime, formatMoney } from "@/lib/format";
import { openLedger } from "@/lib/list/ledger-page";
import { ledgerOptions } from "@/lib/list/options";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Conversions" };

const PATH = "/app/conversions";

export default async function ConversionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, tz, filters, page, query } = await openLedger("conversions.read", PATH, searchParams, conversionFilterShape);
  const [rows, options] = await Promise.all([listConversions(ctx.workspace.id, tz, filters, page), ledgerOptions(ctx.workspace.id)]);
  return (
    <>
      <PageHeader title="Conversions" description={`Orders, refunds and cancels, newest first, with the creator each credited and why. Days are in ${tz}. Pixel-only sales are unverified until the store's server confirms them.`} />
      <CursorList
        path={PATH}
        label="conversions"
        fields={ledgerFields(options, { from: "Ordered from", to: "Ordered to" }, statusField("event", "Event", CONVERSION_EVENTS))}
        query={query}
        page={rows}
        rowKey={(r) => r.id}
        empty={{ none: "No conversions yet.", filtered: "No conversions match these filters." }}
        columns={[
          { header: "When", cell: (r) => formatDateTime(r.occurredAt, tz) },
          { header: "Order", cell: (r) => <Link className="text-indigo-700 underline" href={`${PATH}/${r.id}`} data-testid="conversion-order"><code>{r.orderId}</code><span className="sr-only"> ({r.event})</span></Link> },
          { header: "Event", cell: (r) => (r.isTest ? `${r.event} (test)` : r.event) },
          { header: "Credited to", cell: (r) => <span data-testid="credited-creator">{r.creatorId ? (options.creatorName.get(r.creatorId) ?? r.creatorId) : "nobody"}</span> },
          { header: "Campaign", cell: (r) => (r.campaignId ? (options.campaignName.get(r.campaignId) ?? r.campaignId) : "—") },
          { header: "Placement", cell: (r) => r.placement ?? "—" },
          { header: "Amount", numeric: true, cell: (r) => formatMoney(r.amountMinor, r.currency) },
          { header: "Reported by", cell: (r) => <ReportedBy channel={r.channel} replacedPixel={Array.isArray(r.history) && r.history.length > 0} /> },
          { header: "Method", cell: (r) => r.attributionMethod },
          { header: "Why", cell: (r) => <span className="text-slate-600">{r.attributionReason}</span> },
        ]}
      >
        {can(ctx.role, "analytics.export") && <ExportLinks query={query} timeZone={tz} />}
      </CursorList>
    </>
  );
}
