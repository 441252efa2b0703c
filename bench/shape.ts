// The workspace bench/dashboard loads, as the benches that reuse it need it:
// its dimension values, its seeded random numbers, a report filter drawn as
// a marketer would set one, and new clicks in the load's mix.
import { addDays } from "../lib/analytics/calendar";
import { ipHashDayTag } from "../lib/tracking/ip-hash";
import type { ReportFilters } from "../lib/analytics/types";
import type { ClickRow } from "../lib/tracking/click-store";

export const PLACEMENTS = ["story", "post", "bio", "reel", "video", "newsletter", "other"];
export const COUNTRIES = ["US", "GB", "DE", "FR", "CA", "AU", "IN", "BR", "ES", "IT", "NL", "SE"];
export const DEVICES = ["mobile", "mobile", "mobile", "desktop", "tablet", "other"] as const;
export const creators = Array.from({ length: 60 }, (_, i) => `cr_b${i}`);
export const campaigns = Array.from({ length: 4 }, (_, i) => `cmp_b${i}`);
export const links = creators.flatMap((cr, i) => [campaigns[i % 4], campaigns[(i + 1) % 4]].map((cm, j) => ({ id: `lnk_b${i}_${j}`, creatorId: cr, campaignId: cm })));

/** Deterministic pseudo-random numbers (mulberry32), so runs load and draw the same. */
export const mulberry = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

export function drawing(rnd: () => number) {
  return {
    pick: <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)],
    // a few creators, countries and placements carry most traffic
    skewed: <T>(xs: readonly T[]) => xs[Math.floor(rnd() ** 2 * xs.length)],
  };
}

/**
 * Visitor `n`'s IP hash at `at`, shaped as production's (lib/tracking/ip-hash.ts): the salt's day,
 * then 32 hex digits spread over the key space. BENCH_IP_HASHES=undated gives the shape hashes had
 * before they carried the day (`ip<n>-<day>`), to compare the two on one database.
 */
export function visitorHash(n: number, at: number): string {
  if (process.env.BENCH_IP_HASHES === "undated") return `ip${n}-${new Date(at).toISOString().slice(0, 10)}`;
  return ipHashDayTag(at) + (Math.imul(n + 1, 0x9e3779b1) >>> 0).toString(16).padStart(8, "0").repeat(4);
}

/** A report's filters: 7 to 365 days ending in the last 30, each dimension filtered now and then. */
export function drawFilters(rnd: () => number, ws: string, lastDay: string): ReportFilters {
  const { pick, skewed } = drawing(rnd);
  const length = pick([7, 28, 30, 90, 365]);
  const to = addDays(lastDay, -Math.floor(rnd() * 30));
  return {
    from: addDays(to, 1 - length), to, preset: "custom", compare: "none",
    ...(rnd() < 0.3 ? { creatorId: `${skewed(creators)}_${ws}` } : {}),
    ...(rnd() < 0.2 ? { campaignId: `${pick(campaigns)}_${ws}` } : {}),
    ...(rnd() < 0.2 ? { placement: pick(PLACEMENTS) } : {}),
    ...(rnd() < 0.2 ? { country: skewed(COUNTRIES) } : {}),
    ...(rnd() < 0.15 ? { device: pick(["mobile", "desktop", "tablet"] as const) } : {}),
  };
}

/**
 * `n` new clicks in the last hour before `now`, in the load's mix of links, placements, countries,
 * devices and visitors (the pass writes a row per distinct combination, so one device would flatter it).
 */
export function newClicks(rnd: () => number, ws: string, n: number, idPrefix: string, now: number): ClickRow[] {
  const { pick, skewed } = drawing(rnd);
  return Array.from({ length: n }, (_, i) => {
    const l = skewed(links);
    const at = new Date(now - Math.floor(rnd() * 3_600_000));
    return {
      id: `${idPrefix}_${i}_${ws}`, workspaceId: ws, linkId: `${l.id}_${ws}`, creatorId: `${l.creatorId}_${ws}`, campaignId: `${l.campaignId}_${ws}`,
      placement: skewed(PLACEMENTS), rawSub: null, occurredAt: at.toISOString(), country: skewed(COUNTRIES), referrerHost: null, device: pick(DEVICES),
      isBot: false, ipHash: visitorHash(Math.floor(rnd() * 4000), at.getTime()),
    };
  });
}
