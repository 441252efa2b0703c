// Bulk CSV import of creators with their links and codes, against the test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContext, type AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { previewImport } from "@/lib/imports/jobs";
import { runImport } from "@/lib/imports/run";
import type { ReportLine } from "@/lib/imports/schema";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let ws: TestWorkspace;
let ctx: AuthContext;
const campaign = () => `launch-${ws.tag}`;

beforeAll(async () => {
  ws = await createTestWorkspace();
  ctx = (await loadContext(ws.manager.id, ws.id))!;
});
afterAll(async () => deleteTestWorkspace(ws));

const HEAD = "name,email,audience_country,instagram,tiktok,youtube,campaign,coupon_code,destination";
const csv = (...lines: string[]) => [HEAD, ...lines].join("\n");
const report = async (id: string) => (await prisma.importJob.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: ws.id, id } } })).report as unknown as ReportLine[];
const creatorsNamed = (email: string) => prisma.creator.count({ where: { workspaceId: ws.id, email } });

describe("preview", () => {
  it("explains every problem with its row and column, and writes no creator", async () => {
    const before = await prisma.creator.count({ where: { workspaceId: ws.id } });
    const p = await previewImport(ctx, {
      fileName: "bad.csv",
      csv: csv(
        `Ok One,ok1-${ws.tag}@example.test,US,ok1,,,${campaign()},OKONE${ws.tag},`,
        `Bad Email,not-an-email,US,,,,,,`,
        `Unknown Campaign,uc-${ws.tag}@example.test,,,,,no-such-campaign,,`,
        `Taken Coupon,tc-${ws.tag}@example.test,,,,,${campaign()},${ws.creators[0].couponCode.toLowerCase()},`,
        `Dup Email,OK1-${ws.tag}@example.test,,,,,,,`,
        `Bad Dest,bd-${ws.tag}@example.test,,,,,${campaign()},,https://evil.example/x`,
        `Bad Country,bc-${ws.tag}@example.test,USA,,,,,,`,
      ),
    });
    expect(p.total).toBe(7);
    expect(p.valid).toBe(1);
    const at = (row: number) => p.problems.filter((x) => x.row === row).map((x) => `${x.column}: ${x.message}`);
    expect(at(1)).toEqual([]);
    expect(at(2)).toEqual([`email: "not-an-email" is not a valid email address.`]);
    expect(at(3)[0]).toMatch(/^campaign: No campaign "no-such-campaign"/);
    expect(at(4)[0]).toMatch(/^coupon_code: .* is already taken by another creator \(Creator-alice/);
    expect(at(5)).toEqual([`email: ok1-${ws.tag}@example.test is already on row 1 of this file.`]);
    expect(at(6)[0]).toMatch(/^destination: https:\/\/evil.example\/x is not on the merchant's allow-listed domains \(shop.example\)/);
    expect(at(7)[0]).toMatch(/^audience_country:/);
    expect(await prisma.creator.count({ where: { workspaceId: ws.id } })).toBe(before);
  });

  it("refuses a file without the required columns, naming them", async () => {
    await expect(previewImport(ctx, { fileName: "x.csv", csv: "name,handle\nA,b" })).rejects.toThrow(/no "email" column.*Unknown column "handle"/);
  });
});

describe("run", () => {
  it("all or nothing writes nothing when one row is bad, and reports every row", async () => {
    const t = `aon-${ws.tag}`;
    const p = await previewImport(ctx, { fileName: "aon.csv", csv: csv(`A,a-${t}@example.test,,,,,${campaign()},A${ws.tag},`, `B,bad,,,,,,,`) });
    const job = await runImport(ctx, p.id, "all");
    expect(job.status).toBe("failed");
    expect(await creatorsNamed(`a-${t}@example.test`)).toBe(0);
    expect(await prisma.couponCode.count({ where: { workspaceId: ws.id, code: `A${ws.tag}`.toUpperCase() } })).toBe(0);
    const lines = await report(p.id);
    expect(lines.map((l) => l.outcome)).toEqual(["rejected", "rejected"]);
    expect(lines[0].reason).toMatch(/not imported: 1 row\(s\) have problems/);
    expect(lines[1].reason).toMatch(/email: "bad" is not a valid email/);
    expect(await prisma.auditLog.count({ where: { workspaceId: ws.id, entityId: p.id } })).toBe(0);
  });

  it("valid rows only writes the good rows with their handles, link and code; re-importing changes nothing", async () => {
    const t = `vro-${ws.tag}`;
    const file = csv(`Good One,g1-${t}@example.test,de,@good1,gt1,,${campaign()},g1${ws.tag},`, `Bad,bad,,,,,,,`, `Good Two,g2-${t}@example.test,,,,,,,`);
    const p = await previewImport(ctx, { fileName: "vro.csv", csv: file });
    expect(p.forecast).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const job = await runImport(ctx, p.id, "valid");
    expect(job).toMatchObject({ status: "done", created: 2, rejected: 1, updated: 0, unchanged: 0 });
    const g1 = await prisma.creator.findFirstOrThrow({ where: { workspaceId: ws.id, email: `g1-${t}@example.test` }, include: { handles: true, links: true, coupons: true } });
    expect(g1).toMatchObject({ name: "Good One", audienceCountry: "DE" });
    expect(g1.handles.map((h) => `${h.platform}:${h.handle}`).sort()).toEqual(["instagram:good1", "tiktok:gt1"]);
    expect(g1.links).toHaveLength(1);
    expect(g1.links[0]).toMatchObject({ campaignId: ws.campaignId, merchantId: ws.merchantId, destinationUrl: "https://shop.example/" });
    expect(g1.coupons.map((c) => c.code)).toEqual([`G1${ws.tag}`.toUpperCase()]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { workspaceId: ws.id, entityId: p.id } });
    expect(audit).toMatchObject({ action: "creators.imported", actorId: ws.manager.id, after: { mode: "valid", created: 2, rejected: 1, updated: 0, unchanged: 0, total: 3 } });

    const again = await previewImport(ctx, { fileName: "vro.csv", csv: file });
    expect(again.forecast).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const rerun = await runImport(ctx, again.id, "valid");
    expect(rerun).toMatchObject({ status: "done", created: 0, updated: 0, unchanged: 2, rejected: 1 });
    expect((await report(again.id)).map((l) => l.outcome)).toEqual(["unchanged", "rejected", "unchanged"]);
    expect(await creatorsNamed(`g1-${t}@example.test`)).toBe(1);
  });

  it("matches an existing creator by email without regard to case and reports what changed", async () => {
    const alice = ws.creators[0];
    const p = await previewImport(ctx, { fileName: "u.csv", csv: csv(`${alice.name},${alice.email.toUpperCase()},FR,,,,,,`) });
    const job = await runImport(ctx, p.id, "all");
    expect(job).toMatchObject({ status: "done", updated: 1, created: 0 });
    expect((await report(p.id))[0].reason).toBe("changed: profile");
    expect((await prisma.creator.findUniqueOrThrow({ where: { id: alice.creatorId } })).audienceCountry).toBe("FR");
  });

  it("runs a job once: a second run is a conflict", async () => {
    const p = await previewImport(ctx, { fileName: "once.csv", csv: csv(`Once,once-${ws.tag}@example.test,,,,,,,`) });
    await runImport(ctx, p.id, "valid");
    await expect(runImport(ctx, p.id, "valid")).rejects.toMatchObject({ status: 409 });
  });

  it("two imports racing for one coupon code: exactly one creator gets it, the other row is rejected with the reason", async () => {
    const code = `RACE${ws.tag}`.toUpperCase();
    const [a, b] = await Promise.all(["ra", "rb"].map((who) => previewImport(ctx, { fileName: `${who}.csv`, csv: csv(`R ${who},${who}-${ws.tag}@example.test,,,,,${campaign()},${code},`) })));
    expect(a.valid + b.valid).toBe(2);
    const jobs = await Promise.all([runImport(ctx, a.id, "valid"), runImport(ctx, b.id, "valid")]);
    expect(jobs.map((j) => j.created).sort()).toEqual([0, 1]);
    expect(await prisma.couponCode.count({ where: { workspaceId: ws.id, code } })).toBe(1);
    const loser = jobs.find((j) => j.created === 0)!;
    expect((await report(loser.id))[0].reason).toMatch(/taken by another creator/);
  });
});
