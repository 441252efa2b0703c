// A creator's scorecard: their KPIs in one campaign against that campaign as
// a whole (every creator in it, this one included), against their own
// previous period, their placements and their weekly trend. All figures come
// from kpis() and breakdown(), narrowed by filters.
import { breakdown } from "./breakdown";
import type { KpiKey } from "./display";
import { comparisonRange } from "./filters";
import { kpis } from "./kpis";
import type { ReportWorkspace } from "./report";
import type { ReportFilters } from "./types";

/** A scorecard looks at 90 days by default: repeat purchases and LTV need time to show. */
export const SCORECARD_PRESET = "90d";

export const SCORECARD_KPIS = [
  "clicks", "conversions", "conversionRate", "aovMinor", "grossRevenueMinor", "netRevenueMinor", "commissionMinor", "costMinor",
  "epcMinor", "cpaMinor", "roas", "newCustomers", "newCustomerShare", "repeat30", "repeat90", "ltv90Minor", "ltv180Minor",
] as const satisfies readonly KpiKey[];

export async function scorecard(ws: ReportWorkspace, creatorId: string, f: ReportFilters) {
  const own = { ...f, creatorId };
  const campaigns = await breakdown(ws.id, own, "campaign");
  // the campaign in the filter, or the one that brought this creator the most net revenue in the period
  const campaignId = f.campaignId ?? campaigns.find((c) => c.key !== "")?.key;
  const mine: ReportFilters = { ...own, ...(campaignId && { campaignId }) };
  const campaignWide: ReportFilters = { ...mine, creatorId: undefined };
  const previousRange = comparisonRange(f, f.compare);
  const [creator, campaign, previous, placements, weeks] = await Promise.all([
    kpis(ws.id, f, mine),
    campaignId ? kpis(ws.id, f, campaignWide) : null,
    previousRange ? kpis(ws.id, previousRange, mine) : null,
    breakdown(ws.id, mine, "placement"),
    breakdown(ws.id, mine, "week"),
  ]);
  return {
    campaignId: campaignId ?? null,
    campaigns: campaigns.filter((c) => c.key !== "").map((c) => ({ id: c.key, name: c.label })),
    creator,
    campaign,
    previous,
    previousRange,
    placements: placements.filter((p) => p.kpis.clicks > 0 || p.kpis.conversions > 0),
    weeks,
  };
}
