// The evidence only the raw rows can show, read for a flag when it is raised
// (flags are rare, so these per-creator reads cost little): the country mix
// of clicks beside orders, the click-to-order delay histogram, the visitors
// behind a burst. Counts only; the hashes shown are cut to their last 8
// characters (the first 8 are the salt's day, the same for every visitor).
import type { Queryable } from "@/lib/db/sql";
import type { Flag } from "./detect";
import type { CountryCount, DelayBucket, Evidence } from "./evidence";

const DELAY_BUCKETS: [string, number][] = [["< 5 s", 5], ["5–10 s", 10], ["10–30 s", 30], ["30 s – 2 min", 120], ["2–10 min", 600], ["10–60 min", 3600], ["1–24 h", 86_400], ["> 1 day", Number.MAX_SAFE_INTEGER]];

async function countryMix(db: Queryable, workspaceId: string, f: Flag): Promise<CountryCount[]> {
  const { rows } = await db.query<{ country: string; clicks: string; orders: string }>({
    text: `SELECT country, sum(clicks) AS clicks, sum(orders) AS orders FROM (
             SELECT coalesce(country, '??') AS country, 1 AS clicks, 0 AS orders FROM "Click"
              WHERE "workspaceId" = $1 AND "creatorId" = $2 AND "occurredAt" >= $3::timestamptz AT TIME ZONE 'UTC' AND "occurredAt" < $4::timestamptz AT TIME ZONE 'UTC' AND NOT "isBot"
             UNION ALL
             SELECT coalesce("orderCountry", '??'), 0, 1 FROM "Conversion"
              WHERE "workspaceId" = $1 AND "creatorId" = $2 AND event = 'sale' AND NOT "isTest" AND "occurredAt" >= $3::timestamptz AT TIME ZONE 'UTC' AND "occurredAt" < $4::timestamptz AT TIME ZONE 'UTC'
           ) x GROUP BY 1 ORDER BY sum(orders) + sum(clicks) DESC LIMIT 12`,
    values: [workspaceId, f.creatorId, f.periodStart.toISOString(), f.periodEnd.toISOString()],
  });
  return rows.map((r) => ({ country: r.country, clicks: Number(r.clicks), orders: Number(r.orders) }));
}

async function delays(db: Queryable, workspaceId: string, f: Flag): Promise<DelayBucket[]> {
  const { rows } = await db.query<{ seconds: number }>({
    text: `SELECT extract(epoch FROM v."occurredAt" - k."occurredAt")::float8 AS seconds FROM "Conversion" v
             JOIN "Click" k ON k.id = v."clickId" AND k."workspaceId" = v."workspaceId"
            WHERE v."workspaceId" = $1 AND v."creatorId" = $2 AND v.event = 'sale' AND NOT v."isTest" AND v."attributionMethod" = 'click'
              AND v."occurredAt" >= $3::timestamptz AT TIME ZONE 'UTC' AND v."occurredAt" < $4::timestamptz AT TIME ZONE 'UTC'`,
    values: [workspaceId, f.creatorId, f.periodStart.toISOString(), f.periodEnd.toISOString()],
  });
  const counts = DELAY_BUCKETS.map(([label]) => ({ label, orders: 0 }));
  for (const r of rows) counts[DELAY_BUCKETS.findIndex(([, max]) => r.seconds < max)].orders++;
  return counts;
}

async function bursts(db: Queryable, workspaceId: string, f: Flag): Promise<{ visitor: string; clicks: number }[]> {
  const { rows } = await db.query<{ visitor: string; clicks: string }>({
    text: `SELECT right("ipHash", 8) || ' · ' || device AS visitor, count(*) AS clicks FROM "Click"
            WHERE "workspaceId" = $1 AND "creatorId" = $2 AND "occurredAt" >= $3::timestamptz AT TIME ZONE 'UTC' AND "occurredAt" < $4::timestamptz AT TIME ZONE 'UTC' AND NOT "isBot"
            GROUP BY "ipHash", device ORDER BY count(*) DESC LIMIT 8`,
    values: [workspaceId, f.creatorId, f.periodStart.toISOString(), f.periodEnd.toISOString()],
  });
  return rows.map((r) => ({ visitor: r.visitor, clicks: Number(r.clicks) }));
}

export async function enrich(db: Queryable, workspaceId: string, f: Flag): Promise<Evidence> {
  const e = f.evidence;
  switch (e.kind) {
    case "country_mismatch":
    case "coupon_leak":
      return { ...e, countries: await countryMix(db, workspaceId, f) };
    case "fast_conversion":
      return { ...e, delays: await delays(db, workspaceId, f) };
    case "ip_velocity":
      return { ...e, bursts: await bursts(db, workspaceId, f) };
    default:
      return e;
  }
}
