// Invites and creator terms over real HTTP: the token is never stored in
// clear, only owners invite teammates and only owners/managers invite
// creators, a creator reads and accepts only their own terms, the public
// accept endpoint refuses other origins and spent or expired links, and a
// role change ends the teammate's session at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { hashInviteToken } from "@/lib/invites/token";
import { signIn, startDoor, type CookieJar, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let door: RunningDoor;
const jars = new Map<string, CookieJar>();
const made: string[] = [];
const TERMS = { paymentTerms: "Monthly.", allowedContent: "Stories." };

beforeAll(async () => {
  ws = await createTestWorkspace();
  await prisma.disclosureBrief.create({ data: { id: newId("brief"), workspaceId: ws.id, version: 1, title: "Disclose", body: "Use #ad." } });
  for (const c of ws.creators) await prisma.creatorContract.create({ data: { id: newId("ctr"), workspaceId: ws.id, creatorId: c.creatorId, version: 1, ...TERMS, effectiveFrom: new Date() } });
  door = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
}, 120_000);
afterAll(async () => {
  await door?.stop();
  await deleteTestWorkspace(ws);
  await prisma.user.deleteMany({ where: { email: { in: made } } });
});

async function as(who: { email: string }) {
  if (!jars.has(who.email)) {
    const r = await signIn(door.url, who.email, TEST_PASSWORD);
    expect(r.error).toBeNull();
    jars.set(who.email, r.jar);
  }
  return jars.get(who.email)!;
}

/** The fields these tests read from the answers; each read is asserted, so a missing one fails the test. */
interface Answer {
  invite: { id: string; url: string };
  creator: { id: string };
  contract: { id: string };
  detail: string;
}

async function call(method: string, path: string, jar: CookieJar | null, body?: unknown, origin = door.url) {
  const res = await fetch(`${door.url}${path}`, {
    method,
    redirect: "manual",
    headers: { origin, ...(jar ? { cookie: jar.header() } : {}), ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, json: (text.startsWith("{") ? JSON.parse(text) : {}) as Answer };
}

const inviteCount = () => prisma.invite.count({ where: { workspaceId: ws.id } });

describe("invite tokens", () => {
  it("are shown once in the answer and stored only as a hash, nowhere in clear", async () => {
    const email = `sec-new-${ws.tag}@example.test`;
    made.push(email);
    const r = await call("POST", "/api/creators", await as(ws.manager), { name: "Sec New", email, terms: TERMS });
    expect(r.status).toBe(201);
    const token = String(r.json.invite.url).split("/invite/")[1];
    expect(token.length).toBeGreaterThanOrEqual(43);
    const row = await prisma.invite.findFirstOrThrow({ where: { workspaceId: ws.id, id: r.json.invite.id } });
    expect(row.tokenHash).toBe(hashInviteToken(token));
    // no column of any row of this workspace's invites or audit log holds the token
    const { rows } = await pool.query(`SELECT row_to_json(i)::text AS t FROM "Invite" i WHERE "workspaceId" = $1 UNION ALL SELECT row_to_json(a)::text FROM "AuditLog" a WHERE "workspaceId" = $1`, [ws.id]);
    expect(rows.length).toBeGreaterThan(1);
    for (const { t } of rows) expect(t).not.toContain(token);
  });
});

describe("who may invite", () => {
  it("an analyst can invite no one, and nothing is written", async () => {
    const before = await inviteCount();
    const jar = await as(ws.analyst);
    expect((await call("POST", `/api/creators/${ws.creators[0].creatorId}/invites`, jar)).status).toBe(403);
    expect((await call("POST", "/api/invites", jar, { email: `x-${ws.tag}@example.test`, role: "manager" })).status).toBe(403);
    expect((await call("POST", "/api/creators", jar, { name: "No", email: `no-${ws.tag}@example.test`, terms: TERMS })).status).toBe(403);
    expect(await inviteCount()).toBe(before);
  });

  it("a manager can invite creators but not teammates (owners only)", async () => {
    const before = await inviteCount();
    expect((await call("POST", "/api/invites", await as(ws.manager), { email: `mate-${ws.tag}@example.test`, role: "owner" })).status).toBe(403);
    expect(await inviteCount()).toBe(before);
  });

  it("a creator can invite no one", async () => {
    const jar = await as(ws.creators[0]);
    expect((await call("POST", `/api/creators/${ws.creators[1].creatorId}/invites`, jar)).status).toBe(403);
    expect((await call("POST", "/api/invites", jar, { email: `c-${ws.tag}@example.test`, role: "owner" })).status).toBe(403);
  });
});

describe("a creator's terms are their own", () => {
  it("a creator cannot read or edit other creators, by API or page", async () => {
    const jar = await as(ws.creators[0]);
    const other = ws.creators[1].creatorId;
    expect((await call("GET", "/api/creators", jar)).status).toBe(403);
    expect((await call("PATCH", `/api/creators/${other}`, jar, { status: "archived" })).status).toBe(403);
    expect((await call("POST", `/api/creators/${other}/contracts`, jar, TERMS)).status).toBe(403);
    expect((await call("GET", `/app/creators/${other}`, jar)).status).toBe(403);
    expect((await prisma.creator.findUniqueOrThrow({ where: { id: other } })).status).toBe("active");
  });

  it("the terms API shows only the caller's contract, and another creator's contract cannot be accepted", async () => {
    const jar = await as(ws.creators[0]);
    const mine = await prisma.creatorContract.findFirstOrThrow({ where: { creatorId: ws.creators[0].creatorId } });
    const theirs = await prisma.creatorContract.findFirstOrThrow({ where: { creatorId: ws.creators[1].creatorId } });
    const read = await call("GET", "/api/portal/terms", jar);
    expect(read.status).toBe(200);
    expect(read.json.contract.id).toBe(mine.id);
    expect(JSON.stringify(read.json)).not.toContain(theirs.id);
    const refused = await call("POST", "/api/portal/terms", jar, { contractId: theirs.id });
    expect(refused.status).toBe(409);
    expect((await prisma.creatorContract.findUniqueOrThrow({ where: { id: theirs.id } })).acceptedAt).toBeNull();
    // their own: accepted, with a hashed IP (hex), never the address
    const ok = await call("POST", "/api/portal/terms", jar, { contractId: mine.id });
    expect(ok.status).toBe(200);
    const after = await prisma.creatorContract.findUniqueOrThrow({ where: { id: mine.id } });
    expect(after.acceptedById).toBe(ws.creators[0].id);
    expect(after.acceptedIpHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("brand users have no portal terms to accept", async () => {
    expect((await call("POST", "/api/portal/terms", await as(ws.owner), { briefId: "x" })).status).toBe(403);
  });
});

describe("the public accept endpoint", () => {
  async function creatorInvite(label: string) {
    const email = `${label}-${ws.tag}@example.test`;
    made.push(email);
    const r = await call("POST", "/api/creators", await as(ws.manager), { name: label, email, terms: TERMS });
    expect(r.status).toBe(201);
    const brief = await prisma.disclosureBrief.findFirstOrThrow({ where: { workspaceId: ws.id } });
    const contract = await prisma.creatorContract.findFirstOrThrow({ where: { creatorId: r.json.creator.id } });
    return { id: r.json.invite.id as string, body: { token: String(r.json.invite.url).split("/invite/")[1], password: "a long enough passphrase", briefId: brief.id, contractId: contract.id } };
  }

  it("refuses another site's origin (403) and claims nothing", async () => {
    const inv = await creatorInvite("xsite");
    expect((await call("POST", "/api/invites/accept", null, inv.body, "https://evil.example")).status).toBe(403);
    expect((await prisma.invite.findFirstOrThrow({ where: { workspaceId: ws.id, id: inv.id } })).usedAt).toBeNull();
  });

  it("accepts once; a reuse is 410, an expired link 410 with the date, an unknown one 404", async () => {
    const inv = await creatorInvite("once");
    expect((await call("POST", "/api/invites/accept", null, inv.body)).status).toBe(200);
    const again = await call("POST", "/api/invites/accept", null, inv.body);
    expect(again.status).toBe(410);
    expect(again.json.detail).toMatch(/already been used/);
    const late = await creatorInvite("late");
    await prisma.invite.updateMany({ where: { workspaceId: ws.id, id: late.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await call("POST", "/api/invites/accept", null, late.body);
    expect(expired.status).toBe(410);
    expect(expired.json.detail).toMatch(/expired on/);
    expect((await call("POST", "/api/invites/accept", null, { ...late.body, token: "y".repeat(43) })).status).toBe(404);
    const page = await fetch(`${door.url}/invite/${late.body.token}`);
    expect(await page.text()).toContain("expired on");
  });
});

describe("teammates", () => {
  it("a role change ends that teammate's session at once (401 on the old cookie)", async () => {
    const jar = (await signIn(door.url, ws.analyst.email, TEST_PASSWORD)).jar;
    expect((await call("GET", "/api/creators", jar)).status).toBe(200);
    const m = await prisma.membership.findFirstOrThrow({ where: { workspaceId: ws.id, userId: ws.analyst.id } });
    expect((await call("PATCH", `/api/members/${m.id}`, await as(ws.manager), { role: "owner" })).status).toBe(403);
    expect((await call("PATCH", `/api/members/${m.id}`, await as(ws.owner), { role: "manager" })).status).toBe(200);
    expect((await call("GET", "/api/creators", jar)).status).toBe(401);
    jars.delete(ws.analyst.email);
  });
});
