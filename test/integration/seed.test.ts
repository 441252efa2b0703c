// The demo seed: planted numbers on target, determinism, and the analytics
// rollup agreeing with the raw tables. Seeds its own uniquely named copies
// (the database is shared with other tests) and removes them afterwards.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { kpis } from "@/lib/analytics/kpis";
import { refreshConversionDays } from "@/lib/analytics/rollup/rebuild";
import type { ReportFilters } from "@/lib/analytics/types";
import { oracleKpis } from "../support/analytics-oracle";
import { invalidClickSql } from "@/lib/tracking/invalid-clicks";
import { removeDemo, seedDemo, type DemoSummary } from "@/lib/seed/demo";
import { CREATORS, creatorEmail } from "@/lib/seed/catalog";
import { evidenceOf } from "@/lib/fraud/evidence";

// Read when the merchant secret is sealed; scripts/test.ts provides one.
process.env.ENCRYPTION_KEY ??= "seed-test-encryption-key";

const NOW = new Date("2026-11-20T15:30:00Z");
const tag = randomBytes(4).toString("hex");
const copies = [
  { slug: `seed-test-${tag}-a`, emailDomain: `seed-a-${tag}.test` },
  { slug: `seed-test-${tag}-b`, emailDomain: `seed-b-${tag}.test` },
];

let demo: DemoSummary;

async function one<T>(sql: string, params: unknown[]): Promise<T> {
  const { rows } = await pool.query(sql, params);
  return rows[0] as T;
}

/** Numbers that must come out the same for the same `now`. */
async function fingerprint(workspaceId: string) {
  return one<Record<string, string>>(
    `SELECT (SELECT count(*) FROM "Click" WHERE "workspaceId" = $1) AS clicks,
            (SELECT count(*) FILTER (WHERE "isBot") FROM "Click" WHERE "workspaceId" = $1) AS bots,
            (SELECT count(DISTINCT "ipHash") FROM "Click" WHERE "workspaceId" = $1) AS visitors,
            (SELECT count(*) FROM "Conversion" WHERE "workspaceId" = $1 AND event = 'sale') AS sales,
            (SELECT sum("amountMinor") FROM "Conversion" WHERE "workspaceId" = $1 AND event = 'sale') AS revenue,
            (SELECT sum("amountMinor") FROM "Conversion" WHERE "workspaceId" = $1 AND event = 'refund') AS refunds,
            (SELECT sum("amountMinor") FROM "Commission" WHERE "workspaceId" = $1) AS commission`,
    [workspaceId],
  );
}

beforeAll(async () => {
  demo = await seedDemo(prisma, pool, { now: NOW, ...copies[0] });
}, 180_000);

afterAll(async () => {
  for (const copy of copies) await removeDemo(prisma, copy);
}, 120_000);

describe("demo seed", () => {
  it("makes the standout creator's case study visible: ~4.8% conversion, AOV ~18% over her campaigns', ~25% of customers back", async () => {
    const standout = await prisma.creator.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, name: demo.standoutCreator } });
    // orders her links brought over the valid clicks she got (lib/tracking/invalid-clicks.ts)
    const rate = await one<{ clicks: string; orders: string }>(
      `SELECT (SELECT count(*) FROM "Click" k WHERE k."workspaceId" = $2 AND k."creatorId" = $1 AND NOT ${invalidClickSql("k")}) AS clicks,
              (SELECT count(*) FROM "Conversion" WHERE "workspaceId" = $2 AND "creatorId" = $1 AND event = 'sale' AND NOT "isTest" AND "attributionMethod" = 'click') AS orders`,
      [standout.id, demo.workspaceId],
    );
    const conversion = Number(rate.orders) / Number(rate.clicks);
    expect(conversion).toBeGreaterThanOrEqual(0.045);
    expect(conversion).toBeLessThanOrEqual(0.051);
    // her AOV against each campaign's (credited live sales, hers included)
    const aov = await pool.query<{ campaignId: string; hers: string; campaign: string }>(
      `SELECT "campaignId", avg("amountMinor") FILTER (WHERE "creatorId" = $1) AS hers, avg("amountMinor") AS campaign
         FROM "Conversion" WHERE "workspaceId" = $2 AND event = 'sale' AND NOT "isTest" AND "creatorId" IS NOT NULL GROUP BY "campaignId"`,
      [standout.id, demo.workspaceId],
    );
    expect(aov.rows).toHaveLength(2);
    for (const c of aov.rows) {
      const lift = Number(c.hers) / Number(c.campaign) - 1;
      expect(lift, c.campaignId).toBeGreaterThanOrEqual(0.16);
      expect(lift, c.campaignId).toBeLessThanOrEqual(0.2);
    }
    // of the customers her orders brought, those who ordered again within 90 days of their first order
    const repeat = await one<{ customers: string; back: string }>(
      `WITH hers AS (SELECT DISTINCT "customerHash" FROM "Conversion" WHERE "workspaceId" = $2 AND "creatorId" = $1 AND event = 'sale' AND NOT "isTest"),
            firsts AS (SELECT v."customerHash", min(v."occurredAt") AS first FROM "Conversion" v JOIN hers USING ("customerHash")
                        WHERE v."workspaceId" = $2 AND v.event = 'sale' AND NOT v."isTest" GROUP BY 1)
       SELECT count(*) AS customers,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Conversion" w WHERE w."workspaceId" = $2 AND w."customerHash" = f."customerHash" AND w.event = 'sale'
                                               AND NOT w."isTest" AND w."occurredAt" > f.first AND w."occurredAt" <= f.first + interval '90 days')) AS back
         FROM firsts f`,
      [standout.id, demo.workspaceId],
    );
    const share = Number(repeat.back) / Number(repeat.customers);
    expect(share).toBeGreaterThanOrEqual(0.23);
    expect(share).toBeLessThanOrEqual(0.27);
  });

  it("keeps orders whose click fell past the window, uncredited, with the click id and the pipeline's sentence", async () => {
    const late = await prisma.conversion.findMany({ where: { workspaceId: demo.workspaceId, event: "sale", attributionMethod: "none", clickId: { not: null } }, select: { attributionReason: true, creatorId: true } });
    expect(late.length).toBeGreaterThan(20);
    for (const o of late) {
      expect(o.attributionReason).toMatch(/^the click was \d+ days before the order, outside the campaign's 14-day window$/);
      expect(o.creatorId).toBeNull();
    }
  });

  it("enters costs and post impressions, so cost, CPA, ROAS and CTR have inputs", async () => {
    const costs = await prisma.creatorCost.groupBy({ by: ["kind"], where: { workspaceId: demo.workspaceId }, _count: true, _sum: { amountMinor: true } });
    expect(costs.map((c) => c.kind).sort()).toEqual(["fixed_fee", "gifted_product"]);
    const ctr = await one<{ impressions: string; clicks: string }>(
      `SELECT (SELECT sum(impressions) FROM "ContentPost" WHERE "workspaceId" = $1) AS impressions,
              (SELECT count(*) FROM "Click" k WHERE k."workspaceId" = $1 AND k.placement IN ('story', 'post') AND NOT ${invalidClickSql("k")}) AS clicks`,
      [demo.workspaceId],
    );
    const rate = Number(ctr.clicks) / Number(ctr.impressions);
    expect(rate).toBeGreaterThan(0.005);
    expect(rate).toBeLessThan(0.03);
    const audited = await prisma.auditLog.count({ where: { workspaceId: demo.workspaceId, action: "cost.created" } });
    expect(audited).toBe(costs.reduce((n, c) => n + c._count, 0));
  });

  it("has tens of thousands of clicks and a workspace conversion rate of 1.5–2.5%", async () => {
    const totals = await one<{ clicks: string; human: string; unique: string; sales: string }>(
      `SELECT count(*) AS clicks, count(*) FILTER (WHERE NOT "isBot") AS human,
              count(DISTINCT "ipHash") FILTER (WHERE NOT "isBot") AS unique,
              (SELECT count(*) FROM "Conversion" WHERE "workspaceId" = $1 AND event = 'sale' AND "creatorId" IS NOT NULL) AS sales
       FROM "Click" WHERE "workspaceId" = $1`,
      [demo.workspaceId],
    );
    expect(Number(totals.clicks)).toBeGreaterThan(20_000);
    expect(Number(totals.clicks)).toBeLessThan(80_000);
    expect(Number(totals.unique)).toBeLessThan(Number(totals.human));
    const rate = Number(totals.sales) / Number(totals.human);
    expect(rate).toBeGreaterThan(0.015);
    expect(rate).toBeLessThan(0.025);
  });

  it("the detection pass finds the three planted patterns, on their creators, and flags no one else", async () => {
    const items = await prisma.reviewItem.findMany({ where: { workspaceId: demo.workspaceId, kind: { not: "cap_reached" } } });
    const creators = await prisma.creator.findMany({ where: { workspaceId: demo.workspaceId }, select: { id: true, email: true } });
    const email = (id: string | null) => creators.find((c) => c.id === id)?.email;
    const planted = { click_spike: "spike", low_conversion: "lowConversion", country_mismatch: "countryMismatch" } as const;
    const emailOf = (role: string) => creatorEmail(CREATORS.find((c) => c.role === role)!, copies[0].emailDomain);
    expect(items.map((i) => `${i.kind} ${email(i.creatorId)}`).sort()).toEqual(Object.entries(planted).map(([kind, role]) => `${kind} ${emailOf(role)}`).sort());
    expect(items.every((i) => i.status === "open" && i.summary && i.periodStart && i.periodEnd)).toBe(true);
    // evidence in the shapes the Review page draws (lib/fraud/evidence.ts), from the same code as live detection
    const evidence = Object.fromEntries(items.map((i) => [i.kind, evidenceOf(i.evidence)]));
    const spike = evidence.click_spike;
    expect(spike?.kind === "click_spike" && spike.timeline.length === 29 && spike.clicks >= 400 && spike.sales === 0).toBe(true);
    const low = evidence.low_conversion;
    expect(low?.kind === "low_conversion" && low.rate < 0.005 && low.workspaceRate > 0.01).toBe(true);
    const mismatch = evidence.country_mismatch;
    expect(mismatch?.kind === "country_mismatch" && mismatch.mismatched >= 0.2 * mismatch.clickSales && mismatch.countries!.some((c) => c.country === "VN" && c.clicks > 0)).toBe(true);
    // each day was judged once, as the schedule would have, so the maintenance pass does not judge them again
    expect(await prisma.fraudRun.count({ where: { workspaceId: demo.workspaceId } })).toBe(30);
  });

  it("keeps commissions as the pipeline leaves them: refunds reversed or offset, caps split and held, the paid payout", async () => {
    // a reversed commission belongs to a sale that has a refund pointing at it
    const reversedWithoutRefund = await one<{ n: string }>(
      `SELECT count(*) AS n FROM "Commission" m JOIN "Conversion" s ON s.id = m."conversionId"
       WHERE m."workspaceId" = $1 AND m.status = 'reversed'
         AND NOT EXISTS (SELECT 1 FROM "Conversion" r WHERE r."workspaceId" = s."workspaceId" AND r."saleId" = s.id AND r.event = 'refund')`,
      [demo.workspaceId],
    );
    expect(Number(reversedWithoutRefund.n)).toBe(0);
    // partial refunds leave the sale's commission and a negative line on the refund (reverse.ts)
    const partial = await one<{ n: string; wrong: string }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE m."amountMinor" >= 0 OR m.note NOT IN ('partial refund', 'clawback: refunded after payout')) AS wrong
         FROM "Commission" m JOIN "Conversion" r ON r.id = m."conversionId" WHERE m."workspaceId" = $1 AND r.event = 'refund'`,
      [demo.workspaceId],
    );
    expect(Number(partial.n)).toBeGreaterThan(0);
    expect(Number(partial.wrong)).toBe(0);
    // a capped campaign's base commissions stay within the cap per creator and month; the rest is held (plan.ts)
    const capped = await prisma.campaign.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, capPerCreatorMinor: { not: null } } });
    const over = await one<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT m."creatorId", date_trunc('month', v."occurredAt"), sum(m."amountMinor") AS base
         FROM "Commission" m JOIN "Conversion" v ON v.id = m."conversionId"
        WHERE m."workspaceId" = $1 AND m."campaignId" = $2 AND m.part = 'base' AND m.status NOT IN ('rejected', 'reversed') GROUP BY 1, 2) t WHERE base > $3`,
      [demo.workspaceId, capped.id, capped.capPerCreatorMinor],
    );
    expect(Number(over.n)).toBe(0);
    const held = await prisma.commission.findMany({ where: { workspaceId: demo.workspaceId, part: "excess" }, select: { status: true, creatorId: true } });
    const capItems = await prisma.reviewItem.findMany({ where: { workspaceId: demo.workspaceId, kind: "cap_reached" }, select: { creatorId: true } });
    expect(held.every((c) => c.status === "held" || c.status === "reversed")).toBe(true);
    expect(new Set(held.map((c) => c.creatorId))).toEqual(new Set(capItems.map((i) => i.creatorId)));
    const payout = await prisma.payout.findFirstOrThrow({ where: { workspaceId: demo.workspaceId }, include: { lines: true } });
    const paid = await prisma.commission.aggregate({ where: { workspaceId: demo.workspaceId, status: "paid" }, _sum: { amountMinor: true }, _count: true });
    expect(payout.status).toBe("paid");
    expect(payout.lines.length).toBe(paid._count);
    expect(payout.lines.reduce((s, l) => s + l.amountMinor, 0)).toBe(paid._sum.amountMinor);
  });

  it("rolls up to exactly the KPIs' SQL definitions over the raw tables, also after some days are recomputed", async () => {
    const f: ReportFilters = { from: "2025-11-01", to: "2026-11-30", preset: "custom", compare: "none" };
    const { rows } = await pool.query<{ timeZone: string }>(`SELECT "timeZone" FROM "Workspace" WHERE id = $1`, [demo.workspaceId]);
    const expected = await oracleKpis(demo.workspaceId, rows[0].timeZone, f, f);
    expect(expected.conversions).toBeGreaterThan(100);
    expect(await kpis(demo.workspaceId, f, f)).toEqual(expected);
    const some = await prisma.conversion.findMany({ where: { workspaceId: demo.workspaceId }, select: { id: true }, take: 50 });
    await refreshConversionDays(pool, demo.workspaceId, some.map((c) => c.id));
    expect(await kpis(demo.workspaceId, f, f)).toEqual(expected);
  });

  it("gives identical numbers when seeded again with the same now", async () => {
    const again = await seedDemo(prisma, pool, { now: NOW, ...copies[1] });
    expect(await fingerprint(again.workspaceId)).toEqual(await fingerprint(demo.workspaceId));
    expect(again.coupons.map((c) => c.code)).toEqual(demo.coupons.map((c) => c.code));
    expect(again.links[0].code).not.toBe(demo.links[0].code);
    // removing it (db:seed --force does) leaves none of the fraud pass's rows, or a reseed would find its days judged
    await removeDemo(prisma, copies[1]);
    const left = await one<{ n: string }>(
      `SELECT (SELECT count(*) FROM "FraudDay" WHERE "workspaceId" = $1) + (SELECT count(*) FROM "FraudRun" WHERE "workspaceId" = $1)
            + (SELECT count(*) FROM "ReviewHold" WHERE "workspaceId" = $1) AS n`,
      [again.workspaceId],
    );
    expect(Number(left.n)).toBe(0);
  }, 180_000);
});
