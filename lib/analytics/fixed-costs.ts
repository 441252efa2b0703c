// Fixed costs (CreatorCost: fixed fees and gifted product) per report row.
// A cost belongs to a creator, a campaign and a workspace-local day
// (incurredOn); it has no placement, creative, country or device, so a filter
// or a breakdown on any of those carries none of it (docs/METRICS.md).
import { pool } from "@/lib/db/pool";
import type { Grouping } from "./query";
import type { ReportFilters } from "./types";

const KEY: Partial<Record<Grouping, string>> = {
  total: "''",
  creator: '"creatorId"',
  campaign: '"campaignId"',
  day: '"incurredOn"::text',
  week: "date_trunc('week', \"incurredOn\")::date::text",
};

/** Fixed costs per group key over the days [range.from, range.to]; an empty map where costs have no such dimension. */
export async function fixedCostsBy(workspaceId: string, range: { from: string; to: string }, f: ReportFilters, group: Grouping): Promise<Map<string, number>> {
  const key = KEY[group];
  if (!key || f.placement || f.country || f.device) return new Map();
  const { rows } = await pool.query<{ key: string; cost: string }>(
    `SELECT ${key} AS key, sum("amountMinor")::text AS cost FROM "CreatorCost"
      WHERE "workspaceId" = $1 AND "incurredOn" BETWEEN $2::date AND $3::date
        AND ($4::text IS NULL OR "creatorId" = $4) AND ($5::text IS NULL OR "campaignId" = $5)
      GROUP BY 1`,
    [workspaceId, range.from, range.to, f.creatorId ?? null, f.campaignId ?? null],
  );
  return new Map(rows.map((r) => [r.key, Number(r.cost)]));
}
