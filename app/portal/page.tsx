import type { Metadata } from "next";
import { DailyChart } from "@/components/daily-chart";
import { ReviewNotice } from "@/components/review-notice";
import { PageHeader } from "@/components/shell";
import { StatCards } from "@/components/stat-cards";
import { ownRows } from "@/lib/auth/context";
import { requirePage } from "@/lib/auth/page";
import { formatInt, formatMoney, formatPercent } from "@/lib/format";
import { loadOverview } from "@/lib/metrics/overview";

export const metadata: Metadata = { title: "My results" };

export default async function PortalHome() {
  const ctx = await requirePage("portal.read", "/portal");
  const { totals, series } = await loadOverview(ownRows(ctx), 30);
  const money = (m: number | null) => (m === null ? "—" : formatMoney(m, ctx.workspace.currency));
  return (
    <>
      <PageHeader title={`Hi ${ctx.userName.split(" ")[0]}`} description="Your last 30 days." />
      <ReviewNotice ctx={ctx} />
      <StatCards
        stats={[
          { label: "Clicks", value: formatInt(totals.clicks) },
          { label: "Conversions", value: formatInt(totals.conversions), hint: `${formatPercent(totals.conversionRate, 2)} of clicks` },
          { label: "Sales you drove", value: money(totals.revenueMinor) },
          { label: "Your earnings", value: money(totals.commissionMinor) },
        ]}
      />
      <section className="mt-6">
        <DailyChart data={series} />
      </section>
    </>
  );
}
