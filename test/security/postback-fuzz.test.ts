// No input makes a 500, through any door: property-based requests over every
// postback and pixel field (valid values, near misses and hostile text: NUL,
// lone surrogates, huge numbers, wrong types, unknown keys), sent as a signed
// POST and a token GET to the fast door and as a pixel hit through Next.js.
// Every answer is below 500, and a refused one wrote no conversion and no
// commission. Run counts stay modest so the file takes seconds, not minutes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { startDoor, type RunningDoor } from "../support/doors";
import { addMerchantKeys, pixelHit, signedPost, tokenGet, type MerchantKeys } from "../support/postback";

const RUNS = 60;
const DAY = 86_400_000;
let ws: TestWorkspace;
let keys: MerchantKeys;
let server: RunningDoor;

beforeAll(async () => {
  ws = await createTestWorkspace();
  keys = await addMerchantKeys(ws.id, ws.merchantId);
  server = await startDoor("fast", { FAST_DOORS_ONLY: "0", POSTBACK_RATE_LIMIT: "100000", POSTBACK_FAILURE_LIMIT: "100000" });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await prisma.reviewItem.deleteMany({ where: { workspaceId: ws.id } });
  await deleteTestWorkspace(ws);
});

// hostile text: any code point (lone surrogates included), NUL, very long, or a near-valid value
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 300 }),
  fc.constantFrom("\u0000", "a\u0000b", "\ud800", "x\udfff", " ", "", "null", "__proto__", "%00", "'; DROP TABLE \"Conversion\"; --"),
);
const isoDate = (minDays: number, maxDays: number) => fc.integer({ min: minDays, max: maxDays }).map((days) => new Date(Date.now() + days * DAY).toISOString());

/** A well-formed order event: the base each run mutates. */
const validFields = () =>
  fc.record(
    {
      event: fc.constantFrom("sale", "sale", "refund", "cancel"),
      order_id: fc.uuid(),
      amount: fc.integer({ min: 0, max: 2_147_483_647 }),
      currency: fc.constantFrom("USD", "usd", "JPY", "EUR"),
      click_id: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
      coupon: fc.constantFrom(ws.creators[0].couponCode, ws.creators[1].couponCode.toLowerCase()),
      customer_ref: fc.string({ minLength: 1, maxLength: 40 }),
      order_country: fc.constantFrom("US", "de"),
      occurred_at: isoDate(-390, 0),
      test: fc.constantFrom(false, "0"),
    },
    { requiredKeys: ["order_id", "amount", "currency"] },
  );

/** For each field, values that are near misses or hostile. */
const hostile: Record<string, fc.Arbitrary<unknown>> = {
  event: fc.oneof(fc.constantFrom("SALE", "chargeback", 1, null), anyText),
  order_id: fc.oneof(anyText, fc.constantFrom(1, null, [], {}), fc.string({ minLength: 129, maxLength: 200 })),
  amount: fc.oneof(
    fc.integer({ min: 2_147_483_648, max: 1e15 }),
    fc.constantFrom(3_000_000_000, 2_147_483_648, -1, 1e21, Number.MAX_SAFE_INTEGER, "3000000000", "99999999999", "1e3", "12.5", " 42 ", "0x10", "-0", "Infinity", null, true),
    fc.double(),
    anyText,
  ),
  currency: fc.oneof(fc.constantFrom("XXX", "US", "DOLLAR", 840), anyText),
  click_id: fc.oneof(anyText, fc.string({ minLength: 65, maxLength: 80 })),
  coupon: fc.oneof(fc.constant(""), anyText, fc.string({ minLength: 65, maxLength: 80 })),
  customer_ref: anyText,
  order_country: fc.oneof(fc.constantFrom("ZZZ", "1", "u"), anyText),
  occurred_at: fc.oneof(isoDate(-1000, 10), fc.constantFrom("0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "yesterday", 0), anyText),
  test: fc.oneof(fc.constantFrom(true, "1", "true", "yes", 2), anyText),
  unknown_field: anyText,
};

/** A valid event with zero to three fields replaced by hostile values: most runs are one mistake away from valid, where a 500 hides. */
const fields = () =>
  fc
    .tuple(validFields(), fc.subarray(Object.keys(hostile), { maxLength: 3 }), fc.record(hostile))
    .map(([base, mutated, bad]) => ({ ...base, ...Object.fromEntries(mutated.map((k) => [k, bad[k]])) }) as Record<string, unknown>);

const written = async () => ({ conversions: await prisma.conversion.count({ where: { workspaceId: ws.id } }), commissions: await prisma.commission.count({ where: { workspaceId: ws.id } }) });
const asQuery = (f: Record<string, unknown>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, String(v)]));

async function checkDoor(send: (f: Record<string, unknown>) => Promise<Response>) {
  await fc.assert(
    fc.asyncProperty(fields(), async (f) => {
      const before = await written();
      const res = await send(f);
      await res.arrayBuffer();
      expect(res.status, JSON.stringify(f)).toBeLessThan(500);
      if (res.status >= 400) expect(await written(), JSON.stringify(f)).toEqual(before);
    }),
    { numRuns: RUNS },
  );
}

describe("no input makes a 500, and a refusal writes nothing", () => {
  it("signed JSON POST on the fast door (any JSON value in any field)", async () => {
    await checkDoor((f) => signedPost(server.url, ws.merchantId, keys.current, f));
    // any JSON at all as the body
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (body) => {
        const res = await signedPost(server.url, ws.merchantId, keys.current, body);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("token GET on the fast door", async () => {
    await checkDoor((f) => tokenGet(server.url, ws.merchantId, keys.getToken, asQuery(f)));
  });

  it("the pixel through Next.js", async () => {
    await checkDoor((f) => pixelHit(server.url, `pk_${ws.tag}`, asQuery(f)));
  });
});
