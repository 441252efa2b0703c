// The click spool is bounded (CLICK_SPOOL_MAX_BYTES): with the database gone
// for long, redirects keep answering 302 and the clicks that no longer fit
// are dropped, counted and reported, instead of filling the disk. Replay
// reads a spool file as a stream.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolConfigFromUrl } from "@/lib/db/connection-config";
import { pool } from "@/lib/db/pool";
import { prisma } from "@/lib/db/prisma";
import { newClickId, newId, newLinkCode } from "@/lib/ids";
import type { ClickRow } from "@/lib/tracking/click-store";
import { ClickWriter } from "@/lib/tracking/click-writer";
import { ClickSpool } from "@/lib/tracking/spool";
import { SPOOL_DROPPED_COUNTER } from "@/lib/tracking/spool-drops";
import { createTestWorkspace, deleteTestWorkspace, TEST_DESTINATION, type TestWorkspace } from "../support/factory";
import { hit, startDoor } from "../support/doors";
import { startProxy } from "../support/tcp-proxy";
import { waitFor } from "../support/wait-for";

let ws: TestWorkspace;
let linkId: string;
let code: string;
let campaignId: string;
beforeAll(async () => {
  ws = await createTestWorkspace();
  code = newLinkCode();
  linkId = newId("lnk");
  campaignId = newId("cmp");
  await prisma.campaign.create({ data: { id: campaignId, workspaceId: ws.id, name: `spool ${ws.tag}`, utmCampaign: `spool-${ws.tag}`, startsAt: new Date(), commissionType: "percent", commissionBps: 1000, currency: "USD" } });
  await prisma.trackingLink.create({ data: { id: linkId, workspaceId: ws.id, code, creatorId: ws.creators[0].creatorId, campaignId, merchantId: ws.merchantId, destinationUrl: TEST_DESTINATION } });
});
afterAll(async () => { await deleteTestWorkspace(ws); });

const droppedSoFar = async () => (await prisma.systemCounter.findUnique({ where: { name: SPOOL_DROPPED_COUNTER } }))?.value ?? 0n;
const spoolBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(path.join(dir, f)).size, 0);

function row(i: number): ClickRow {
  return { id: newClickId(), workspaceId: ws.id, linkId, creatorId: ws.creators[0].creatorId, campaignId, placement: "story", rawSub: null, occurredAt: new Date(Date.now() - i).toISOString(), country: "US", referrerHost: null, device: "desktop", isBot: false, ipHash: `h${i}` };
}

describe("bounded click spool", () => {
  it("with the database cut and a tiny CLICK_SPOOL_MAX_BYTES, every redirect answers 302, the spool stays bounded, drops are logged and counted", async () => {
    const MAX = 1_500;
    const db = poolConfigFromUrl(process.env.DATABASE_URL!);
    const proxy = await startProxy(db.host!, db.port!);
    const spoolDir = mkdtempSync(path.join(tmpdir(), "cl-spool-bound-"));
    const u = new URL(process.env.DATABASE_URL!);
    u.hostname = "127.0.0.1";
    u.port = String(proxy.port);
    const countBefore = await droppedSoFar();
    const door = await startDoor("fast", { DATABASE_URL: u.toString(), CLICK_SPOOL_DIR: spoolDir, CLICK_SPOOL_MAX_BYTES: String(MAX), DATABASE_POOL_SIZE: "2" });
    let stderr = "";
    door.child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      await hit(`${door.url}/r/${code}`); // warms the link cache while the database answers
      proxy.down();
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await hit(`${door.url}/r/${code}/story`)).status);
      expect(statuses.every((s) => s === 302)).toBe(true);
      expect(spoolBytes(spoolDir)).toBeLessThanOrEqual(MAX);
      expect(await waitFor(async () => /dropped/i.test(stderr), 5_000), `stderr: ${stderr}`).toBe(true);

      proxy.up();
      const answered = 41;
      const settled = await waitFor(async () => {
        const stored = await prisma.click.count({ where: { linkId } });
        return stored + Number((await droppedSoFar()) - countBefore) === answered && readdirSync(spoolDir).length === 0;
      }, 20_000);
      const stored = await prisma.click.count({ where: { linkId } });
      expect(settled, `stored ${stored}, dropped ${(await droppedSoFar()) - countBefore}`).toBe(true);
      expect(stored).toBeGreaterThan(1);
      expect(stored).toBeLessThan(answered);
    } finally {
      await door.stop();
      await proxy.close();
      await prisma.click.deleteMany({ where: { linkId } });
    }
  }, 120_000);

  it("replay streams a large spool file in batches, skipping a torn last line", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cl-spool-big-"));
    const N = 120_000;
    const lines: string[] = [];
    for (let i = 0; i < N; i++) lines.push(JSON.stringify({ ...row(i), id: `clk_big_${i}` }));
    const file = path.join(dir, "clicks-elsewhere~1-1-abc.sealed.ndjson");
    writeFileSync(file, `${lines.join("\n")}\n{"id":"clk_torn","workspa`);
    const spool = new ClickSpool(dir);
    let total = 0;
    let largest = 0;
    let order = true;
    for await (const batch of spool.batches(file, 1_000)) {
      largest = Math.max(largest, batch.length);
      order &&= batch.every((r, j) => r.id === `clk_big_${total + j}`);
      total += batch.length;
    }
    expect(total).toBe(N);
    expect(largest).toBe(1_000);
    expect(order).toBe(true);
  }, 60_000);

  it("a writer replays a spooled file into the database exactly once and removes it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cl-spool-replay-"));
    const rows = Array.from({ length: 5_000 }, (_, i) => row(i));
    writeFileSync(path.join(dir, "clicks-elsewhere~1-1-abc.sealed.ndjson"), rows.map((r) => `${JSON.stringify(r)}\n`).join("") + JSON.stringify(rows[0]) + "\n");
    const writer = new ClickWriter(pool, new ClickSpool(dir), { probeIntervalMs: 60_000 });
    try {
      await writer.recover();
      expect(readdirSync(dir)).toEqual([]);
      expect(await prisma.click.count({ where: { linkId, id: { in: rows.map((r) => r.id) } } })).toBe(5_000);
      expect(writer.stats.replayed).toBe(5_000);
    } finally {
      writer.close();
      await prisma.click.deleteMany({ where: { linkId } });
    }
  }, 60_000);
});
