import type { Metadata } from "next";
import Link from "next/link";
import { BulkDecisionBar } from "@/components/bulk-decision-bar";
import type { Column } from "@/components/data-table";
import { CursorList } from "@/components/list/cursor-list";
import { ledgerFields, statusField } from "@/components/list/ledger-fields";
import { PageHeader } from "@/components/shell";
import { can } from "@/lib/auth/permissions";
import { COMMISSION_DECISIONS } from "@/lib/commissions/decide";
import { COMMISSION_STATUSES, commissionFilterShape, listCommissions, type CommissionRow } from "@/lib/commissions/ledger";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { CommissionStatus } from "@/lib/generated/prisma/enums";
import { openLedger } from "@/lib/list/ledger-page";
import { ledgerOptions } from "@/lib/list/options";
import type { SearchParams } from "@/lib/list/params";

export const metadata: Metadata = { title: "Commissions" };

const PATH = "/app/commissions";
const FORM_ID = "commission-selection";
const decidable = (s: CommissionStatus) => (COMMISSION_DECISIONS.reject.from as readonly CommissionStatus[]).includes(s);

export default async function CommissionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { ctx, tz, filters, page, query } = await openLedger("conversions.read", PATH, searchParams, commissionFilterShape);
  const canDecide = can(ctx.role, "commissions.approve");
  const [rows, options] = await Promise.all([listCommissions(ctx.workspace.id, tz, filters, page), ledgerOptions(ctx.workspace.id)]);
  const select: Column<CommissionRow> = {
    header: "Select",
    cell: (r) => (decidable(r.status) ? <input type="checkbox" name="commissionIds" value={r.id} data-status={r.status} form={FORM_ID} aria-label={`Select commission on order ${r.conversion.orderId}`} /> : null),
  };
  return (
    <>
      <PageHeader
        title="Commissions"
        description={`Commission lines, newest first. Pending ones are approved by the maintenance pass (about once a minute) once their holding period ends, unless they are pixel-only sales waiting for the merchant's confirmation, or here by hand; held ones (over a cap) wait for a decision. A rejection's note is shown to the creator. Days are in ${tz}.`}
      />
      <CursorList
        path={PATH}
        label="commissions"
        fields={ledgerFields(options, { from: "Recorded from", to: "Recorded to" }, statusField("status", "Status", COMMISSION_STATUSES))}
        query={query}
        page={rows}
        rowKey={(r) => r.id}
        empty={{ none: "No commissions yet.", filtered: "No commissions match these filters." }}
        columns={[
          ...(canDecide ? [select] : []),
          { header: "Order", cell: (r) => <Link className="text-indigo-700 underline" href={`/app/conversions/${r.conversion.id}`}><code>{r.conversion.orderId}</code></Link> },
          { header: "Ordered", cell: (r) => formatDateTime(r.conversion.occurredAt, tz) },
          { header: "Creator", cell: (r) => options.creatorName.get(r.creatorId) ?? r.creatorId },
          { header: "Campaign", cell: (r) => options.campaignName.get(r.campaignId) ?? r.campaignId },
          { header: "Placement", cell: (r) => r.conversion.placement ?? "—" },
          { header: "Amount", numeric: true, cell: (r) => formatMoney(r.amountMinor, r.currency) },
          { header: "Rule", cell: (r) => <span className="text-slate-600">{r.basis ?? ""}</span> },
          { header: "Status", cell: (r) => <span data-testid={`status-${r.id}`}>{r.isTest ? `${r.status} (test)` : r.status}</span> },
          { header: "Holding until", cell: (r) => formatDateTime(r.holdUntil, tz) },
          { header: "Note", cell: (r) => <span className="text-slate-600">{r.part === "excess" ? `over the cap. ${r.note ?? ""}` : (r.note ?? "")}</span> },
        ]}
      >
        {canDecide && <BulkDecisionBar formId={FORM_ID} orders={Object.fromEntries(rows.rows.map((r) => [r.id, r.conversion.orderId]))} />}
      </CursorList>
    </>
  );
}
