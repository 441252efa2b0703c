// Costs and content posts stay in their workspace: another workspace's rows
// answer 404 to reads by id, edits and deletes, its creators and campaigns
// are unknown to this one's forms and CSVs, and only owners and managers
// change anything (analysts and creators get 403).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, startDoor, type CookieJar, type RunningDoor } from "../support/doors";

let mine: TestWorkspace;
let theirs: TestWorkspace;
let door: RunningDoor;
let manager: CookieJar;
let analyst: CookieJar;
let creator: CookieJar;
let theirCost: string;
let theirPost: string;

beforeAll(async () => {
  [mine, theirs] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  theirCost = newId("cost");
  await prisma.creatorCost.create({ data: { id: theirCost, workspaceId: theirs.id, creatorId: theirs.creators[0].creatorId, campaignId: theirs.campaignId, kind: "fixed_fee", amountMinor: 10_000, currency: "USD", incurredOn: new Date("2026-11-01") } });
  theirPost = newId("post");
  await prisma.contentPost.create({ data: { id: theirPost, workspaceId: theirs.id, creatorId: theirs.creators[0].creatorId, campaignId: theirs.campaignId, placement: "story", url: `https://example.test/${theirs.tag}`, postedAt: new Date("2026-11-01T12:00:00Z"), impressions: 1_000 } });
  door = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  [manager, analyst, creator] = await Promise.all([mine.manager, mine.analyst, mine.creators[0]].map(async (u) => (await signIn(door.url, u.email, TEST_PASSWORD)).jar));
}, 120_000);
afterAll(async () => {
  await door?.stop();
  await Promise.all([deleteTestWorkspace(mine), deleteTestWorkspace(theirs)]);
});

async function call(jar: CookieJar, method: string, path: string, body?: unknown) {
  const res = await fetch(`${door.url}${path}`, { method, redirect: "manual", headers: { cookie: jar.header(), origin: door.url, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> & { errors?: { path: string }[] } };
}

const costBody = () => ({ creatorId: mine.creators[0].creatorId, campaignId: mine.campaignId, kind: "fixed_fee", amountMinor: 5_000, incurredOn: "2026-11-02" });

describe("costs and posts across workspaces and roles", () => {
  it("answers 404 for another workspace's cost or post, and leaves it as it was", async () => {
    expect((await call(manager, "PATCH", `/api/costs/${theirCost}`, { amountMinor: 1 })).status).toBe(404);
    expect((await call(manager, "DELETE", `/api/costs/${theirCost}`)).status).toBe(404);
    expect((await call(manager, "PATCH", `/api/posts/${theirPost}`, { impressions: 1 })).status).toBe(404);
    expect((await call(manager, "DELETE", `/api/posts/${theirPost}`)).status).toBe(404);
    expect((await prisma.creatorCost.findFirstOrThrow({ where: { id: theirCost } })).amountMinor).toBe(10_000);
    expect((await prisma.contentPost.findFirstOrThrow({ where: { id: theirPost } })).impressions).toBe(1_000);
  });

  it("does not know another workspace's creators or campaigns, by id or in a CSV", async () => {
    const cost = await call(manager, "POST", "/api/costs", { ...costBody(), creatorId: theirs.creators[0].creatorId, campaignId: theirs.campaignId });
    expect(cost.status).toBe(422);
    expect(cost.json.errors?.map((e) => e.path).sort()).toEqual(["campaignId", "creatorId"]);
    // moving one's own cost onto their creator is refused the same way
    const own = await call(manager, "POST", "/api/costs", costBody());
    const moved = await call(manager, "PATCH", `/api/costs/${(own.json.cost as { id: string }).id}`, { creatorId: theirs.creators[0].creatorId });
    expect(moved.status).toBe(422);
    const csv = `creator,campaign,placement,url,posted_at,impressions\n${theirs.creators[0].email},launch-${theirs.tag},story,https://example.test/${theirs.tag},2026-11-01 12:00,5`;
    const preview = await call(manager, "POST", "/api/posts/import", { csv });
    expect(preview.json.counts).toEqual({ create: 0, update: 0, unchanged: 0, rejected: 1 });
    // their post's url is theirs: it neither matches nor blocks one of ours
    const ours = `creator,campaign,placement,url,posted_at,impressions\n${mine.creators[0].email},launch-${mine.tag},story,https://example.test/${theirs.tag},2026-11-01 12:00,5`;
    expect((await call(manager, "POST", "/api/posts/import", { csv: ours, apply: true })).json.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 0 });
    expect((await prisma.contentPost.findFirstOrThrow({ where: { id: theirPost } })).impressions).toBe(1_000);
  });

  it("lists only the workspace's own rows", async () => {
    const costs = await call(analyst, "GET", "/api/costs");
    expect(costs.status).toBe(200);
    expect((costs.json.costs as { id: string }[]).map((c) => c.id)).not.toContain(theirCost);
    const posts = await call(analyst, "GET", "/api/posts");
    expect((posts.json.posts as { id: string }[]).map((p) => p.id)).not.toContain(theirPost);
  });

  it("lets only owners and managers change costs and posts", async () => {
    for (const jar of [analyst, creator]) {
      expect((await call(jar, "POST", "/api/costs", costBody())).status).toBe(403);
      expect((await call(jar, "POST", "/api/posts/import", { csv: "creator\nx" })).status).toBe(403);
    }
    expect((await call(creator, "GET", "/api/costs")).status).toBe(403);
  });
});
