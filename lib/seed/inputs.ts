// What a brand enters by hand beside the tracked data: creator costs (a
// monthly fixed fee for the larger creators, gifted product when a creator
// joins a campaign) and the impressions of each week's story and feed post,
// sized from the clicks that placement got so CTR, CPA and ROAS read like a
// real programme. Each comes with the audit row the UI would have written.
// Drawn from its own stream so these never shift the traffic and orders.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dayIn } from "@/lib/format";
import { CAMPAIGNS, DAY_MS, DAYS } from "./catalog";
import type { IdSource, Rng } from "./random";
import { windowStart, type SeedClick, type SeedCreatorRef } from "./traffic";

interface Input {
  rng: Rng;
  ids: IdSource;
  now: number;
  workspaceId: string;
  ownerId: string;
  managerId: string;
  timeZone: string;
  currency: string;
  creators: SeedCreatorRef[];
  clicks: SeedClick[];
  valid: Set<string>;
}

export interface InputRows {
  costs: Prisma.CreatorCostCreateManyInput[];
  posts: Prisma.ContentPostCreateManyInput[];
  auditLogs: Prisma.AuditLogCreateManyInput[];
}

// gifted product value at cost, per campaign (the serum; the hydration set)
const GIFT_MINOR: Record<(typeof CAMPAIGNS)[number]["key"], number> = { spring: 2_400, hydration: 4_200 };
const FEE_FROM_DAILY_CLICKS = 25;
const POST_PLACEMENTS = ["story", "post"] as const;
const SLUG = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789";

const localDay = (ms: number, timeZone: string) => new Date(`${dayIn(new Date(ms), timeZone)}T00:00:00Z`);

function costs(input: Input, audit: (at: number, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) => void) {
  const { rng, ids, now, workspaceId, timeZone, currency } = input;
  const start = windowStart(now);
  const rows: Prisma.CreatorCostCreateManyInput[] = [];
  const add = (creatorId: string, campaignId: string, kind: "fixed_fee" | "gifted_product", amountMinor: number, at: number, note: string) => {
    const row = { id: ids.id("cost"), workspaceId, creatorId, campaignId, kind, amountMinor, currency, incurredOn: localDay(at, timeZone), note, createdById: input.managerId, createdAt: new Date(at + 3_600_000) };
    rows.push(row);
    audit(at + 3_600_000, "cost.created", "CreatorCost", row.id, { creatorId, campaignId, kind, amountMinor, currency, incurredOn: dayIn(new Date(at), timeZone), note });
  };
  for (const creator of input.creators) {
    for (const link of creator.links) {
      const key = CAMPAIGNS[link.campaignIdx].key;
      const joined = Math.max(link.startsAt, start - 30 * DAY_MS);
      add(creator.id, link.campaignId, "gifted_product", GIFT_MINOR[key] * (creator.seed.role === "standout" ? 2 : 1), joined, key === "spring" ? "Launch kit: Glow Serum" : "Hydration Heroes set");
      if (creator.seed.dailyClicks < FEE_FROM_DAILY_CLICKS) continue;
      // a monthly retainer on the 1st, per campaign the creator posts for
      const fee = Math.round(rng.float(100, 300)) * 100;
      for (let m = new Date(start); m.getTime() <= now; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1))) {
        const first = Date.UTC(m.getUTCFullYear(), m.getUTCMonth(), 1, 15);
        if (first >= link.startsAt && first <= now) add(creator.id, link.campaignId, "fixed_fee", fee, first, `Retainer ${new Date(first).toISOString().slice(0, 7)}`);
      }
    }
  }
  return rows;
}

function posts(input: Input, audit: (at: number, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) => void) {
  const { rng, ids, now, workspaceId } = input;
  const start = windowStart(now);
  const weeks = Math.ceil(DAYS / 7);
  // valid clicks per creator, campaign, placement and week: a post's audience
  const counts = new Map<string, number>();
  for (const c of input.clicks) {
    if (!input.valid.has(c.id)) continue;
    const key = `${c.creatorIdx}|${c.link.campaignId}|${c.placement}|${Math.floor((c.at - start) / (7 * DAY_MS))}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const rows: Prisma.ContentPostCreateManyInput[] = [];
  const perWeek = new Map<number, number>();
  for (const creator of input.creators) {
    // how many who see a post tap it: the standout's audience is the most engaged
    const ctr = creator.seed.role === "standout" ? 0.024 : rng.float(0.008, 0.018);
    const handle = `${creator.seed.first}${creator.seed.last}`.toLowerCase();
    for (const link of creator.links) {
      for (const placement of POST_PLACEMENTS) {
        for (let w = 0; w < weeks; w++) {
          const clicks = counts.get(`${creator.idx}|${link.campaignId}|${placement}|${w}`) ?? 0;
          // posted the evening before the week's clicks start
          const postedAt = start + w * 7 * DAY_MS - 6 * 3_600_000;
          if (clicks === 0 || postedAt >= now) continue;
          const slug = rng.string(SLUG, 11);
          const url = placement === "story" ? `https://www.instagram.com/stories/${handle}/${slug}/` : `https://www.instagram.com/p/${slug}/`;
          const impressions = Math.round((clicks / ctr) * Math.exp(rng.normal(0, 0.12)));
          rows.push({ id: ids.id("post"), workspaceId, creatorId: creator.id, campaignId: link.campaignId, placement, url, postedAt: new Date(postedAt), impressions });
          perWeek.set(w, (perWeek.get(w) ?? 0) + 1);
        }
      }
    }
  }
  // the manager uploads the week's insights as a CSV the Monday after
  for (const [w, created] of [...perWeek].sort((a, b) => a[0] - b[0])) {
    const at = Math.min(now - 3_600_000, start + (w + 1) * 7 * DAY_MS + 10 * 3_600_000);
    audit(at, "posts.imported", "ContentPost", "csv", { created, updated: 0, unchanged: 0, updatedIds: [] });
  }
  return rows;
}

export function buildInputs(input: Input): InputRows {
  const auditLogs: Prisma.AuditLogCreateManyInput[] = [];
  const audit = (at: number, action: string, entityType: string, entityId: string, after: Prisma.InputJsonValue) =>
    auditLogs.push({ id: input.ids.id("aud"), workspaceId: input.workspaceId, actorId: input.managerId, action, entityType, entityId, after, createdAt: new Date(at) });
  return { costs: costs(input, audit), posts: posts(input, audit), auditLogs };
}
