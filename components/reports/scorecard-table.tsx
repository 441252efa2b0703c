import { formatKpi, kpiDelta, KPI_BY_KEY, kpiValue, type KpiKey } from "@/lib/analytics/display";
import type { Kpis } from "@/lib/analytics/types";

const TONE = (good: boolean | null | undefined) => (good === true ? "text-emerald-700" : good === false ? "text-rose-700" : "text-slate-700");

/**
 * Against the campaign: a total (clicks, revenue, cost) is part of the
 * campaign's, so it shows as a share of it; a rate or a per-unit figure
 * (conversion rate, AOV, EPC, LTV) shows as the difference from the campaign's.
 */
function againstCampaign(creator: Kpis, campaign: Kpis, key: KpiKey): { text: string; good: boolean | null } | null {
  const kind = KPI_BY_KEY[key].kind;
  if (kind === "count" || kind === "money") {
    const mine = kpiValue(creator, key);
    const all = kpiValue(campaign, key);
    if (mine === null || !all) return null;
    return { text: `${((mine / all) * 100).toFixed(1)}% of the campaign`, good: null };
  }
  return kpiDelta(creator, campaign, key);
}

/** One row per KPI: the creator, the campaign as a whole and the difference; with a comparison, the creator's own change too. */
export function ScorecardTable({ keys, creator, campaign, previous, currency, campaignName }: {
  keys: readonly KpiKey[];
  creator: Kpis;
  campaign: Kpis | null;
  previous: Kpis | null;
  currency: string;
  campaignName: string;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="scorecard-table">
        <caption className="px-3 py-2 text-left text-xs text-slate-600">The creator in {campaignName} against the whole campaign (every creator in it, this one included).</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Metric</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">This creator</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Campaign average</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Against the campaign</th>
            {previous && <th scope="col" className="px-3 py-2 text-right font-medium">Against their previous period</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {keys.map((key) => {
            const vsCampaign = campaign && againstCampaign(creator, campaign, key);
            const vsBefore = previous && kpiDelta(creator, previous, key);
            return (
              <tr key={key} data-testid={`score-${key}`}>
                <th scope="row" className="px-3 py-1.5 text-left font-medium" title={KPI_BY_KEY[key].hint}>{KPI_BY_KEY[key].label}</th>
                <td className="px-3 py-1.5 text-right tabular-nums" data-testid={`score-${key}-creator`}>{formatKpi(creator, key, currency)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums" data-testid={`score-${key}-campaign`}>{campaign ? formatKpi(campaign, key, currency) : "—"}</td>
                <td className={`px-3 py-1.5 text-right tabular-nums ${TONE(vsCampaign?.good)}`} data-testid={`score-${key}-diff`}>{vsCampaign?.text ?? "—"}</td>
                {previous && <td className={`px-3 py-1.5 text-right tabular-nums ${TONE(vsBefore?.good)}`}>{vsBefore ? `${vsBefore.text} (was ${formatKpi(previous, key, currency)})` : "—"}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
