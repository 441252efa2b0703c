// Open review items for the three planted fraud patterns, with the numbers a
// reviewer would want to see, computed from the generated rows themselves.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DAY_MS, TARGETS } from "./catalog";
import type { SeedSale } from "./orders";
import type { IdSource } from "./random";
import { spikeDayStart, utcDayStart, windowStart, type SeedClick, type SeedCreatorRef } from "./traffic";

interface Input {
  ids: IdSource;
  now: number;
  workspaceId: string;
  creators: SeedCreatorRef[];
  clicks: SeedClick[];
  sales: SeedSale[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const round = (n: number, digits: number) => Number(n.toFixed(digits));

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1]));
}

export function buildReviewItems(input: Input): Prisma.ReviewItemCreateManyInput[] {
  const { ids, now, workspaceId } = input;
  const humanClicks = input.clicks.filter((c) => !c.isBot);
  const attributed = input.sales.filter((s) => s.creatorIdx !== null);
  const workspaceRate = attributed.length / humanClicks.length;
  const byRole = (role: string) => {
    const creator = input.creators.find((c) => c.seed.role === role);
    if (!creator) throw new Error(`no ${role} creator in the catalog`);
    return {
      creator,
      clicks: humanClicks.filter((c) => c.creatorIdx === creator.idx),
      sales: attributed.filter((s) => s.creatorIdx === creator.idx),
    };
  };
  const items: Prisma.ReviewItemCreateManyInput[] = [];

  {
    const { creator, clicks, sales } = byRole("spike");
    const spikeStart = spikeDayStart(now);
    const onDay = clicks.filter((c) => c.at >= spikeStart && c.at < spikeStart + DAY_MS);
    const baselineFrom = spikeStart - 28 * DAY_MS;
    const before = clicks.filter((c) => c.at >= baselineFrom && c.at < spikeStart).length;
    const baseline = before / 28;
    items.push({
      id: ids.id("rev"), workspaceId, kind: "click_spike", dedupeKey: `click_spike:${creator.id}:${day(spikeStart)}`,
      creatorId: creator.id, createdAt: new Date(spikeStart + DAY_MS + 2 * 3_600_000),
      evidence: {
        day: day(spikeStart),
        clicks: onDay.length,
        uniqueClicks: new Set(onDay.map((c) => c.ipHash)).size,
        baselineDailyClicks: round(baseline, 1),
        baselineDays: 28,
        ratio: round(onDay.length / baseline, 1),
        noReferrerShare: round(onDay.filter((c) => c.referrerHost === null).length / onDay.length, 3),
        conversionsThatDay: sales.filter((s) => s.click && s.click.at >= spikeStart && s.click.at < spikeStart + DAY_MS).length,
      },
    });
  }
  {
    const { creator, clicks, sales } = byRole("lowConversion");
    const perCreator = countBy(humanClicks, (c) => String(c.creatorIdx));
    const rank = 1 + Object.values(perCreator).filter((n) => n > clicks.length).length;
    items.push({
      id: ids.id("rev"), workspaceId, kind: "low_conversion", dedupeKey: `low_conversion:${creator.id}:${day(utcDayStart(now))}`,
      creatorId: creator.id, createdAt: new Date(now - 6 * 3_600_000),
      evidence: {
        from: day(windowStart(now)),
        to: day(now),
        clicks: clicks.length,
        conversions: sales.length,
        conversionRate: round(sales.length / clicks.length, 4),
        workspaceConversionRate: round(workspaceRate, 4),
        clicksRank: rank,
        creators: input.creators.length,
      },
    });
  }
  {
    const { creator, clicks, sales } = byRole("countryMismatch");
    const clickCountries = countBy(clicks, (c) => c.country ?? "");
    const mismatched = sales.filter((s) => TARGETS.mismatchOrderCountries.includes(s.country));
    items.push({
      id: ids.id("rev"), workspaceId, kind: "country_mismatch", dedupeKey: `country_mismatch:${creator.id}`,
      creatorId: creator.id, createdAt: new Date(now - 2 * DAY_MS),
      evidence: {
        clicks: clicks.length,
        clickCountries,
        orders: sales.length,
        orderCountries: countBy(sales, (s) => s.country),
        ordersOutsideClickCountries: mismatched.length,
        mismatchShare: round(mismatched.length / Math.max(1, sales.length), 3),
      },
    });
  }
  return items;
}
