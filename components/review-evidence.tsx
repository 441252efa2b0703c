"use client";

// The evidence behind a review item, drawn: the spike on the creator's own
// timeline, clicks and orders by country side by side, the click-to-order
// delay histogram, the visitors behind a burst; the numbers of the other
// signals as a short list. Items planted before detection existed show their
// stored facts as a list.
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Evidence } from "@/lib/fraud/evidence";

const pct = (v: number) => `${(v * 100).toFixed(2)}%`;
// recharts colours legend text like its series; pale series colours would fail contrast
const legendText = (value: string) => <span style={{ color: "#334155" }}>{value}</span>;

function Facts({ rows }: { rows: [string, string | number][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5 text-xs">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-500">{k}</dt>
          <dd className="font-medium tabular-nums">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Chart({ label, children }: { label: string; children: React.ReactElement }) {
  return (
    <figure className="h-52 w-full max-w-xl" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export function ReviewEvidence({ evidence, legacy }: { evidence: Evidence | null; legacy: Record<string, unknown> }) {
  if (!evidence) return <Facts rows={Object.entries(legacy).filter(([, v]) => typeof v !== "object").map(([k, v]) => [k, String(v)])} />;
  switch (evidence.kind) {
    case "click_spike":
      return (
        <Chart label={`Clicks and orders per day; the flagged day ${evidence.day} against the usual ${evidence.usualClicks}`}>
          <ComposedChart data={evidence.timeline}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="day" tick={{ fontSize: 10 }} tickFormatter={(d: string) => d.slice(5)} />
            <YAxis yAxisId="clicks" tick={{ fontSize: 10 }} />
            <YAxis yAxisId="sales" orientation="right" tick={{ fontSize: 10 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 11 }} formatter={legendText} />
            <ReferenceLine yAxisId="clicks" y={evidence.usualClicks} stroke="#64748b" strokeDasharray="4 4" label={{ value: "usual", fontSize: 10, fill: "#334155" }} />
            <Bar yAxisId="clicks" dataKey="clicks" name="Clicks" fill="#a5b4fc" />
            <Line yAxisId="sales" dataKey="sales" name="Orders" stroke="#047857" strokeWidth={2} dot={false} />
          </ComposedChart>
        </Chart>
      );
    case "country_mismatch":
    case "coupon_leak":
      return (
        <div className="space-y-2">
          {evidence.countries && (
            <Chart label="Clicks and orders by country, side by side">
              <BarChart data={evidence.countries}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis dataKey="country" tick={{ fontSize: 10 }} />
                <YAxis tick={{ fontSize: 10 }} />
                <Tooltip />
                <Legend wrapperStyle={{ fontSize: 11 }} formatter={legendText} />
                <Bar dataKey="clicks" name="Clicks" fill="#a5b4fc" />
                <Bar dataKey="orders" name="Orders" fill="#047857" />
              </BarChart>
            </Chart>
          )}
          <Facts
            rows={
              evidence.kind === "coupon_leak"
                ? [["Audience", evidence.audienceCountry ?? "not set"], ["Coupon orders this week", evidence.orders], ["Usual per week", evidence.weeklyBefore.toFixed(1)], ["With no click", evidence.noClick], ["From outside the audience", evidence.outside], ["New customers", evidence.newCustomers]]
                : [["Audience", evidence.audienceCountry ?? "not set"], ["Link orders", evidence.clickSales], ["Click and order in different countries, click outside the audience", evidence.mismatched]]
            }
          />
        </div>
      );
    case "fast_conversion":
      return (
        <div className="space-y-2">
          {evidence.delays && (
            <Chart label={`Orders by time from click to order; ${evidence.fast} under ${evidence.seconds} seconds`}>
              <BarChart data={evidence.delays}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
                <XAxis dataKey="label" tick={{ fontSize: 10 }} />
                <YAxis tick={{ fontSize: 10 }} allowDecimals={false} />
                <Tooltip />
                <Bar dataKey="orders" name="Orders" fill="#f59e0b" />
              </BarChart>
            </Chart>
          )}
          <Facts rows={[["Link orders", evidence.clickSales], [`Under ${evidence.seconds} s`, evidence.fast]]} />
        </div>
      );
    case "ip_velocity":
      return (
        <div className="space-y-2">
          {evidence.bursts && (
            <Chart label="Clicks per visitor (IP hash and device) that day">
              <BarChart data={evidence.bursts} layout="vertical">
                <XAxis type="number" tick={{ fontSize: 10 }} />
                <YAxis type="category" dataKey="visitor" width={140} tick={{ fontSize: 10 }} />
                <Tooltip />
                <Bar dataKey="clicks" name="Clicks" fill="#f43f5e" />
              </BarChart>
            </Chart>
          )}
          <Facts rows={[["Clicks in bursts", evidence.velocityClicks], ["Valid clicks that day", evidence.validClicks], ["Invalid (bots, repeats within 60 s)", evidence.invalidClicks], ["Burst", `${evidence.repeats}+ clicks within ${evidence.windowMinutes} min`]]} />
        </div>
      );
    case "low_conversion":
      return <Facts rows={[["Clicks", evidence.clicks], ["Orders", evidence.sales], ["Rate", pct(evidence.rate)], ["Rate, 99% upper bound", pct(evidence.rateHigh)], ["Program rate", pct(evidence.workspaceRate)]]} />;
    case "refund_rate":
      return <Facts rows={[["Orders", evidence.sales], ["Refunded or cancelled", evidence.refunded], ["Rate, 99% lower bound", pct(evidence.rateLow)], ["Program's usual rate", pct(evidence.workspaceRate)]]} />;
    case "self_purchase":
      return <Facts rows={[["Order", evidence.orderId], ["Day", evidence.day], ["Amount (minor units)", `${evidence.amountMinor} ${evidence.currency}`]]} />;
    case "large_payment":
      return <Facts rows={[["Payout (minor units)", `${evidence.amountMinor} ${evidence.currency}`], ["Second approval above", `${evidence.thresholdMinor} ${evidence.currency}`], ["Commissions", evidence.commissions], ["Run ends", evidence.periodEnd]]} />;
  }
}
