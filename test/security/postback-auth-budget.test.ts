// Authenticate before spending the merchant's budget: a stranger who knows a
// merchant id (it is in the postback URL) must not be able to use up the
// merchant's postback budget with unsigned or badly signed requests, nor fill
// the postback log with junk for merchants or pixel keys that do not exist.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { startDoor, type RunningDoor } from "../support/doors";
import { addMerchant, pixelHit, signedPost, tokenGet } from "../support/postback";

let ws: TestWorkspace;
let n = 0;
const sale = () => ({ event: "sale", order_id: `ab-${ws.tag}-${++n}`, amount: 100, currency: "USD" });
const counter = async (name: string) => Number((await prisma.systemCounter.findUnique({ where: { name } }))?.value ?? 0);

const freshMerchant = () => addMerchant(ws.id, { name: "Budget", pixelAllowedOrigins: ["https://shop.example"] });

beforeAll(async () => {
  ws = await createTestWorkspace();
}, 60_000);
afterAll(async () => {
  await deleteTestWorkspace(ws);
});

describe("the merchant's budget is spent only by authenticated postbacks", () => {
  let server: RunningDoor;
  beforeAll(async () => {
    server = await startDoor("fast", { POSTBACK_RATE_LIMIT: "3", POSTBACK_FAILURE_LIMIT: "1000" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("badly signed POSTs and wrong GET tokens leave the merchant's real postbacks untouched", async () => {
    const m = await freshMerchant();
    for (let i = 0; i < 5; i++) expect((await signedPost(server.url, m.id, "whsec_" + Buffer.from("not the secret, not at all").toString("base64"), sale())).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await tokenGet(server.url, m.id, "gtk_wrong", sale())).status).toBe(401);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await signedPost(server.url, m.id, m.keys.current, sale())).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

describe("failures have their own budget per client, and junk is counted, not logged", () => {
  let server: RunningDoor;
  beforeAll(async () => {
    server = await startDoor("fast", { FAST_DOORS_ONLY: "0", POSTBACK_RATE_LIMIT: "1000", POSTBACK_FAILURE_LIMIT: "4" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("writes no log row for unknown merchants or pixel keys, counts them in SystemCounter, and answers 429 once the client's failure budget is spent", async () => {
    const m = await freshMerchant();
    const before = { merchant: await counter("postback.unknown_merchant"), pixel: await counter("pixel.unknown_key") };
    const logsBefore = await prisma.postbackLog.count({ where: { workspaceId: null } });
    const unknown = [];
    for (let i = 0; i < 2; i++) unknown.push((await signedPost(server.url, `mer_junk${i}`, m.keys.current, sale())).status);
    for (let i = 0; i < 2; i++) unknown.push((await pixelHit(server.url, `pk_junk${i}`, sale())).status);
    expect(unknown).toEqual([404, 404, 401, 401]);
    // the budget (4) is spent: every further failure is refused before any work, whatever the kind
    expect((await signedPost(server.url, m.id, m.keys.current, sale(), { tamper: (raw) => raw.replace("100", "101") })).status).toBe(429);
    expect((await pixelHit(server.url, m.pixelKey, sale(), { origin: "https://evil.example" })).status).toBe(429);
    expect((await signedPost(server.url, "mer_junk9", m.keys.current, sale())).status).toBe(429);
    // a correctly signed postback is never refused by someone else's failures
    expect((await signedPost(server.url, m.id, m.keys.current, sale())).status).toBe(201);
    expect(await prisma.postbackLog.count({ where: { workspaceId: null } })).toBe(logsBefore);
    await expect.poll(async () => (await counter("postback.unknown_merchant")) - before.merchant, { timeout: 15_000, interval: 500 }).toBeGreaterThanOrEqual(2);
    await expect.poll(async () => (await counter("pixel.unknown_key")) - before.pixel, { timeout: 15_000, interval: 500 }).toBeGreaterThanOrEqual(2);
  });
});
