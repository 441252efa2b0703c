// Campaigns, links and codes over real HTTP (the production server with the
// Next.js pages and APIs behind it), signed in as the roles that use them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, PLACEMENTS, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, startDoor, type CookieJar, type RunningDoor } from "../support/doors";
import { addMerchantKeys, placeClick, signedPost, type MerchantKeys } from "../support/postback";

const DAY = 86_400_000;
let ws: TestWorkspace;
let door: RunningDoor;
let keys: MerchantKeys;
let manager: CookieJar;
let analyst: CookieJar;
let alice: CookieJar;

beforeAll(async () => {
  ws = await createTestWorkspace();
  keys = await addMerchantKeys(ws.id, ws.merchantId);
  door = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  [manager, analyst, alice] = await Promise.all([ws.manager, ws.analyst, ws.creators[0]].map(async (u) => (await signIn(door.url, u.email, TEST_PASSWORD)).jar));
}, 120_000);
afterAll(async () => {
  await door?.stop();
  await prisma.reviewItem.deleteMany({ where: { workspaceId: ws.id } });
  await deleteTestWorkspace(ws);
});

/** The fields these tests read from the answers; each read is asserted, so a missing one fails the test. */
interface Answer {
  campaign: { id: string };
  link: { id: string; code: string };
  variants: { placement: string | null; url: string }[];
  coupon: { code: string };
  links: Record<string, unknown>[];
  coupons: Record<string, unknown>[];
  termsVersion: number;
  effectiveFrom: string;
  detail: string;
  errors: { path: string; message: string }[];
}

async function call(jar: CookieJar, method: string, path: string, body?: unknown) {
  const res = await fetch(`${door.url}${path}`, { method, redirect: "manual", headers: { cookie: jar.header(), origin: door.url, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  let json = {} as Answer;
  try { json = JSON.parse(text) as Answer; } catch { /* not JSON (an image) */ }
  return { status: res.status, json, text, type: res.headers.get("content-type") ?? "" };
}

const campaignBody = (tag: string, extra: Record<string, unknown> = {}) => ({
  name: `Spring ${tag}`, utmCampaign: `spring-${tag}`, merchantId: ws.merchantId, status: "active", startsAt: "2026-01-01", endsAt: null,
  attributionWindowDays: 30, commissionType: "percent", commissionBps: 1000, priority: "click", holdingDays: 30, ...extra,
});

describe("campaign terms are versioned: a change never rewrites the past", () => {
  it("pays an order before the change the old rate and one after it the new rate", async () => {
    const created = await call(manager, "POST", "/api/campaigns", campaignBody(`a${ws.tag}`));
    expect(created.status, created.text).toBe(201);
    const campaignId = created.json.campaign.id as string;
    const link = await call(manager, "POST", "/api/links", { creatorId: ws.creators[0].creatorId, campaignId, destinationUrl: "https://shop.example/spring" });
    expect(link.status, link.text).toBe(201);
    const clickAt = new Date(Date.now() - 2 * DAY);
    const clickRef = { linkId: link.json.link.id, creatorId: ws.creators[0].creatorId, campaignId };
    const beforeChange = new Date(Date.now() - DAY);

    const edit = await call(manager, "PUT", `/api/campaigns/${campaignId}`, campaignBody(`a${ws.tag}`, { commissionBps: 2000 }));
    expect(edit.status, edit.text).toBe(200);
    expect(edit.json.termsVersion).toBe(2);

    const order = async (occurredAt: Date) => {
      const clk = await placeClick(ws, clickRef, clickAt);
      const res = await signedPost(door.url, ws.merchantId, keys.current, { event: "sale", order_id: `o-${Math.random()}`, amount: 10_000, currency: "USD", click_id: clk, occurred_at: occurredAt.toISOString() });
      expect(res.status).toBe(201);
      return (await res.json()).commissions as { amountMinor: number }[];
    };
    expect(await order(beforeChange)).toEqual([expect.objectContaining({ amountMinor: 1_000 })]);
    expect(await order(new Date())).toEqual([expect.objectContaining({ amountMinor: 2_000 })]);

    const versions = await prisma.campaignTerms.findMany({ where: { workspaceId: ws.id, campaignId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => v.commissionBps)).toEqual([1000, 2000]);
    const log = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, entityId: campaignId }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["campaign.created", "campaign.updated", "campaign.terms_changed"]);
  });

  it("keeps a campaign made before versioning on its old terms for earlier orders after its first edit", async () => {
    const edit = await call(manager, "PUT", `/api/campaigns/${ws.campaignId}`, { ...campaignBody(`b${ws.tag}`), commissionType: "flat", commissionBps: null, commissionFlatMinor: 700 });
    expect(edit.status, edit.text).toBe(200);
    const versions = await prisma.campaignTerms.findMany({ where: { workspaceId: ws.id, campaignId: ws.campaignId }, orderBy: { version: "asc" } });
    expect(versions.map((v) => [v.version, v.commissionType, v.commissionBps, v.commissionFlatMinor])).toEqual([[1, "percent", 1000, null], [2, "flat", null, 700]]);
  });

  it("refuses terms that would start in the past, naming the field, and writes nothing", async () => {
    const created = await call(manager, "POST", "/api/campaigns", campaignBody(`c${ws.tag}`));
    const id = created.json.campaign.id as string;
    const res = await call(manager, "PUT", `/api/campaigns/${id}`, { ...campaignBody(`c${ws.tag}`, { commissionBps: 3000 }), effectiveFrom: new Date(Date.now() - 3_600_000).toISOString() });
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e: { path: string }) => e.path)).toEqual(["effectiveFrom"]);
    expect(await prisma.campaignTerms.count({ where: { workspaceId: ws.id, campaignId: id } })).toBe(1);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id } })).commissionBps).toBe(1000);
  });

  it("schedules a change for later: orders until then keep today's terms", async () => {
    const created = await call(manager, "POST", "/api/campaigns", campaignBody(`g${ws.tag}`));
    const id = created.json.campaign.id as string;
    const from = new Date(Date.now() + DAY);
    const res = await call(manager, "PUT", `/api/campaigns/${id}`, { ...campaignBody(`g${ws.tag}`, { commissionBps: 2500 }), effectiveFrom: from.toISOString() });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ termsVersion: 2, effectiveFrom: from.toISOString() });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id } })).commissionBps).toBe(1000);
    const link = await call(manager, "POST", "/api/links", { creatorId: ws.creators[1].creatorId, campaignId: id, destinationUrl: "https://shop.example/later" });
    const clk = await placeClick(ws, { linkId: link.json.link.id, creatorId: ws.creators[1].creatorId, campaignId: id }, new Date(Date.now() - DAY));
    const order = await signedPost(door.url, ws.merchantId, keys.current, { event: "sale", order_id: `o-${Math.random()}`, amount: 10_000, currency: "USD", click_id: clk });
    expect((await order.json()).commissions).toEqual([expect.objectContaining({ amountMinor: 1_000 })]);
  });

  it("validates the campaign at the boundary: slug, rule fields, ascending tiers", async () => {
    const res = await call(manager, "POST", "/api/campaigns", campaignBody(`d${ws.tag}`, { utmCampaign: "Spring Launch", commissionType: "tiered", commissionBps: null, commissionTiers: [{ fromMinor: 5000, bps: 1000 }, { fromMinor: 1000, bps: 2000 }] }));
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e: { path: string }) => e.path).sort()).toEqual(["commissionTiers.1.fromMinor", "utmCampaign"]);
    const dup = await call(manager, "POST", "/api/campaigns", campaignBody(`a${ws.tag}`));
    expect(dup.status).toBe(409);
    expect(dup.json.errors[0]).toMatchObject({ path: "utmCampaign", message: expect.stringContaining(`Spring a${ws.tag}`) });
  });
});

describe("links and coupon codes", () => {
  it("makes a link with a variant for every placement of the taxonomy, once per creator and campaign", async () => {
    const created = await call(manager, "POST", "/api/campaigns", campaignBody(`e${ws.tag}`));
    const campaignId = created.json.campaign.id as string;
    const res = await call(manager, "POST", "/api/links", { creatorId: ws.creators[1].creatorId, campaignId, destinationUrl: "https://shop.example/" });
    expect(res.status, res.text).toBe(201);
    const code = res.json.link.code as string;
    expect(res.json.variants.map((v: { placement: string | null }) => v.placement)).toEqual([null, ...[...PLACEMENTS].sort()]);
    expect(res.json.variants[1].url).toBe(`${door.url}/r/${code}/${[...PLACEMENTS].sort()[0]}`);
    const again = await call(manager, "POST", "/api/links", { creatorId: ws.creators[1].creatorId, campaignId, destinationUrl: "https://shop.example/" });
    expect(again.status).toBe(409);
    expect(again.json.detail).toContain(`/r/${code}`);
  });

  it("lists links and codes with their public fields only", async () => {
    const list = await call(manager, "GET", "/api/links");
    expect(list.status).toBe(200);
    expect(Object.keys(list.json.links[0]).sort()).toEqual(["campaign", "campaignId", "code", "createdAt", "creator", "creatorId", "destinationUrl", "disabledAt", "id"]);
    expect(Object.keys(list.json.coupons[0]).sort()).toEqual(["campaign", "campaignId", "code", "createdAt", "creator", "creatorId", "disabledAt", "id"]);
  });

  it("keeps coupon codes unique without regard to case, naming whose code it is", async () => {
    const first = await call(manager, "POST", "/api/coupons", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, code: `mia${ws.tag}` });
    expect(first.status, first.text).toBe(201);
    expect(first.json.coupon.code).toBe(`MIA${ws.tag.toUpperCase()}`);
    const clash = await call(manager, "POST", "/api/coupons", { creatorId: ws.creators[1].creatorId, campaignId: ws.campaignId, code: `Mia${ws.tag}` });
    expect(clash.status).toBe(409);
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: ws.campaignId } });
    expect(clash.json.errors[0]).toEqual({ path: "code", message: `MIA${ws.tag.toUpperCase()} is already ${ws.creators[0].name}'s code for ${campaign.name}.` });
  });

  it("lets exactly one of two concurrent creations of the same code win", async () => {
    const code = `race${ws.tag}`;
    const results = await Promise.all([
      call(manager, "POST", "/api/coupons", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, code }),
      call(manager, "POST", "/api/coupons", { creatorId: ws.creators[1].creatorId, campaignId: ws.campaignId, code: code.toUpperCase() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await prisma.couponCode.count({ where: { workspaceId: ws.id, code: code.toUpperCase() } })).toBe(1);
  });

  it("makes codes from a pattern, and says what is wrong with a bad one", async () => {
    const made = await call(manager, "POST", "/api/coupons", { creatorId: ws.creators[1].creatorId, campaignId: ws.campaignId, pattern: "{FIRST}{DISCOUNT}", discount: 15 });
    expect(made.status, made.text).toBe(201);
    expect(made.json.coupon.code).toBe("CREATORBOB15") // "Creator-bob …": the first word, in ASCII capitals;
    const noDiscount = await call(manager, "POST", "/api/coupons", { creatorId: ws.creators[1].creatorId, campaignId: ws.campaignId, pattern: "{FIRST}{DISCOUNT}" });
    expect(noDiscount.status).toBe(422);
    expect(noDiscount.json.errors[0].path).toBe("discount");
  });
});

describe("who may do what", () => {
  it("refuses an analyst every write, changing nothing", async () => {
    const before = await prisma.campaign.count({ where: { workspaceId: ws.id } });
    expect((await call(analyst, "POST", "/api/campaigns", campaignBody(`f${ws.tag}`))).status).toBe(403);
    expect((await call(analyst, "PUT", `/api/campaigns/${ws.campaignId}`, campaignBody(`f${ws.tag}`))).status).toBe(403);
    expect((await call(analyst, "POST", "/api/links", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, destinationUrl: "https://shop.example/" })).status).toBe(403);
    expect((await call(analyst, "POST", "/api/coupons", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, code: "ANALYST1" })).status).toBe(403);
    expect(await prisma.campaign.count({ where: { workspaceId: ws.id } })).toBe(before);
    expect(await prisma.couponCode.count({ where: { workspaceId: ws.id, code: "ANALYST1" } })).toBe(0);
  });

  it("gives a creator the QR codes of their own links only", async () => {
    const own = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[0].linkCode } });
    const other = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[1].linkCode } });
    const svg = await call(alice, "GET", `/api/qr/mine/${own.id}?placement=story&format=svg`);
    expect(svg.status).toBe(200);
    expect(svg.type).toBe("image/svg+xml");
    expect(svg.text).toContain("<svg");
    const png = await fetch(`${door.url}/api/qr/mine/${own.id}?format=png`, { headers: { cookie: alice.header() } });
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await png.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
    expect((await call(alice, "GET", `/api/qr/mine/${other.id}?format=svg`)).status).toBe(404);
    expect((await call(alice, "GET", `/api/qr/${other.id}?format=svg`)).status).toBe(403);
    expect((await call(alice, "GET", `/api/qr/${own.id}?format=svg`)).status).toBe(403);
    expect((await call(alice, "GET", "/api/links")).status).toBe(403);
    expect((await call(alice, "PATCH", `/api/links/${other.id}`, { disabled: true })).status).toBe(403);
    expect((await call(alice, "POST", "/api/coupons", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, code: "SELFMADE" })).status).toBe(403);
    expect((await call(manager, "GET", `/api/qr/${other.id}?placement=nosuch`)).status).toBe(422);
  });
});
