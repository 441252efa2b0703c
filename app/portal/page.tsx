import type { Metadata } from "next";
import { DailyChart } from "@/components/daily-chart";
import { ReviewNotice } from "@/components/review-notice";
import { PageHeader } from "@/components/shell";
import { StatCards } from "@/components/stat-cards";
import { formatDayRange, formatKpi } from "@/lib/analytics/display";
import { creatorSummary } from "@/lib/analytics/portal";
import { requirePage } from "@/lib/auth/page";

export const metadata: Metadata = { title: "My results" };

export default async function PortalHome() {
  const ctx = await requirePage("portal.read", "/portal");
  const { range, totals, series } = await creatorSummary(ctx);
  const show = (key: Parameters<typeof formatKpi>[1]) => formatKpi(totals, key, ctx.workspace.currency);
  return (
    <>
      <PageHeader title={`Hi ${ctx.userName.split(" ")[0]}`} description={`Your last 30 days: ${formatDayRange(range.from, range.to)}.`} />
      <ReviewNotice ctx={ctx} />
      <StatCards
        stats={[
          { label: "Clicks", value: show("clicks") },
          { label: "Conversions", value: show("conversions"), hint: `${show("conversionRate")} of clicks` },
          { label: "Sales you drove", value: show("netRevenueMinor"), hint: "after refunds" },
          { label: "Your earnings", value: show("commissionMinor") },
        ]}
      />
      <section className="mt-6">
        <DailyChart data={series.map((d) => ({ day: d.key, clicks: d.kpis.clicks, conversions: d.kpis.conversions }))} />
      </section>
    </>
  );
}
