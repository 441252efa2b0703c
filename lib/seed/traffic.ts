// Sixty days of clicks per creator: weekly rhythm, post days, repeat
// visitors (so unique clicks < clicks), a trickle of bots, and the planted
// click spike. Everything comes from the data PRNG; only ids from IdSource.
import type { DeviceClass } from "@/lib/generated/prisma/enums";
import { DAY_MS, DAYS, DEVICES, OTHER_COUNTRIES, REFERRERS, TARGETS, type CreatorSeed } from "./catalog";
import type { IdSource, Rng } from "./random";

export interface SeedLink {
  linkId: string;
  campaignId: string;
  campaignIdx: number;
  startsAt: number;
}

export interface SeedCreatorRef {
  idx: number;
  id: string;
  seed: CreatorSeed;
  links: SeedLink[];
}

export interface SeedClick {
  id: string;
  creatorIdx: number;
  link: SeedLink;
  placement: string;
  at: number;
  country: string | null;
  referrerHost: string | null;
  device: DeviceClass;
  isBot: boolean;
  ipHash: string;
  /** part of the planted spike: never credited with an order */
  suspicious: boolean;
}

interface Visitor {
  hash: string;
  country: string;
  device: DeviceClass;
}

export function utcDayStart(ms: number): number {
  return Math.floor(ms / DAY_MS) * DAY_MS;
}

/** First UTC day of the data window; the window ends at `now` (today is partial). */
export function windowStart(now: number): number {
  return utcDayStart(now) - (DAYS - 1) * DAY_MS;
}

export function spikeDayStart(now: number): number {
  return utcDayStart(now) - TARGETS.spikeDaysAgo * DAY_MS;
}

const WEEKDAY_FACTOR = [1.15, 0.95, 0.97, 1, 1, 1.05, 1.18]; // Sunday first

export function generateClicks(rng: Rng, ids: IdSource, now: number, creators: SeedCreatorRef[]): SeedClick[] {
  const clicks: SeedClick[] = [];
  const start = windowStart(now);
  const bots: Visitor[] = Array.from({ length: 30 }, () => ({
    hash: rng.hex(64),
    country: rng.weighted([["US", 4], ["DE", 1], ["NL", 1], ["SG", 1], ["IE", 1]]),
    device: "bot",
  }));

  for (const creator of creators) {
    const { seed } = creator;
    const placementWeights: [string, number][] = [
      ["story", rng.float(40, 60)],
      ["post", rng.float(20, 35)],
      ["bio", rng.float(10, 25)],
    ];
    const linkWeights = creator.links.map((l, i) => [l, i === 0 ? rng.float(0.45, 0.65) : 0.45] as const);
    const postEvery = rng.int(5, 9);
    const postOffset = rng.int(0, postEvery - 1);
    const visitors: Visitor[] = [];
    const stuffed = seed.role === "countryMismatch";

    const newVisitor = (): Visitor => {
      const v: Visitor = {
        hash: rng.hex(64),
        country: stuffed && rng.chance(TARGETS.mismatchClickShare) ? rng.pick(TARGETS.mismatchClickCountries) : rng.chance(0.82) ? seed.country : rng.weighted(OTHER_COUNTRIES),
        device: rng.weighted(DEVICES),
      };
      visitors.push(v);
      return v;
    };

    const referrer = (): string | null => {
      if (rng.chance(0.03)) return "t.co";
      if (rng.chance(0.2)) return null; // in-app browsers often send none
      const platform = rng.chance(0.7) ? seed.platforms[0] : rng.pick(seed.platforms);
      return REFERRERS[platform] ?? null;
    };

    for (let d = 0; d < DAYS; d++) {
      const dayStart = start + d * DAY_MS;
      const dayEnd = Math.min(dayStart + DAY_MS, now);
      if (dayEnd <= dayStart) continue;
      const sincePost = (d + postOffset) % postEvery;
      const factor =
        WEEKDAY_FACTOR[new Date(dayStart).getUTCDay()] *
        (sincePost === 0 ? 1.6 : sincePost === 1 ? 1.2 : 1) *
        Math.exp(rng.normal(0, 0.18));
      const count = rng.poisson((seed.dailyClicks * factor * (dayEnd - dayStart)) / DAY_MS);
      const active = linkWeights.filter(([l]) => l.startsAt <= dayStart);
      if (active.length === 0) continue;

      for (let i = 0; i < count; i++) {
        const at = dayStart + Math.floor(rng.next() * (dayEnd - dayStart));
        const link = rng.weighted(active);
        const placement = rng.weighted(placementWeights);
        if (rng.chance(0.035)) {
          const bot = rng.pick(bots);
          clicks.push({
            id: ids.clickId(), creatorIdx: creator.idx, link, placement, at, country: bot.country,
            referrerHost: null, device: "bot", isBot: true, ipHash: bot.hash, suspicious: false,
          });
          continue;
        }
        const returning = visitors.length > 0 && rng.chance(0.28);
        const v = returning ? visitors[visitors.length - 1 - Math.floor(rng.next() * Math.min(300, visitors.length))] : newVisitor();
        clicks.push({
          id: ids.clickId(), creatorIdx: creator.idx, link, placement, at, country: v.country,
          referrerHost: referrer(), device: v.device, isBot: false, ipHash: v.hash, suspicious: false,
        });
      }
    }

    if (seed.role === "spike") {
      const mine = clicks.filter((c) => c.creatorIdx === creator.idx && !c.isBot);
      clicks.push(...spikeClicks(rng, ids, now, creator, linkWeights.map(([l]) => l), mine));
    }
  }
  return clicks;
}

// A click farm: hundreds of residential addresses, one click each, mostly
// with no referrer, in one afternoon, and nobody buys: what bought traffic
// looks like once the obvious bots and repeats are filtered out. Sized
// against the creator's own 28-day baseline, as the detector sees it.
function spikeClicks(rng: Rng, ids: IdSource, now: number, creator: SeedCreatorRef, links: SeedLink[], human: SeedClick[]): SeedClick[] {
  const dayStart = spikeDayStart(now);
  const baseline = human.filter((c) => c.at >= dayStart - 28 * DAY_MS && c.at < dayStart).length / 28;
  const sameDay = human.filter((c) => c.at >= dayStart && c.at < dayStart + DAY_MS).length;
  const extra = Math.max(0, Math.round(Math.max(TARGETS.spikeMinClicks, baseline * TARGETS.spikeMultiplier)) - sameDay);
  const out: SeedClick[] = [];
  for (let i = 0; i < extra; i++) {
    out.push({
      id: ids.clickId(),
      creatorIdx: creator.idx,
      link: rng.pick(links.filter((l) => l.startsAt <= dayStart)),
      placement: rng.weighted([["story", 3], ["bio", 1]]),
      at: dayStart + Math.floor(rng.float(0.35, 0.6) * DAY_MS),
      country: rng.chance(0.9) ? "US" : "CA",
      referrerHost: rng.chance(0.3) ? "t.co" : null,
      device: rng.weighted([["mobile", 6], ["desktop", 4]]),
      isBot: false,
      ipHash: rng.hex(64),
      suspicious: true,
    });
  }
  return out;
}
