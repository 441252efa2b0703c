// The /r redirect through both doors, over real HTTP, against the test database.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, TEST_DESTINATION, type TestWorkspace } from "../support/factory";
import { DOORS, hit, PHONE_UA, startDoor, type RunningDoor } from "../support/doors";

let ws: TestWorkspace;
beforeAll(async () => { ws = await createTestWorkspace(); });
afterAll(async () => { await deleteTestWorkspace(ws); });

const clickById = (id: string) => prisma.click.findUnique({ where: { id } });

function rawRequest(url: string, path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; location?: string }>((resolve, reject) => {
    const u = new URL(url);
    http.get({ host: u.hostname, port: u.port, path, headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, location: res.headers.location });
    }).on("error", reject);
  });
}

describe.each(DOORS)("redirect through the %s door", (kind) => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor(kind); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("302s to the destination with the UTM convention and a click id, keeping its own query", async () => {
    const alice = ws.creators[0];
    const r = await hit(`${door.url}/r/${alice.linkCode}/story`, { headers: { referer: "https://www.instagram.com/stories/x", "user-agent": PHONE_UA } });
    expect(r.status).toBe(302);
    const loc = new URL(r.location!);
    expect(`${loc.origin}${loc.pathname}`).toBe("https://shop.example/p/1");
    expect(Object.fromEntries(loc.searchParams)).toEqual({
      color: "red",
      utm_source: alice.name.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
      utm_medium: "influencer",
      utm_campaign: `launch-${ws.tag}`,
      utm_content: "story",
      clk: expect.stringMatching(/^[A-Za-z0-9_-]{21}$/),
    });
    expect(r.headers.get("cache-control")).toContain("no-store");
    const click = await clickById(loc.searchParams.get("clk")!);
    expect(click).toMatchObject({ workspaceId: ws.id, creatorId: alice.creatorId, campaignId: ws.campaignId, placement: "story", rawSub: null, isBot: false, device: "mobile", referrerHost: "www.instagram.com" });
    // the salt's UTC day first (the visitor index's locality: lib/tracking/ip-hash.ts), then the keyed hash
    expect(click!.ipHash).toMatch(/^\d{8}[0-9a-f]{32}$/);
    expect(click!.ipHash.slice(0, 8)).toBe(click!.occurredAt.toISOString().slice(0, 10).replaceAll("-", ""));
  });

  it("takes the sub-ID from ?sub= too, and records a bare link as placement none", async () => {
    const code = ws.creators[1].linkCode;
    const bio = new URL((await hit(`${door.url}/r/${code}?sub=bio`)).location!);
    expect(bio.searchParams.get("utm_content")).toBe("bio");
    const bare = new URL((await hit(`${door.url}/r/${code}`)).location!);
    expect((await clickById(bare.searchParams.get("clk")!))?.placement).toBe("none");
  });

  it("keeps unknown, oversized and unicode sub-IDs as other with the cleaned raw value", async () => {
    const code = ws.creators[0].linkCode;
    const cases: [string, string, string | null][] = [
      ["STORY", "story", null],
      [encodeURIComponent("🔥récap"), "other", "🔥récap"],
      ["x".repeat(3000), "other", "x".repeat(64)],
      [encodeURIComponent("😀".repeat(100)), "other", "😀".repeat(64)],
    ];
    for (const [sub, placement, rawSub] of cases) {
      const r = await hit(`${door.url}/r/${code}/${sub}`);
      expect(r.status).toBe(302);
      const clk = new URL(r.location!).searchParams.get("clk")!;
      expect(await clickById(clk)).toMatchObject({ placement, rawSub });
    }
  });

  it("answers unknown and disabled codes with the friendly 404 and no Location", async () => {
    for (const path of ["/r/nosuchcode", "/r/bad%20code", `/r/${"z".repeat(80)}`]) {
      const r = await hit(`${door.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(r.location).toBeNull();
      expect(r.body).toContain("This link is not available");
    }
  });

  it("flags bots and HEAD requests, and never stores the raw IP", async () => {
    const code = ws.creators[0].linkCode;
    const bot = await hit(`${door.url}/r/${code}/post`, { headers: { "user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", "x-forwarded-for": "203.0.113.77" } });
    const botClick = await clickById(new URL(bot.location!).searchParams.get("clk")!);
    expect(botClick).toMatchObject({ isBot: true, device: "bot" });
    const head = await hit(`${door.url}/r/${code}/post`, { method: "HEAD" });
    expect(head.status).toBe(302);
    expect(await clickById(new URL(head.location!).searchParams.get("clk")!)).toMatchObject({ isBot: true });
    const rows = await prisma.click.findMany({ where: { workspaceId: ws.id } });
    const stored = JSON.stringify(rows, (_, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
    for (const ip of ["203.0.113.77", "127.0.0.1", "::1"]) expect(stored).not.toContain(ip);
  });

  it("cannot be turned into an open redirect by anything in the request", async () => {
    const code = ws.creators[0].linkCode;
    const attempts = [
      `/r/${code}/${encodeURIComponent("https://evil.example")}`,
      `/r/${code}?sub=${encodeURIComponent("//evil.example")}&url=https://evil.example&next=//evil.example&redirect=https%3A%2F%2Fevil.example`,
      `/r/${code}/%0d%0aLocation:%20https:%2F%2Fevil.example`,
      `/r/${code}/..%2F..%2Fevil.example`,
      `/r/${encodeURIComponent("//evil.example")}`,
      `/r/${code}\\evil.example`,
    ];
    for (const path of attempts) {
      const r = await rawRequest(door.url, path, { "user-agent": "x", host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" });
      if (r.location) {
        // the merchant's host, or (Next.js path normalisation, e.g. a backslash) a relative path on ours
        const host = new URL(r.location, "http://self.invalid").host;
        expect(["shop.example", "self.invalid"], `${path} → ${r.location}`).toContain(host);
        if (host === "self.invalid") expect(r.location, path).toMatch(/^\/(?!\/)/);
      } else expect(r.status, path).toBe(404);
      expect(r.location ?? "", path).not.toMatch(/\r|\n/);
    }
  });

  it("refuses stored destinations that are off the allow-list, whatever their shape", async () => {
    const bad = ["//evil.example/x", "https://shop.example.evil.example/", "https://shop.example@evil.example/", "https://shop.example\\@evil.example", "javascript:alert(1)", "http://shop.example/p", "https://shop.example:8443/p"];
    for (const [i, destinationUrl] of bad.entries()) {
      const code = `bad${ws.tag}${kind}${i}`;
      // one link per creator and campaign, so each bad destination gets its own campaign
      await prisma.campaign.create({ data: { id: `cmp_${code}`, workspaceId: ws.id, name: code, utmCampaign: code, startsAt: new Date(), commissionType: "flat", commissionFlatMinor: 100, currency: "USD" } });
      await prisma.trackingLink.create({ data: { id: `lnk_${code}`, workspaceId: ws.id, code, creatorId: ws.creators[0].creatorId, campaignId: `cmp_${code}`, merchantId: ws.merchantId, destinationUrl } });
      const r = await hit(`${door.url}/r/${code}`);
      expect(r.status, destinationUrl).toBe(404);
    }
  });
});

describe("link edits and disables across two app instances", () => {
  it.each(DOORS)("take effect within 5 seconds (%s door)", async (kind) => {
    const [a, b] = await Promise.all([startDoor(kind), startDoor(kind)]);
    try {
      const code = ws.creators[1].linkCode;
      for (const d of [a, b]) expect(new URL((await hit(`${d.url}/r/${code}`)).location!).pathname).toBe("/p/1");
      const newDestination = `https://shop.example/p/${kind}-2`;
      await prisma.trackingLink.update({ where: { code }, data: { destinationUrl: newDestination } });
      const edited = Date.now();
      const seen = async (d: RunningDoor, check: (r: Awaited<ReturnType<typeof hit>>) => boolean) => {
        while (!check(await hit(`${d.url}/r/${code}`))) await new Promise((r) => setTimeout(r, 100));
        return Date.now();
      };
      const editSeen = await Promise.all([a, b].map((d) => seen(d, (r) => r.location?.startsWith(newDestination) ?? false)));
      expect(Math.max(...editSeen) - edited).toBeLessThan(5_000);
      await prisma.trackingLink.update({ where: { code }, data: { disabledAt: new Date() } });
      const disabled = Date.now();
      const disableSeen = await Promise.all([a, b].map((d) => seen(d, (r) => r.status === 404)));
      expect(Math.max(...disableSeen) - disabled).toBeLessThan(5_000);
    } finally {
      await prisma.trackingLink.update({ where: { code: ws.creators[1].linkCode }, data: { disabledAt: null, destinationUrl: TEST_DESTINATION } });
      await Promise.all([a.stop(), b.stop()]);
    }
  }, 120_000);
});
