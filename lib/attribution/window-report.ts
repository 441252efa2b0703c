// The window advisor page's data: the URL's choices (period, custom window),
// the campaign's window in force, the delay distribution, what each window
// would capture and what moving to it would have changed.
import { z } from "zod";
import { commissionFor } from "@/lib/commissions/compute";
import type { Terms } from "@/lib/campaigns/terms";
import type { SearchParams } from "@/lib/list/params";
import { captureByWindow, delayDistribution, windowChange, windowsToCompare } from "./window-advice";
import { loadWindowOrders } from "./window-orders";

const DAY_MS = 86_400_000;
export const ADVISOR_PERIODS = [30, 90, 180] as const;

// malformed values fall back to the defaults instead of failing the page (as list state does)
const paramsSchema = z.object({
  period: z.coerce.number().pipe(z.literal(ADVISOR_PERIODS)).catch(90),
  custom: z.coerce.number().int().min(1).max(365).optional().catch(undefined),
});

export type AdvisorParams = z.infer<typeof paramsSchema>;

export function parseAdvisorParams(params: SearchParams): AdvisorParams {
  const one = (k: string) => {
    const v = params[k];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  return paramsSchema.parse({ period: one("period"), custom: one("custom") });
}

export async function windowReport(input: { workspaceId: string; campaignId: string; currency: string; terms: Terms; params: AdvisorParams; now?: Date }) {
  const to = input.now ?? new Date();
  const from = new Date(to.getTime() - input.params.period * DAY_MS);
  const orders = await loadWindowOrders(input.workspaceId, input.campaignId, { from, to });
  const currentDays = input.terms.attributionWindowDays;
  const windows = windowsToCompare(currentDays, input.params.custom);
  const estimate = (netMinor: number) => commissionFor(input.terms, netMinor, 0);
  return {
    range: { from, to },
    currentDays,
    orders: orders.length,
    distribution: delayDistribution(orders),
    capture: captureByWindow(orders, windows),
    changes: windows.filter((d) => d !== currentDays).map((d) => windowChange(orders, currentDays, d, { currency: input.currency, estimate, top: 3 })),
  };
}
