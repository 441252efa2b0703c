// A random workspace for the analytics property test: clicks (bots, repeats
// within seconds, returning visitors, countries, devices, placements),
// conversions (credited by click or coupon, crediting nobody, tests, partial
// refunds and cancels on later days, repeat customers), commission lines in
// every status, and content posts with impressions. Drawn by fast-check, so a
// failure shrinks to a small workspace; written with one json_populate_recordset
// statement per table.
import fc from "fast-check";
import { pool } from "@/lib/db/pool";
import { newId } from "@/lib/ids";

// the span straddles the end of US daylight saving time (2026-11-01) so day boundaries move,
// and holds a whole month
export const SPAN_START = Date.parse("2026-10-20T00:00:00Z");
export const SPAN_DAYS = 45; // covers all of November: whole months are read from the monthly rollup rows
const MIN = 60_000;

export const TIME_ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"] as const;
export const COUNTRIES = ["US", "DE", "IN"] as const;
export const DEVICES = ["mobile", "desktop", "tablet", "other", "bot"] as const;
export const PLACEMENTS = ["story", "post", "bio"] as const;
const STATUSES = ["pending", "held", "approved", "paid", "rejected", "reversed"] as const;

const at = fc.integer({ min: 0, max: SPAN_DAYS * 1440 - 1 }).map((m) => SPAN_START + m * MIN);

const clickDraw = fc.record({
  link: fc.nat(5),
  placement: fc.constantFrom(...PLACEMENTS),
  visitor: fc.nat(3),
  at,
  // a burst: the same visitor again within seconds (a repeat), or a minute later (valid again)
  again: fc.constantFrom(null, null, 0, 20, 59, 61, 3600),
  country: fc.option(fc.constantFrom(...COUNTRIES), { freq: 4 }),
  device: fc.constantFrom(...DEVICES),
  againDevice: fc.constantFrom(...DEVICES),
});

const saleDraw = fc.record({
  method: fc.constantFrom("click", "click", "coupon", "none"),
  click: fc.nat(1000),
  link: fc.nat(5),
  amount: fc.integer({ min: 0, max: 50_000 }),
  customer: fc.option(fc.nat(40), { freq: 5 }),
  country: fc.option(fc.constantFrom(...COUNTRIES), { freq: 3 }),
  delayMin: fc.integer({ min: 0, max: 5 * 1440 }),
  at,
  isTest: fc.nat(9).map((n) => n < 2),
  commission: fc.record({ amount: fc.integer({ min: 0, max: 5000 }), status: fc.constantFrom(...STATUSES), excess: fc.option(fc.constantFrom(...STATUSES)), isTest: fc.boolean() }),
  // the same customer again, crediting nobody, around the repeat and LTV windows' edges
  followUpMin: fc.option(fc.constantFrom(30 * 1440 - 1, 30 * 1440, 30 * 1440 + 1, 90 * 1440 - 1, 90 * 1440, 90 * 1440 + 1, 180 * 1440, 180 * 1440 + 1, 45 * 1440), { freq: 3 }),
  refund: fc.option(fc.record({ kind: fc.constantFrom("refund", "cancel"), share: fc.integer({ min: 1, max: 100 }), afterMin: fc.integer({ min: 0, max: 4 * 1440 }), status: fc.constantFrom(...STATUSES) }), { freq: 3 }),
});

// a fixed fee or gifted product on a calendar day (costs are dated by day, not instant)
const costDraw = fc.record({ creator: fc.nat(2), campaign: fc.nat(1), day: fc.nat(SPAN_DAYS - 1), amount: fc.integer({ min: 0, max: 100_000 }), kind: fc.constantFrom("fixed_fee", "gifted_product") });

const postDraw = fc.record({ link: fc.nat(5), placement: fc.constantFrom(...PLACEMENTS), at, impressions: fc.integer({ min: 0, max: 100_000 }) });

export const scenarioArb = fc.record({
  timeZone: fc.constantFrom(...TIME_ZONES),
  clicks: fc.array(clickDraw, { minLength: 10, maxLength: 150, size: "max" }),
  sales: fc.array(saleDraw, { minLength: 3, maxLength: 60, size: "max" }),
  // a few posts, or most of the 18 segments posted (CTR then subtracts the unposted ones: query.ts);
  // one post per segment and minute, as ContentPost's unique key allows (fast-check favours edge values)
  posts: fc.oneof(...[{ maxLength: 6 }, { minLength: 14, maxLength: 30 }].map((n) => fc.uniqueArray(postDraw, { ...n, size: "max", selector: (p) => `${p.link} ${p.placement} ${p.at}` }))),
  costs: fc.array(costDraw, { maxLength: 6, size: "max" }),
});
export type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

export interface AnalyticsWorkspace {
  id: string;
  timeZone: string;
  creatorIds: string[];
  campaignIds: string[];
}

type Row = Record<string, unknown>;
interface ClickRow extends Row {
  id: string;
  linkId: string;
  creatorId: string;
  campaignId: string;
  placement: string;
  occurredAt: string;
}
// the columns the rows name; the rest take their defaults (Click.seq: the arrival order)
const insert = (table: string, rows: Row[]) => {
  if (rows.length === 0) return undefined;
  const cols = Object.keys(rows[0]).map((c) => `"${c}"`).join(", ");
  return pool.query(`INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM json_populate_recordset(null::"${table}", $1::json)`, [JSON.stringify(rows)]);
};
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Writes the scenario as a new workspace: 3 creators × 2 campaigns, 6 links.
 * `between` runs after the first half of the clicks is written (the analytics
 * pass, so the second half arrives late, some of it earlier in time).
 */
const utcDayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export async function writeScenario(s: Scenario, between: (workspaceId: string) => Promise<unknown> = async () => undefined): Promise<AnalyticsWorkspace> {
  const id = newId("ws");
  await pool.query(`INSERT INTO "Workspace" (id, name, slug, "timeZone") VALUES ($1, 'Analytics property', $1, $2)`, [id, s.timeZone]);
  const creatorIds = [0, 1, 2].map(() => newId("cr"));
  const campaignIds = [0, 1].map(() => newId("cmp"));
  const merchantId = newId("mer");
  await pool.query(`INSERT INTO "Merchant" (id, "workspaceId", name, currency, "allowedDomains", "pixelKey", "pixelAllowedOrigins") VALUES ($1, $2, 'Store', 'USD', '{shop.example}', $1, '{}')`, [merchantId, id]);
  for (const [i, cr] of creatorIds.entries()) await pool.query(`INSERT INTO "Creator" (id, "workspaceId", name, email, "updatedAt") VALUES ($1, $2, $3, $4, now())`, [cr, id, `Creator ${i}`, `c${i}-${id}@example.test`]);
  for (const [i, cm] of campaignIds.entries())
    await pool.query(`INSERT INTO "Campaign" (id, "workspaceId", name, "utmCampaign", "startsAt", "commissionType", "commissionBps", currency, "updatedAt") VALUES ($1, $2, $3, $3, now(), 'percent', 1000, 'USD', now())`, [cm, id, `campaign-${i}`]);
  const links = [0, 1, 2, 3, 4, 5].map((i) => ({ id: newId("lnk"), creatorId: creatorIds[i % 3], campaignId: campaignIds[i % 2] }));
  await insert(
    "TrackingLink",
    links.map((l) => ({ ...l, workspaceId: id, code: l.id, merchantId, destinationUrl: "https://shop.example/", createdAt: iso(SPAN_START), updatedAt: iso(SPAN_START) })),
  );

  const clicks: ClickRow[] = [];
  const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const click = (d: Scenario["clicks"][number], ms: number) => {
    const l = links[d.link];
    // the IP hash is salted per UTC day: the same visitor has another hash tomorrow
    clicks.push({ id: newId("lnk").replace("lnk", "clk"), workspaceId: id, linkId: l.id, creatorId: l.creatorId, campaignId: l.campaignId, placement: d.placement, occurredAt: iso(ms), country: d.country, device: d.device, isBot: d.device === "bot", ipHash: `v${d.visitor}-${utcDay(ms)}` });
  };
  for (const d of s.clicks) {
    click(d, d.at);
    if (d.again !== null) click({ ...d, device: d.againDevice }, d.at + d.again * 1000);
  }
  const half = Math.floor(clicks.length / 2);
  await insert("Click", clicks.slice(0, half));
  await between(id);
  await insert("Click", clicks.slice(half));

  const conversions: Row[] = [];
  const commissions: Row[] = [];
  const commission = (conversionId: string, creatorId: string, campaignId: string, part: string, amount: number, status: string, isTest: boolean) =>
    commissions.push({ id: newId("com"), workspaceId: id, conversionId, part, creatorId, campaignId, amountMinor: amount, currency: "USD", status, isTest, holdUntil: iso(SPAN_START), createdAt: iso(SPAN_START), updatedAt: iso(SPAN_START) });
  for (const [n, d] of s.sales.entries()) {
    const k = d.method === "click" && clicks.length ? clicks[d.click % clicks.length] : null;
    const l = links[d.link];
    const credit = k ? { creatorId: k.creatorId, campaignId: k.campaignId, linkId: k.linkId, placement: k.placement } : d.method === "coupon" ? { creatorId: l.creatorId, campaignId: l.campaignId, linkId: null, placement: null } : { creatorId: null, campaignId: null, linkId: null, placement: null };
    const method = k ? "click" : d.method === "coupon" ? "coupon" : "none";
    const occurredAt = k ? Date.parse(String(k.occurredAt)) + d.delayMin * MIN : d.at;
    const sale = {
      id: newId("cnv"), workspaceId: id, merchantId, orderId: `o${n}`, event: "sale", amountMinor: d.amount, currency: "USD", clickId: k?.id ?? null, couponCode: null,
      customerHash: d.customer === null ? null : `cust${d.customer}`, orderCountry: d.country, occurredAt: iso(occurredAt), receivedAt: iso(occurredAt), isTest: d.isTest,
      attributionMethod: method, attributionReason: "property test", ...credit, isNewCustomer: null, channel: "post", history: [], saleId: null,
    };
    conversions.push(sale);
    if (credit.creatorId && credit.campaignId) {
      commission(sale.id, credit.creatorId, credit.campaignId, "base", d.commission.amount, d.commission.status, d.commission.isTest || d.isTest);
      if (d.commission.excess) commission(sale.id, credit.creatorId, credit.campaignId, "excess", Math.floor(d.commission.amount / 3), d.commission.excess, d.isTest);
    }
    if (d.followUpMin !== null && sale.customerHash) {
      const at = iso(occurredAt + d.followUpMin * MIN);
      conversions.push({ ...sale, id: newId("cnv"), orderId: `o${n}-again`, amountMinor: d.amount + 1, occurredAt: at, receivedAt: at, clickId: null, attributionMethod: "none", creatorId: null, campaignId: null, linkId: null, placement: null });
    }
    if (d.refund) {
      const amount = Math.floor((d.amount * d.refund.share) / 100);
      const refund = { ...sale, id: newId("cnv"), event: d.refund.kind, amountMinor: amount, orderCountry: null, clickId: null, customerHash: null, occurredAt: iso(occurredAt + d.refund.afterMin * MIN), saleId: sale.id };
      conversions.push(refund);
      if (credit.creatorId && credit.campaignId) commission(refund.id, credit.creatorId, credit.campaignId, "base", -Math.floor(d.commission.amount / 2), d.refund.status, d.isTest);
    }
  }
  await insert("Conversion", conversions);
  // accepted postback log lines: how the analytics pass finds new conversions
  await insert(
    "PostbackLog",
    conversions.map((c) => ({ id: newId("pbl"), workspaceId: id, merchantId, channel: "post", receivedAt: new Date().toISOString(), httpStatus: 201, verdict: "accepted", reason: "accepted", conversionId: c.id, isTest: c.isTest })),
  );
  await insert("Commission", commissions);
  await insert(
    "ContentPost",
    s.posts.map((p) => ({ id: newId("post"), workspaceId: id, creatorId: links[p.link].creatorId, campaignId: links[p.link].campaignId, placement: p.placement, url: null, postedAt: iso(p.at), impressions: p.impressions })),
  );
  await insert(
    "CreatorCost",
    s.costs.map((c) => ({ id: newId("cost"), workspaceId: id, creatorId: creatorIds[c.creator], campaignId: campaignIds[c.campaign], kind: c.kind, amountMinor: c.amount, currency: "USD", incurredOn: utcDayOf(SPAN_START + c.day * 1440 * MIN) })),
  );
  return { id, timeZone: s.timeZone, creatorIds, campaignIds };
}

export async function deleteScenario(ws: AnalyticsWorkspace): Promise<void> {
  for (const table of ["CreatorCost", "Click", "Commission", "Conversion", "PostbackLog", "ClickRollup", "ClickRollupWeekly", "ClickRollupJournal", "ClickSegment", "OrderRollup", "OrderRollupWeekly"]) await pool.query(`DELETE FROM "${table}" WHERE "workspaceId" = $1`, [ws.id]);
  await pool.query(`DELETE FROM "Workspace" WHERE id = $1`, [ws.id]);
}
