// 429 is always a 429. Under `npm start` the fast postback door and Next.js's
// bundle each load their own copy of our modules and of rate-limiter-flexible,
// and share the in-memory limiters through globalThis: whichever copy made a
// limiter, the other must still recognise its refusal.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { startDoor, type RunningDoor } from "../support/doors";
import { addMerchant, pixelHit, signedPost } from "../support/postback";

let ws: TestWorkspace;
let n = 0;
const sale = () => ({ event: "sale", order_id: `rl-${ws.tag}-${++n}`, amount: 100, currency: "USD" });

const freshMerchant = () => addMerchant(ws.id, { name: "Limited", pixelAllowedOrigins: [] });

beforeAll(async () => {
  ws = await createTestWorkspace();
}, 60_000);
afterAll(async () => {
  await deleteTestWorkspace(ws);
});

describe("rate limits across the fast door and the Next.js bundle", () => {
  let server: RunningDoor;
  beforeAll(async () => {
    server = await startDoor("fast", { FAST_DOORS_ONLY: "0", POSTBACK_RATE_LIMIT: "3", POSTBACK_FAILURE_LIMIT: "3" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("pixel first, then postbacks: the postback over budget is a 429, not a 500", async () => {
    const m = await freshMerchant();
    // the first limiters are made by Next.js's copy of the library
    await pixelHit(server.url, m.pixelKey, sale());
    await pixelHit(server.url, "pk_nobody", sale());
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signedPost(server.url, m.id, m.keys.current, sale())).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const failures: number[] = [];
    for (let i = 0; i < 5; i++) failures.push((await signedPost(server.url, m.id, m.keys.current, sale(), { tamper: (raw) => raw.replace("100", "900") })).status);
    expect(failures.filter((s) => s >= 500)).toEqual([]);
    expect(failures.at(-1)).toBe(429);
  });

  it("postbacks first, then the pixel: the pixel over budget is a 429, not a 500", async () => {
    const m = await freshMerchant();
    // the failure limiter (per client) is spent from the fast door first, then read by the pixel route; the next describe starts a fresh server so the fast door also makes it
    for (let i = 0; i < 4; i++) await signedPost(server.url, m.id, m.keys.current, sale());
    for (let i = 0; i < 4; i++) await signedPost(server.url, "mer_nobody", m.keys.current, sale());
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await pixelHit(server.url, m.pixelKey, sale())).status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    expect(statuses.at(-1)).toBe(429);
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) unknown.push((await pixelHit(server.url, "pk_nobody", sale())).status);
    expect(unknown).toEqual([429, 429, 429]);
  });
});

describe("a fresh server whose first limiter is made by the fast door", () => {
  let server: RunningDoor;
  beforeAll(async () => {
    server = await startDoor("fast", { FAST_DOORS_ONLY: "0", POSTBACK_RATE_LIMIT: "3", POSTBACK_FAILURE_LIMIT: "3" });
  }, 120_000);
  afterAll(() => server?.stop());

  it("answers the pixel's refusals with 429 after postbacks made the limiters", async () => {
    const m = await freshMerchant();
    for (let i = 0; i < 4; i++) await signedPost(server.url, "mer_nobody", m.keys.current, sale());
    for (let i = 0; i < 4; i++) await signedPost(server.url, m.id, m.keys.current, sale());
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await pixelHit(server.url, "pk_nobody", sale())).status);
    expect(statuses).toEqual([429, 429, 429, 429]);
  });
});
