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
import { removeDemo, seedDemo, type DemoSummary } from "@/lib/seed/demo";

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
  it("makes the standout creator stand out by the planned margins", async () => {
    const standout = await prisma.creator.findFirstOrThrow({ where: { workspaceId: demo.workspaceId, name: demo.standoutCreator } });
    const her = await one<{ clicks: string; sales: string; aov: string; repeats: string }>(
      `SELECT (SELECT count(*) FROM "Click" WHERE "creatorId" = $1 AND NOT "isBot") AS clicks,
              count(*) AS sales, avg("amountMinor") AS aov, count(*) FILTER (WHERE NOT "isNewCustomer") AS repeats
       FROM "Conversion" WHERE "creatorId" = $1 AND event = 'sale' AND NOT "isTest"`,
      [standout.id],
    );
    const all = await one<{ aov: string }>(
      `SELECT avg("amountMinor") AS aov FROM "Conversion" WHERE "workspaceId" = $1 AND event = 'sale' AND NOT "isTest"`,
      [demo.workspaceId],
    );
    const rate = Number(her.sales) / Number(her.clicks);
    const lift = Number(her.aov) / Number(all.aov) - 1;
    const repeatShare = Number(her.repeats) / Number(her.sales);
    expect(rate).toBeGreaterThanOrEqual(0.043);
    expect(rate).toBeLessThanOrEqual(0.053);
    expect(lift).toBeGreaterThanOrEqual(0.13);
    expect(lift).toBeLessThanOrEqual(0.23);
    expect(repeatShare).toBeGreaterThanOrEqual(0.2);
    expect(repeatShare).toBeLessThanOrEqual(0.3);
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

  it("plants the three fraud patterns as open review items with evidence", async () => {
    const items = await prisma.reviewItem.findMany({ where: { workspaceId: demo.workspaceId }, orderBy: { kind: "asc" } });
    expect(items.map((i) => i.kind).sort()).toEqual(["click_spike", "country_mismatch", "low_conversion"]);
    expect(items.every((i) => i.status === "open" && i.creatorId)).toBe(true);
    expect(new Set(items.map((i) => i.dedupeKey)).size).toBe(3);
    const evidence = Object.fromEntries(items.map((i) => [i.kind, i.evidence as Record<string, number>]));
    expect(evidence.click_spike.ratio).toBeGreaterThan(7);
    expect(evidence.low_conversion.conversionRate).toBeLessThan(0.005);
    expect(evidence.country_mismatch.mismatchShare).toBeGreaterThan(0.5);
  });

  it("keeps commissions consistent with refunds and the paid payout", async () => {
    const reversedWithoutRefund = await one<{ n: string }>(
      `SELECT count(*) AS n FROM "Commission" m JOIN "Conversion" s ON s.id = m."conversionId"
       WHERE m."workspaceId" = $1 AND m.status = 'reversed'
         AND NOT EXISTS (SELECT 1 FROM "Conversion" r WHERE r."merchantId" = s."merchantId" AND r."orderId" = s."orderId" AND r.event = 'refund')`,
      [demo.workspaceId],
    );
    expect(Number(reversedWithoutRefund.n)).toBe(0);
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
  }, 180_000);
});
