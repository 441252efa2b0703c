// The UTM playbook against the test database: every linter rule flags what
// breaks it, a one-click fix clears it (audited), the builder only makes
// conforming URLs and names the rule when it refuses, and the convention and
// taxonomy validate what owners type.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { buildUrl } from "@/lib/utm/build";
import { saveConvention } from "@/lib/utm/convention";
import { applyFix } from "@/lib/utm/fix";
import { lintWorkspace } from "@/lib/utm/lint";
import { createPlacement, removePlacement, renamePlacement } from "@/lib/utm/placements";
import { buildSchema, conventionSchema, createPlacementSchema } from "@/lib/utm/schema";
import { actorsOf, refusal } from "../support/actors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { placeClick } from "../support/postback";

const ORIGIN = "https://ledger.example";
let ws: TestWorkspace;
let owner: AuthContext;
const DEFAULT_CONVENTION = { allowedSources: ["{creator}"], allowedMediums: ["influencer", "affiliate", "social"], utmSource: "{creator}", utmMedium: "influencer", campaignPattern: "^[a-z0-9]+(-[a-z0-9]+)*$", utmTerm: null, termNote: null };

beforeAll(async () => {
  ws = await createTestWorkspace();
  ({ owner } = await actorsOf(ws));
});
afterAll(async () => deleteTestWorkspace(ws));

const issuesFor = async (subjectId: string) => (await lintWorkspace(ws.id)).filter((i) => i.subjectId === subjectId);
async function campaign(utmCampaign: string) {
  const id = newId("cmp");
  await prisma.campaign.create({ data: { id, workspaceId: ws.id, name: `C ${utmCampaign}`, utmCampaign, startsAt: new Date(), commissionType: "percent", commissionBps: 1000, currency: "USD" } });
  return id;
}

describe("linter rules and fixes", () => {
  it("a clean workspace has no issues", async () => {
    expect(await lintWorkspace(ws.id)).toEqual([]);
  });

  it("lowercase: flags a campaign value with capitals; the fix lowercases it and is audited", async () => {
    const id = await campaign(`Spring-${ws.tag}`);
    const [issue] = await issuesFor(id);
    expect(issue).toMatchObject({ rule: "lowercase", subjectType: "campaign", value: `Spring-${ws.tag}`, fix: { to: `spring-${ws.tag}` } });
    const fixed = await applyFix(owner, { rule: "lowercase", subjectId: id });
    expect(fixed.after).toBe(`spring-${ws.tag}`);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id } })).utmCampaign).toBe(`spring-${ws.tag}`);
    expect(await issuesFor(id)).toEqual([]);
    const row = await prisma.auditLog.findFirst({ where: { workspaceId: ws.id, action: "utm.lint_fixed", entityId: id } });
    expect(row?.before).toMatchObject({ rule: "lowercase", value: `Spring-${ws.tag}` });
    // the same fix again: nothing left to fix
    expect((await refusal(applyFix(owner, { rule: "lowercase", subjectId: id }))).status).toBe(404);
  });

  it("lowercase: no fix offered when the lowercased value belongs to another campaign", async () => {
    await campaign(`taken-${ws.tag}`);
    const id = await campaign(`TAKEN-${ws.tag}`);
    const [issue] = await issuesFor(id);
    expect(issue.rule).toBe("lowercase");
    expect(issue.fix).toBeNull();
    expect((await refusal(applyFix(owner, { rule: "lowercase", subjectId: id }))).status).toBe(422);
    await prisma.campaign.delete({ where: { id } });
  });

  it("campaign-pattern: flags spaces and underscores; the fix makes a slug", async () => {
    const id = await campaign(`summer_sale ${ws.tag}`);
    const [issue] = await issuesFor(id);
    expect(issue).toMatchObject({ rule: "campaign-pattern", fix: { to: `summer-sale-${ws.tag}` } });
    await applyFix(owner, { rule: "campaign-pattern", subjectId: id });
    expect(await issuesFor(id)).toEqual([]);
  });

  it("placement-key: flags a key with capitals (no sub-ID can match it) and the fix lowercases it", async () => {
    const id = newId("plc");
    await prisma.placement.create({ data: { id, workspaceId: ws.id, key: "Podcast", label: "Podcast" } });
    const [issue] = await issuesFor(id);
    expect(issue).toMatchObject({ rule: "placement-key", fix: { to: "podcast" } });
    await applyFix(owner, { rule: "placement-key", subjectId: id });
    expect((await prisma.placement.findUniqueOrThrow({ where: { id } })).key).toBe("podcast");
    await prisma.placement.delete({ where: { id } });
  });

  it("destination-no-utm and destination-allowed: flags a link's own utm_* (fixable) and an off-list host (by hand)", async () => {
    const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[1].linkCode } });
    await prisma.trackingLink.update({ where: { id: link.id }, data: { destinationUrl: "https://shop.example/p/2?utm_source=ig&size=m" } });
    const [utm] = await issuesFor(link.id);
    expect(utm).toMatchObject({ rule: "destination-no-utm", fix: { to: "https://shop.example/p/2?size=m" } });
    await applyFix(owner, { rule: "destination-no-utm", subjectId: link.id });
    expect((await prisma.trackingLink.findUniqueOrThrow({ where: { id: link.id } })).destinationUrl).toBe("https://shop.example/p/2?size=m");

    await prisma.trackingLink.update({ where: { id: link.id }, data: { destinationUrl: "https://elsewhere.example/p" } });
    const [off] = await issuesFor(link.id);
    expect(off).toMatchObject({ rule: "destination-allowed", fix: null });
    await prisma.trackingLink.update({ where: { id: link.id }, data: { destinationUrl: link.destinationUrl } });
  });

  it("source-allowed, medium-allowed, content-is-placement: convention settings off the lists", async () => {
    await prisma.workspace.update({ where: { id: ws.id }, data: { utmSource: "instagram", utmMedium: "Influencer", utmContent: "{creator}" } });
    const rules = (await issuesFor("utmSource")).concat(await issuesFor("utmMedium"), await issuesFor("utmContent")).map((i) => [i.rule, i.fix?.to ?? null]);
    expect(rules).toEqual([["source-allowed", null], ["lowercase", "influencer"], ["content-is-placement", "{placement}"]]);
    await applyFix(owner, { rule: "lowercase", subjectId: "utmMedium" });
    await applyFix(owner, { rule: "content-is-placement", subjectId: "utmContent" });
    await prisma.workspace.update({ where: { id: ws.id }, data: { utmSource: "{creator}" } });
    expect(await lintWorkspace(ws.id)).toEqual([]);
  });

  it("an unknown rule is a 422 naming the field", async () => {
    const e = await refusal(applyFix(owner, { rule: "nope", subjectId: "x" }));
    expect(e.status).toBe(422);
    expect(e.extra.errors?.[0].path).toBe("rule");
  });
});

describe("builder", () => {
  const code = () => ws.creators[0].linkCode;

  it("makes a tracking link /r/{code}/{placement}", async () => {
    const built = await buildUrl(ws.id, { kind: "tracking", code: code(), placement: "story" }, ORIGIN);
    expect(built.url).toBe(`${ORIGIN}/r/${code()}/story`);
  });

  it("makes a direct UTM URL with exactly the UTMs a click would get, and no click id", async () => {
    const built = await buildUrl(ws.id, { kind: "direct", code: code(), placement: "bio" }, ORIGIN);
    const url = new URL(built.url);
    expect(url.origin + url.pathname).toBe("https://shop.example/p/1");
    expect(Object.fromEntries(url.searchParams)).toEqual({ color: "red", utm_source: "creator-alice-" + ws.tag, utm_medium: "influencer", utm_campaign: `launch-${ws.tag}`, utm_content: "bio" });
  });

  it("refuses a placement outside the taxonomy, naming the rule", async () => {
    const e = await refusal(buildUrl(ws.id, { kind: "tracking", code: code(), placement: "billboard" }, ORIGIN));
    expect(e.status).toBe(422);
    expect(e.extra.errors).toContainEqual({ path: "placement", message: expect.stringContaining("content-is-placement") });
  });

  it("refuses a direct URL off the allow-list or carrying its own utm_*, naming the rule", async () => {
    const off = await refusal(buildUrl(ws.id, { kind: "direct", code: code(), placement: "bio", destinationUrl: "https://evil.example/" }, ORIGIN));
    expect(off.extra.errors?.[0]).toMatchObject({ path: "destinationUrl", message: expect.stringContaining("destination-allowed") });
    const utm = await refusal(buildUrl(ws.id, { kind: "direct", code: code(), placement: "bio", destinationUrl: "https://shop.example/x?utm_source=me" }, ORIGIN));
    expect(utm.extra.errors?.[0].message).toContain("destination-no-utm");
  });

  it("refuses a link whose campaign value breaks the convention until the linter fixes it", async () => {
    await prisma.campaign.update({ where: { id: ws.campaignId }, data: { utmCampaign: `Launch-${ws.tag}` } });
    const e = await refusal(buildUrl(ws.id, { kind: "tracking", code: code(), placement: "story" }, ORIGIN));
    expect(e.extra.errors?.[0].message).toContain("lowercase");
    await applyFix(owner, { rule: "lowercase", subjectId: ws.campaignId });
    expect((await buildUrl(ws.id, { kind: "tracking", code: code(), placement: "story" }, ORIGIN)).url).toContain("/story");
  });

  it("the request schema refuses unknown fields", () => {
    expect(buildSchema.safeParse({ kind: "tracking", code: "a", placement: "story", utm_source: "x" }).success).toBe(false);
  });
});

describe("convention and taxonomy", () => {
  it("saves a valid convention (audited); utm_content stays the placement", async () => {
    const saved = await saveConvention(owner, conventionSchema.parse({ ...DEFAULT_CONVENTION, allowedMediums: ["influencer", "paid-social"], utmMedium: "paid-social", utmTerm: "{placement}-{campaign}" }));
    expect(saved).toMatchObject({ utmMedium: "paid-social", utmContent: "{placement}", utmTerm: "{placement}-{campaign}" });
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, action: "utm.convention_saved" } })).toBe(1);
    await saveConvention(owner, conventionSchema.parse(DEFAULT_CONVENTION));
  });

  it("refuses a medium off its own list, capitals, and a broken or unanchored pattern, naming each field", () => {
    const r = conventionSchema.safeParse({ ...DEFAULT_CONVENTION, utmMedium: "tv", allowedSources: ["Instagram"], campaignPattern: "[a-z" });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["allowedSources.0", "campaignPattern", "utmMedium"]));
    expect(conventionSchema.safeParse({ ...DEFAULT_CONVENTION, campaignPattern: "[a-z]+" }).error?.issues[0].message).toContain("Anchor");
  });

  it("a catastrophic pattern cannot hang the linter: the value is flagged, not matched forever", async () => {
    await prisma.workspace.update({ where: { id: ws.id }, data: { utmCampaignPattern: "^(a+)+$" } });
    const id = await campaign(`${"a".repeat(40)}-`);
    try {
      expect((await issuesFor(id)).map((i) => i.rule)).toEqual(["campaign-pattern"]);
    } finally {
      await prisma.workspace.update({ where: { id: ws.id }, data: { utmCampaignPattern: DEFAULT_CONVENTION.campaignPattern } });
      await prisma.campaign.delete({ where: { id } });
    }
  });

  it("placement keys are lowercase, unique per workspace, and 'none' is reserved", async () => {
    expect(createPlacementSchema.safeParse({ key: "Podcast", label: "Podcast" }).success).toBe(false);
    expect(createPlacementSchema.safeParse({ key: "none", label: "None" }).success).toBe(false);
    const p = await createPlacement(owner, { key: "podcast", label: "Podcast" });
    const dup = await createPlacement(owner, { key: "podcast", label: "Again" }).then(() => null, (e: unknown) => e);
    expect((dup as { code?: string }).code).toBe("P2002");
    expect((await renamePlacement(owner, p.id, { label: "Podcast ad" })).label).toBe("Podcast ad");
    expect((await removePlacement(owner, p.id, { confirm: false })).removed).toBe(true);
  });

  it("removing a placement recent clicks use is refused unless confirmed, and says how many", async () => {
    const p = await createPlacement(owner, { key: "qr", label: "QR code" });
    const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: ws.creators[0].linkCode } });
    await placeClick(ws, { linkId: link.id, creatorId: link.creatorId, campaignId: link.campaignId }, new Date(), { placement: "qr" });
    const e = await refusal(removePlacement(owner, p.id, { confirm: false }));
    expect(e.status).toBe(409);
    expect(e.message).toContain("1 click(s)");
    expect(await prisma.placement.count({ where: { id: p.id } })).toBe(1);
    expect((await removePlacement(owner, p.id, { confirm: true })).recentClicks).toBe(1);
    expect((await refusal(removePlacement(owner, (await prisma.placement.findFirstOrThrow({ where: { workspaceId: ws.id, key: "other" } })).id, { confirm: true }))).status).toBe(409);
  });
});

