// Who may do what on the playbook, the instruction sheets and merchant setup,
// over real HTTP with real sessions: the convention and taxonomy are the
// owner's (a manager is refused), a linter fix is an owner's or a manager's,
// the sandbox tester is never an analyst's or a creator's, and a creator sees
// only their own sheet.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, startDoor, type CookieJar, type RunningDoor } from "../support/doors";

let ws: TestWorkspace;
let door: RunningDoor;
const jars: Record<"owner" | "manager" | "analyst" | "alice" | "bob", CookieJar> = {} as never;

beforeAll(async () => {
  ws = await createTestWorkspace();
  door = await startDoor("fast", { FAST_DOORS_ONLY: "0", ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? "playbook-access-test-key" });
  for (const [k, u] of [["owner", ws.owner], ["manager", ws.manager], ["analyst", ws.analyst], ["alice", ws.creators[0]], ["bob", ws.creators[1]]] as const) jars[k] = (await signIn(door.url, u.email, TEST_PASSWORD)).jar;
}, 120_000);
afterAll(async () => {
  await door?.stop();
  await deleteTestWorkspace(ws);
});

const CONVENTION = { allowedSources: ["{creator}"], allowedMediums: ["influencer"], utmSource: "{creator}", utmMedium: "influencer", campaignPattern: "^[a-z0-9-]+$", utmTerm: null, termNote: null };
const call = (who: keyof typeof jars, method: string, path: string, body?: object) =>
  fetch(`${door.url}${path}`, { method, redirect: "manual", headers: { cookie: jars[who].header(), origin: door.url, "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined }).then(async (r) => ({ status: r.status, text: await r.text() }));
const convention = async () => (await prisma.workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { utmAllowedMediums: true } })).utmAllowedMediums;

describe("the playbook", () => {
  it("only an owner edits the convention and the taxonomy; a manager is refused and nothing changes", async () => {
    const before = await convention();
    expect((await call("manager", "PUT", "/api/utm/convention", CONVENTION)).status).toBe(403);
    expect((await call("analyst", "PUT", "/api/utm/convention", CONVENTION)).status).toBe(403);
    expect((await call("alice", "PUT", "/api/utm/convention", CONVENTION)).status).toBe(403);
    expect(await convention()).toEqual(before);
    expect((await call("manager", "POST", "/api/placements", { key: "podcast", label: "Podcast" })).status).toBe(403);
    expect(await prisma.placement.count({ where: { workspaceId: ws.id, key: "podcast" } })).toBe(0);
    expect((await call("owner", "PUT", "/api/utm/convention", CONVENTION)).status).toBe(200);
    expect(await convention()).toEqual(["influencer"]);
  });

  it("a bad convention is a 422 naming the field", async () => {
    const res = await call("owner", "PUT", "/api/utm/convention", { ...CONVENTION, utmMedium: "tv" });
    expect(res.status).toBe(422);
    expect(JSON.parse(res.text).errors).toContainEqual({ path: "utmMedium", message: expect.stringContaining("medium-allowed") });
  });

  it("a linter fix: a manager may, an analyst and a creator may not", async () => {
    await prisma.campaign.update({ where: { id: ws.campaignId }, data: { utmCampaign: `Launch-${ws.tag}` } });
    expect((await call("analyst", "POST", "/api/utm/fix", { rule: "lowercase", subjectId: ws.campaignId })).status).toBe(403);
    expect((await call("bob", "POST", "/api/utm/fix", { rule: "lowercase", subjectId: ws.campaignId })).status).toBe(403);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: ws.campaignId } })).utmCampaign).toBe(`Launch-${ws.tag}`);
    expect((await call("manager", "POST", "/api/utm/fix", { rule: "lowercase", subjectId: ws.campaignId })).status).toBe(200);
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: ws.campaignId } })).utmCampaign).toBe(`launch-${ws.tag}`);
  });

  it("the builder is open to an analyst (it writes nothing) and closed to creators", async () => {
    expect((await call("analyst", "POST", "/api/utm/build", { kind: "tracking", code: ws.creators[0].linkCode, placement: "story" })).status).toBe(200);
    expect((await call("alice", "POST", "/api/utm/build", { kind: "tracking", code: ws.creators[0].linkCode, placement: "story" })).status).toBe(403);
  });
});

describe("merchant setup", () => {
  it("an analyst and a creator cannot use the sandbox tester; nothing is logged", async () => {
    const body = { kind: "coupon", value: ws.creators[0].couponCode, amountMinor: 1000 };
    expect((await call("analyst", "POST", `/api/sandbox/${ws.merchantId}`, body)).status).toBe(403);
    expect((await call("alice", "POST", `/api/sandbox/${ws.merchantId}`, body)).status).toBe(403);
    expect(await prisma.postbackLog.count({ where: { workspaceId: ws.id } })).toBe(0);
  });

  it("an owner's sandbox run answers a test conversion with its reason", async () => {
    const res = await call("owner", "POST", `/api/sandbox/${ws.merchantId}`, { kind: "coupon", value: ws.creators[0].couponCode, amountMinor: 1000 });
    expect(res.status).toBe(200);
    const json = JSON.parse(res.text);
    expect(json.answer).toMatchObject({ test: true, attribution: { method: "coupon", creatorId: ws.creators[0].creatorId } });
    expect(json.log).toMatchObject({ verdict: "accepted", isTest: true });
    expect(res.text).not.toContain("whsec_");
  });

  it("only an owner edits domains; a bad domain is a 422 naming it", async () => {
    expect((await call("manager", "PUT", `/api/merchants/${ws.merchantId}/settings`, { allowedDomains: ["evil.example"], pixelAllowedOrigins: [] })).status).toBe(403);
    const bad = await call("owner", "PUT", `/api/merchants/${ws.merchantId}/settings`, { allowedDomains: ["https://shop.example/x"], pixelAllowedOrigins: [] });
    expect(bad.status).toBe(422);
    expect(JSON.parse(bad.text).errors[0].path).toBe("allowedDomains.0");
    expect((await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId } })).allowedDomains).toEqual(["shop.example"]);
  });
});

describe("instruction sheets", () => {
  it("a creator's portal sheet shows their own code and link, never the other creator's", async () => {
    const res = await call("bob", "GET", `/portal/sheets/${ws.campaignId}`);
    expect(res.status).toBe(200);
    expect(res.text).toContain(ws.creators[1].couponCode);
    expect(res.text).toContain(`/r/${ws.creators[1].linkCode}/story`);
    expect(res.text).not.toContain(ws.creators[0].couponCode);
    expect(res.text).not.toContain(ws.creators[0].linkCode);
  });

  it("a creator is refused the brand's sheets, their own included", async () => {
    expect((await call("bob", "GET", `/app/sheets/${ws.creators[0].creatorId}/${ws.campaignId}`)).status).toBe(403);
    expect((await call("bob", "GET", `/app/sheets/${ws.creators[1].creatorId}/${ws.campaignId}`)).status).toBe(403);
  });

  it("the brand's sheet of a creator names their window and disclosure; another workspace's creator is a 404", async () => {
    const ok = await call("analyst", "GET", `/app/sheets/${ws.creators[0].creatorId}/${ws.campaignId}`);
    expect(ok.status).toBe(200);
    expect(ok.text).toContain("within 14 days after clicking your link");
    const other = await createTestWorkspace();
    try {
      expect((await call("analyst", "GET", `/app/sheets/${other.creators[0].creatorId}/${other.campaignId}`)).status).toBe(404);
    } finally {
      await deleteTestWorkspace(other);
    }
  });
});
