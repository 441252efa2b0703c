import type { Metadata } from "next";
import Link from "next/link";
import { CursorList } from "@/components/list/cursor-list";
import { yesNo } from "@/components/list/filter-form";
import { PageHeader } from "@/components/shell";
import { POSTBACK_VERDICTS, listPostbacks, merchantOptions, postbackFilterShape } from "@/lib/conversions/postback-list";
import { formatDateTime } from "@/lib/format";
import { openLedger } from "@/lib/list/ledger-page";
import { labels } from "@/lib/list/options";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Postback log" };

const PATH = "/app/postbacks";

export default async function PostbacksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, tz, filters, page, query } = await openLedger("postbacks.read", PATH, searchParams, postbackFilterShape);
  const [rows, merchants] = await Promise.all([listPostbacks(ctx.workspace.id, tz, filters, page), merchantOptions(ctx.workspace.id)]);
  const merchantName = labels(merchants);
  return (
    <>
      <PageHeader title="Postback log" description={`Every postback and pixel request received, its verdict and why, newest first. Days are in ${tz}.`} />
      <CursorList
        path={PATH}
        label="postbacks"
        fields={[
          { name: "from", label: "Received from", kind: "date" },
          { name: "to", label: "Received to", kind: "date" },
          { name: "verdict", label: "Verdict", kind: "select", options: POSTBACK_VERDICTS.map((v) => ({ value: v, label: v })) },
          { name: "merchant", label: "Merchant", kind: "select", options: merchants },
          { name: "test", label: "Test", kind: "select", options: yesNo("Tests only", "Live only"), anyLabel: "Live and test" },
        ]}
        query={query}
        page={rows}
        rowKey={(r) => r.id}
        empty={{ none: "No postbacks received yet. Merchants send them to /api/postback (signed POST or token GET) or through the pixel.", filtered: "No postbacks match these filters." }}
        columns={[
          { header: "Received", cell: (r) => formatDateTime(r.receivedAt, tz) },
          { header: "Merchant", cell: (r) => (r.merchantId ? (merchantName.get(r.merchantId) ?? r.merchantId) : "—") },
          { header: "Channel", cell: (r) => r.channel },
          { header: "Status", numeric: true, cell: (r) => r.httpStatus },
          { header: "Verdict", cell: (r) => (r.isTest ? `${r.verdict} (test)` : r.verdict) },
          { header: "Reason", cell: (r) => r.reason },
          { header: "Conversion", cell: (r) => (r.conversionId ? <Link className="text-indigo-700 underline" href={`/app/conversions/${r.conversionId}`}>Open<span className="sr-only"> the conversion of the postback received {formatDateTime(r.receivedAt, tz)}</span></Link> : "—") },
        ]}
      />
    </>
  );
}
