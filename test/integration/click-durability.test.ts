// No click lost: with the database gone, 302s keep flowing and clicks go to
// the spool, then land exactly once when it returns; and a server killed
// mid-load has stored every click it answered with a 302.
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection-config";
import { prisma } from "@/lib/db/prisma";
import { newId, newLinkCode } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, TEST_DESTINATION, type TestWorkspace } from "../support/factory";
import { DOORS, hit, startDoor, type DoorKind } from "../support/doors";
import { startProxy } from "../support/tcp-proxy";
import { waitFor } from "../support/wait-for";

let ws: TestWorkspace;
beforeAll(async () => { ws = await createTestWorkspace(); });
afterAll(async () => { await deleteTestWorkspace(ws); });

/** A link of its own per test, so click counts are exact. */
async function freshLink(label: string): Promise<{ code: string; linkId: string }> {
  const campaignId = newId("cmp");
  await prisma.campaign.create({ data: { id: campaignId, workspaceId: ws.id, name: label, utmCampaign: label, startsAt: new Date(), commissionType: "percent", commissionBps: 1000, currency: "USD" } });
  const link = await prisma.trackingLink.create({ data: { id: newId("lnk"), workspaceId: ws.id, code: newLinkCode(), creatorId: ws.creators[0].creatorId, campaignId, merchantId: ws.merchantId, destinationUrl: TEST_DESTINATION } });
  return { code: link.code, linkId: link.id };
}

/** Fires `total` requests, `concurrency` at a time; returns the click ids of the 302s. */
async function burst(url: string, total: number, concurrency: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const r = await hit(url);
        expect(r.status).toBe(302);
        ids.push(new URL(r.location!).searchParams.get("clk")!);
      }
    }),
  );
  return ids;
}

describe.each(DOORS)("click durability (%s door)", (kind: DoorKind) => {
  it("keeps answering 302 while the database is down, spools, and stores every click exactly once after", async () => {
    const { code, linkId } = await freshLink(`down-${kind}-${ws.tag}`);
    const db = poolConfigFromUrl(process.env.DATABASE_URL!);
    const proxy = await startProxy(db.host!, db.port!);
    const spoolDir = mkdtempSync(path.join(tmpdir(), "cl-spool-"));
    const u = new URL(process.env.DATABASE_URL!);
    u.hostname = "127.0.0.1";
    u.port = String(proxy.port);
    const door = await startDoor(kind, { DATABASE_URL: u.toString(), CLICK_SPOOL_DIR: spoolDir, DATABASE_POOL_SIZE: "4" });
    try {
      const url = `${door.url}/r/${code}/story`;
      const before = await burst(url, 30, 5);
      proxy.down();
      // longer than the link cache's 3 s lifetime: stale entries must keep serving
      const during: string[] = [];
      const downUntil = Date.now() + 6_000;
      while (Date.now() < downUntil) during.push(...(await burst(url, 20, 5)));
      expect(readdirSync(spoolDir).length).toBeGreaterThan(0);
      proxy.up();
      const answered = [...before, ...during];
      const landed = await waitFor(async () => (await prisma.click.count({ where: { linkId } })) >= answered.length && readdirSync(spoolDir).length === 0, 20_000);
      expect(landed, "spool replayed").toBe(true);
      const stored = await prisma.click.findMany({ where: { linkId }, select: { id: true } });
      expect(stored.length).toBe(answered.length);
      expect(new Set(stored.map((c) => c.id))).toEqual(new Set(answered));
    } finally {
      await door.stop();
      await proxy.close();
    }
  }, 120_000);

  it("has stored every click it answered when killed mid-load", async () => {
    const { code, linkId } = await freshLink(`kill-${kind}-${ws.tag}`);
    const door = await startDoor(kind);
    const url = `${door.url}/r/${code}/post`;
    const answered: string[] = [];
    let stop = false;
    const workers = Array.from({ length: 12 }, async () => {
      while (!stop) {
        try {
          const r = await hit(url);
          if (r.status === 302) answered.push(new URL(r.location!).searchParams.get("clk")!);
        } catch {
          return; // the server is gone
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1_500));
    await door.stop("SIGKILL");
    stop = true;
    await Promise.all(workers);
    expect(answered.length).toBeGreaterThan(20);
    await expect(hit(url)).rejects.toThrow();
    const stored = new Set((await prisma.click.findMany({ where: { linkId }, select: { id: true } })).map((c) => c.id));
    expect(answered.filter((id) => !stored.has(id))).toEqual([]);
  }, 120_000);
});
