// Bulk import over real HTTP: only owners and managers may import, the
// report escapes spreadsheet formulas, and a row can never reach another
// workspace's campaign, coupon codes or creators.
import { afterAll, beforeAll, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { signInOverHttp, type SignedInFetch } from "../support/commissions";
import { startDoor, type RunningDoor } from "../support/doors";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";

let x: TestWorkspace;
let y: TestWorkspace;
let server: RunningDoor;
let manager: SignedInFetch;
const HEAD = "name,email,campaign,coupon_code";

beforeAll(async () => {
  [x, y] = await Promise.all([createTestWorkspace(), createTestWorkspace()]);
  server = await startDoor("fast", { FAST_DOORS_ONLY: "0" });
  manager = await signInOverHttp(server.url, x.manager);
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await Promise.all([deleteTestWorkspace(x), deleteTestWorkspace(y)]);
});

it("an analyst and a creator cannot upload, run, read or download an import (403), and nothing is written", async () => {
  const upload = await manager("/api/imports", { json: { fileName: "a.csv", csv: `${HEAD}\nOk,ok-${x.tag}@example.test,,` } });
  expect(upload.status).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  for (const who of [x.analyst, x.creators[0]]) {
    const f = await signInOverHttp(server.url, who);
    expect((await f("/api/imports", { json: { fileName: "b.csv", csv: `${HEAD}\nNo,no-${x.tag}@example.test,,` } })).status).toBe(403);
    expect((await f(`/api/imports/${id}/run`, { json: { mode: "valid" } })).status).toBe(403);
    expect((await f(`/api/imports/${id}`)).status).toBe(403);
    expect((await f(`/api/imports/${id}/report`)).status).toBe(403);
  }
  expect(await prisma.importJob.count({ where: { workspaceId: x.id } })).toBe(1);
  expect(await prisma.creator.count({ where: { workspaceId: x.id, email: `ok-${x.tag}@example.test` } })).toBe(0);
});

it("escapes formulas in the report CSV (a creator named =cmd opens as text)", async () => {
  const csv = `${HEAD}\n"=cmd|' /C calc'!A0",f1-${x.tag}@example.test,,\n+SUM(1),bad-email,,`;
  const { id } = (await (await manager("/api/imports", { json: { fileName: "f.csv", csv } })).json()) as { id: string };
  expect((await manager(`/api/imports/${id}/run`, { json: { mode: "valid" } })).status).toBe(200);
  expect(await (await manager(`/api/imports/${id}`)).json()).toMatchObject({ status: "done", mode: "valid", total: 2, processed: 2, created: 1, rejected: 1 });
  const res = await manager(`/api/imports/${id}/report`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  const lines = (await res.text()).trim().split("\n");
  expect(lines[0]).toBe("row,name,email,outcome,reason");
  expect(lines[1]).toBe(`1,'=cmd|' /C calc'!A0,f1-${x.tag}@example.test,created,new creator`);
  expect(lines[2]).toMatch(/^2,'\+SUM\(1\),bad-email,rejected,/);
  // the creator is stored as typed: escaping belongs to the CSV, not the data
  expect((await prisma.creator.findFirstOrThrow({ where: { workspaceId: x.id, email: `f1-${x.tag}@example.test` } })).name).toBe("=cmd|' /C calc'!A0");
});

it("a row naming another workspace's campaign is refused as unknown; another workspace's coupon code is free here", async () => {
  const csv = `${HEAD}\nCross,cross-${x.tag}@example.test,launch-${y.tag},\nFree,free-${x.tag}@example.test,launch-${x.tag},${y.creators[0].couponCode}`;
  const preview = (await (await manager("/api/imports", { json: { fileName: "c.csv", csv } })).json()) as { id: string; problems: { row: number; column: string; message: string }[] };
  expect(preview.problems).toEqual([{ row: 1, column: "campaign", message: `No campaign "launch-${y.tag}" in this workspace (use its UTM campaign value).` }]);
  expect((await manager(`/api/imports/${preview.id}/run`, { json: { mode: "valid" } })).status).toBe(200);
  expect(await prisma.trackingLink.count({ where: { campaignId: y.campaignId, creator: { workspaceId: x.id } } })).toBe(0);
  expect(await prisma.creator.count({ where: { workspaceId: x.id, email: `cross-${x.tag}@example.test` } })).toBe(0);
  expect(await prisma.couponCode.count({ where: { workspaceId: x.id, code: y.creators[0].couponCode } })).toBe(1);
});

it("an import of another workspace is not found, even by id", async () => {
  const other = await signInOverHttp(server.url, y.manager);
  const { id } = (await (await manager("/api/imports", { json: { fileName: "d.csv", csv: `${HEAD}\nMine,mine-${x.tag}@example.test,,` } })).json()) as { id: string };
  expect((await other(`/api/imports/${id}`)).status).toBe(404);
  expect((await other(`/api/imports/${id}/run`, { json: { mode: "all" } })).status).toBe(404);
  expect((await other(`/api/imports/${id}/report`)).status).toBe(404);
  expect((await prisma.importJob.findUniqueOrThrow({ where: { workspaceId_id: { workspaceId: x.id, id } } })).status).toBe("previewed");
});

it("bad input is a 422 naming the field; a file without rows writes no job", async () => {
  const bad = await manager("/api/imports", { json: { fileName: "e.csv", csv: "" } });
  expect(bad.status).toBe(422);
  expect(((await bad.json()) as { errors: { path: string }[] }).errors[0].path).toBe("csv");
  const before = await prisma.importJob.count({ where: { workspaceId: x.id } });
  expect((await manager("/api/imports", { json: { fileName: "e.csv", csv: HEAD } })).status).toBe(422);
  expect((await manager(`/api/imports/nope/run`, { json: { mode: "sometimes" } })).status).toBe(422);
  expect(await prisma.importJob.count({ where: { workspaceId: x.id } })).toBe(before);
});
