// Cost and impression inputs over real HTTP, signed in as the roles that use
// them: costs recorded, edited and deleted with their audit rows; posts
// entered by hand and by CSV, where the preview explains every problem,
// saving is all or nothing, and the same file again changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, startDoor, type CookieJar, type RunningDoor } from "../support/doors";

let ws: TestWorkspace;
let door: RunningDoor;
let manager: CookieJar;

beforeAll(async () => {
  ws = await createTestWorkspace();
  await prisma.workspace.update({ where: { id: ws.id }, data: { timeZone: "America/New_York" } });
  door = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  manager = (await signIn(door.url, ws.manager.email, TEST_PASSWORD)).jar;
}, 120_000);
afterAll(async () => {
  await door?.stop();
  await deleteTestWorkspace(ws);
});

interface Answer {
  cost: { id: string; amountMinor: number; currency: string; incurredOn: string; kind: string; note: string | null };
  post: { id: string; postedAt: string; impressions: number; url: string | null };
  applied: boolean;
  counts: { create: number; update: number; unchanged: number; rejected: number };
  lines: { row: number; outcome: string; reason: string }[];
  errors: { path: string; message: string }[];
  detail: string;
}

async function call(method: string, path: string, body?: unknown, jar = manager) {
  const res = await fetch(`${door.url}${path}`, { method, redirect: "manual", headers: { cookie: jar.header(), origin: door.url, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: (text ? JSON.parse(text) : {}) as Answer, text };
}

describe("creator costs", () => {
  it("records, edits and deletes a cost in the campaign's currency, each change audited", async () => {
    const created = await call("POST", "/api/costs", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, kind: "gifted_product", amountMinor: 4_500, incurredOn: "2026-11-02", note: "Launch kit" });
    expect(created.status, created.text).toBe(201);
    expect(created.json.cost).toMatchObject({ amountMinor: 4_500, currency: "USD", kind: "gifted_product", incurredOn: "2026-11-02T00:00:00.000Z", note: "Launch kit" });
    const id = created.json.cost.id;
    const edited = await call("PATCH", `/api/costs/${id}`, { kind: "fixed_fee", amountMinor: 20_000, note: "" });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json.cost).toMatchObject({ kind: "fixed_fee", amountMinor: 20_000, note: null, incurredOn: "2026-11-02T00:00:00.000Z" });
    expect((await call("DELETE", `/api/costs/${id}`)).status).toBe(204);
    expect(await prisma.creatorCost.count({ where: { workspaceId: ws.id } })).toBe(0);
    const log = await prisma.auditLog.findMany({ where: { workspaceId: ws.id, entityId: id }, orderBy: { createdAt: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["cost.created", "cost.updated", "cost.deleted"]);
    expect(log[1].before).toMatchObject({ kind: "gifted_product", amountMinor: 4_500 });
    expect(log[1].after).toMatchObject({ kind: "fixed_fee", amountMinor: 20_000 });
  });

  it("refuses bad input naming every field, and writes nothing", async () => {
    const res = await call("POST", "/api/costs", { creatorId: ws.creators[0].creatorId, campaignId: ws.campaignId, kind: "bribe", amountMinor: 0, incurredOn: "2026-02-30" });
    expect(res.status).toBe(422);
    expect(res.json.errors.map((e) => e.path).sort()).toEqual(["amountMinor", "incurredOn", "kind"]);
    const unknown = await call("POST", "/api/costs", { creatorId: "cr_nope", campaignId: ws.campaignId, kind: "fixed_fee", amountMinor: 100, incurredOn: "2026-11-02" });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors.map((e) => e.path)).toEqual(["creatorId"]);
    expect(await prisma.creatorCost.count({ where: { workspaceId: ws.id } })).toBe(0);
  });
});

describe("content posts", () => {
  const alice = () => ws.creators[0];
  const utm = () => `launch-${ws.tag}`;

  it("enters a post by hand, its time read in the workspace's zone, and refuses the same post twice", async () => {
    const body = { creatorId: alice().creatorId, campaignId: ws.campaignId, placement: "story", url: `https://www.instagram.com/stories/a/${ws.tag}1/`, postedAt: "2026-11-02T18:00", impressions: 12_000 };
    const res = await call("POST", "/api/posts", body);
    expect(res.status, res.text).toBe(201);
    expect(res.json.post.postedAt).toBe("2026-11-02T23:00:00.000Z");
    const again = await call("POST", "/api/posts", { ...body, impressions: 13_000 });
    expect(again.status).toBe(409);
    expect(again.json.errors.map((e) => e.path)).toEqual(["url"]);
    const fixed = await call("PATCH", `/api/posts/${res.json.post.id}`, { impressions: 13_000 });
    expect(fixed.status, fixed.text).toBe(200);
    expect(fixed.json.post.impressions).toBe(13_000);
    const bad = await call("POST", "/api/posts", { ...body, url: "javascript:alert(1)", placement: "billboard", postedAt: "soon", impressions: -3 });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e) => e.path).sort()).toEqual(["impressions", "url"]);
  });

  it("previews a CSV with every problem explained, saves nothing while one remains, and changes nothing on a second upload", async () => {
    const head = "Creator email,utm_campaign,placement,url,posted_at,impressions";
    const good = [
      `${alice().email},${utm()},post,https://www.instagram.com/p/${ws.tag}A/,2026-11-03 18:00,"24,300"`,
      `${ws.creators[1].name},${utm()},story,,2026-11-04,5100`,
      // the post entered by hand above: same url, new impressions
      `${alice().email},${utm()},story,https://www.instagram.com/stories/a/${ws.tag}1/,2026-11-02 18:00,14000`,
    ];
    const bad = [
      `nobody@example.test,${utm()},post,,2026-11-05,10`,
      `${alice().email},no-such-campaign,billboard,ftp://x,2026-13-01,many`,
      `${alice().email},${utm()},post,https://www.instagram.com/p/${ws.tag}A/,2026-11-06,5`,
    ];
    const preview = await call("POST", "/api/posts/import", { csv: [head, ...good, ...bad].join("\n") });
    expect(preview.status, preview.text).toBe(200);
    expect(preview.json.counts).toEqual({ create: 2, update: 1, unchanged: 0, rejected: 3 });
    const reasons = Object.fromEntries(preview.json.lines.map((l) => [l.row, l.reason]));
    expect(reasons[4]).toMatch(/^creator: No creator in this workspace has the email or name "nobody@example.test"/);
    for (const column of ["campaign:", "placement:", "url:", "posted_at:", "impressions:"]) expect(reasons[5]).toContain(column);
    expect(reasons[6]).toBe("url: This address is already on row 1 of this file.");
    const refused = await call("POST", "/api/posts/import", { csv: [head, ...good, ...bad].join("\n"), apply: true });
    expect(refused.status).toBe(422);
    expect(refused.json.errors.map((e) => e.path)).toContain("rows.5.placement");
    expect(await prisma.contentPost.count({ where: { workspaceId: ws.id } })).toBe(1);

    const file = [head, ...good].join("\n");
    const saved = await call("POST", "/api/posts/import", { csv: file, apply: true });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json).toMatchObject({ applied: true, counts: { create: 2, update: 1, unchanged: 0, rejected: 0 } });
    const after = await prisma.contentPost.findMany({ where: { workspaceId: ws.id }, orderBy: { postedAt: "asc" } });
    expect(after.map((p) => [p.placement, p.postedAt.toISOString(), p.impressions])).toEqual([
      ["story", "2026-11-02T23:00:00.000Z", 14_000], ["post", "2026-11-03T23:00:00.000Z", 24_300], ["story", "2026-11-04T05:00:00.000Z", 5_100],
    ]);
    const auditsBefore = await prisma.auditLog.count({ where: { workspaceId: ws.id } });
    const again = await call("POST", "/api/posts/import", { csv: file, apply: true });
    expect(again.json.counts).toEqual({ create: 0, update: 0, unchanged: 3, rejected: 0 });
    expect(await prisma.contentPost.findMany({ where: { workspaceId: ws.id }, orderBy: { postedAt: "asc" } })).toEqual(after);
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.id } })).toBe(auditsBefore);
  });

  it("explains a file it cannot read instead of guessing", async () => {
    const res = await call("POST", "/api/posts/import", { csv: "who,what\nx,y" });
    expect(res.json.counts.rejected).toBe(0);
    expect(res.json.lines).toEqual([]);
    const messages = (res.json as unknown as { problems: { message: string }[] }).problems.map((p) => p.message);
    expect(messages).toContain('The header has no "creator" column.');
    expect(messages).toContain('Unknown column "who" (expected: creator, campaign, placement, url, posted_at, impressions).');
  });
});
