// Cross-site requests: a signed-in browser visiting another site must not be
// made to change anything here. State-changing API calls need our own Origin
// (or Sec-Fetch-Site: same-origin), and a JSON body where one is read.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { assertSameOrigin } from "@/lib/api/same-origin";
import { AppError } from "@/lib/api/errors";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, startDoor, type CookieJar, type RunningDoor } from "../support/doors";

let ws: TestWorkspace;
let door: RunningDoor;
let owner: CookieJar;
beforeAll(async () => {
  ws = await createTestWorkspace();
  door = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  owner = (await signIn(door.url, ws.owner.email, TEST_PASSWORD)).jar;
}, 90_000);
afterAll(async () => {
  await door?.stop();
  await deleteTestWorkspace(ws);
});

const tokenHash = async () => (await prisma.merchant.findUniqueOrThrow({ where: { id: ws.merchantId }, select: { getTokenHash: true } })).getTokenHash;
// the body is read up front so no connection stays busy when the door stops
const post = (path: string, headers: Record<string, string>, body?: string) =>
  fetch(`${door.url}${path}`, { method: "POST", redirect: "manual", headers: { cookie: owner.header(), ...headers }, body }).then(async (r) => {
    const text = await r.text();
    return { status: r.status, headers: r.headers, json: () => JSON.parse(text) as { status: number } };
  });

describe("state-changing API calls", () => {
  it("refuse a cookie-authenticated POST from another origin, changing nothing", async () => {
    const before = await tokenHash();
    const res = await post(`/api/merchants/${ws.merchantId}/get-token`, { origin: "https://evil.example", "content-type": "text/plain" }, "x");
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(await tokenHash()).toBe(before);
  });

  it("refuse a cross-site POST that sends no Origin, and one with no Origin nor Sec-Fetch-Site", async () => {
    const before = await tokenHash();
    expect((await post(`/api/merchants/${ws.merchantId}/get-token`, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(`/api/merchants/${ws.merchantId}/get-token`, {})).status).toBe(403);
    expect((await post(`/api/merchants/${ws.merchantId}/get-token`, { origin: "null" })).status).toBe(403);
    expect(await tokenHash()).toBe(before);
  });

  it("accept the same origin (Origin header, or Sec-Fetch-Site: same-origin)", async () => {
    const before = await tokenHash();
    expect((await post(`/api/merchants/${ws.merchantId}/get-token`, { origin: door.url })).status).toBe(201);
    const between = await tokenHash();
    expect(between).not.toBe(before);
    expect((await post(`/api/merchants/${ws.merchantId}/get-token`, { "sec-fetch-site": "same-origin" })).status).toBe(201);
    expect(await tokenHash()).not.toBe(between);
  });

  it("answer 415 to a body that is not JSON where JSON is read, writing nothing", async () => {
    const body = JSON.stringify({ creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, merchantId: ws.merchantId, destinationUrl: "https://shop.example/csrf" });
    const before = await prisma.trackingLink.count({ where: { workspaceId: ws.id } });
    const res = await post("/api/links", { origin: door.url, "content-type": "text/plain" }, body);
    expect(res.status).toBe(415);
    expect(res.json().status).toBe(415);
    expect(await prisma.trackingLink.count({ where: { workspaceId: ws.id } })).toBe(before);
    // the same body as JSON reaches the domain (the creator already has a link in this campaign: 409)
    expect((await post("/api/links", { origin: door.url, "content-type": "application/json" }, body)).status).toBe(409);
  });

  it("leave reads alone: a GET needs no Origin", async () => {
    const res = await fetch(`${door.url}/api/links`, { headers: { cookie: owner.header() } });
    expect(res.status).toBe(200);
    await res.text();
  });
});

describe("the check for server actions", () => {
  const origin = "http://app.example:3000";
  const headers = (h: Record<string, string>) => new Headers(h);
  it("passes our origin and same-origin fetches, refuses the rest", () => {
    expect(() => assertSameOrigin(headers({ origin }), origin)).not.toThrow();
    expect(() => assertSameOrigin(headers({ "sec-fetch-site": "same-origin" }), origin)).not.toThrow();
    const refused: Record<string, string>[] = [{ origin: "https://evil.example" }, { origin: "http://app.example:3001" }, { "sec-fetch-site": "same-site" }, {}];
    for (const h of refused) {
      const err = (() => { try { assertSameOrigin(headers(h), origin); } catch (e) { return e; } })();
      expect(err, JSON.stringify(h)).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(403);
    }
  });
});
