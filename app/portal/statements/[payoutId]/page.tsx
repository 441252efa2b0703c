import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/api/errors";
import { PrintButton, StatementPrintStyles } from "@/components/statement-print";
import { StatementTable } from "@/components/statement-table";
import { requirePage } from "@/lib/auth/page";
import { formatDate, formatMoney } from "@/lib/format";
import { statement } from "@/lib/statements/list";

export const metadata: Metadata = { title: "Payout statement" };

export default async function StatementPage({ params }: { params: Promise<{ payoutId: string }> }) {
  const { payoutId } = await params;
  const ctx = await requirePage("portal.read", `/portal/statements/${encodeURIComponent(payoutId)}`);
  const s = await statement(ctx, payoutId).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  const tz = ctx.workspace.timeZone;
  const money = (m: number) => formatMoney(m, s.payout.currency);
  return (
    <article className="statement max-w-4xl rounded-lg border border-slate-200 bg-white p-6">
      <StatementPrintStyles />
      <div className="statement-actions mb-4 flex items-center gap-3 text-sm">
        <Link href="/portal/statements" className="text-indigo-700 underline">← All statements</Link>
        <PrintButton />
        <a href={`/api/portal/statements/${s.payout.id}`} download className="text-indigo-700 underline">Download CSV</a>
      </div>
      <header className="mb-4">
        <h1 className="text-2xl font-semibold">Payout statement</h1>
        <p className="text-sm text-slate-700">
          {ctx.workspace.name} · {ctx.userName} · period {formatDate(s.payout.periodStart, "UTC")} – {formatDate(s.payout.periodEnd, "UTC")} ·{" "}
          {s.payout.paidAt ? `paid ${formatDate(s.payout.paidAt, tz)}` : s.payout.status} · reference {s.payout.id}
        </p>
      </header>
      <StatementTable lines={s.lines} timeZone={tz} />
      <dl className="mt-4 grid max-w-sm grid-cols-2 gap-1 text-sm">
        <dt>Commissions</dt><dd className="text-right tabular-nums">{money(s.totals.commissionsMinor)}</dd>
        <dt>Clawbacks</dt><dd className="text-right tabular-nums">{money(s.totals.clawbacksMinor)}</dd>
        <dt className="font-semibold">Net paid</dt><dd className="text-right font-semibold tabular-nums" data-testid="statement-total">{money(s.totals.netMinor)}</dd>
      </dl>
    </article>
  );
}
