// Archiving a creator (PATCH /api/creators/{id} with status "archived", as the
// creator page's Archive button does) cuts them off at once: their sessions
// end and sign-in is refused; their links still take a shopper to the store
// but record no click and carry no click id; their clicks and codes credit
// nothing, with the reason saying so. Restoring brings all of it back.
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/prisma";
import { TEST_DESTINATION, TEST_PASSWORD } from "../support/factory";
import { hit, signIn, type CookieJar } from "../support/doors";
import { placeClick } from "../support/postback";
import { postbackDoorForFile } from "../support/postback-door";

// the door serves the Next.js pages and APIs too: sign-in and the archive go through them
const door = postbackDoorForFile("arc", { FAST_DOORS_ONLY: "0" });

async function signedIn(email: string): Promise<CookieJar> {
  const r = await signIn(door.server.url, email, TEST_PASSWORD);
  expect(r.error).toBeNull();
  return r.jar;
}

async function setStatus(creatorId: string, status: "archived" | "active") {
  const owner = await signedIn(door.ws.owner.email);
  const res = await fetch(`${door.server.url}/api/creators/${creatorId}`, {
    method: "PATCH",
    headers: { cookie: owner.header(), origin: door.server.url, "content-type": "application/json" },
    body: JSON.stringify({ status }),
  });
  expect(res.status, await res.text()).toBe(200);
}

const portal = (jar: CookieJar) => fetch(`${door.server.url}/api/portal/summary`, { headers: { cookie: jar.header() } }).then(async (r) => (await r.text(), r.status));
const clicksOf = (creatorId: string) => prisma.click.count({ where: { workspaceId: door.ws.id, creatorId } });

/** The redirect's answer once the link cache (3 s) has seen the creator's status: until `done` holds, or 8 s. */
async function redirectUntil(code: string, done: (location: string) => boolean) {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const r = await hit(`${door.server.url}/r/${code}/story`);
    if (done(r.location ?? "") || Date.now() > deadline) return r;
    await new Promise((res) => setTimeout(res, 300));
  }
}

async function sale(fields: Record<string, unknown>) {
  const res = await door.post({ event: "sale", order_id: door.orderId(), amount: 10_000, currency: "USD", ...fields });
  expect(res.status).toBe(201);
  return (await res.json()) as { attribution: { method: string; creatorId: string | null; reason: string }; commissions: unknown[] };
}

describe("an archived creator", () => {
  it("is signed out at once and refused sign-in; restored, they sign in again", async () => {
    const alice = door.ws.creators[0];
    const session = await signedIn(alice.email);
    expect(await portal(session)).toBe(200);
    await setStatus(alice.creatorId, "archived");
    expect(await portal(session)).toBe(401);
    expect((await signIn(door.server.url, alice.email, TEST_PASSWORD)).error).toBe("CredentialsSignin");
    await setStatus(alice.creatorId, "active");
    expect(await portal(await signedIn(alice.email))).toBe(200);
  });

  it("has links that still forward the shopper, recording no click and carrying no click id, and clicks and codes that credit nothing", async () => {
    const bob = door.ws.creators[1];
    const link = await prisma.trackingLink.findUniqueOrThrow({ where: { code: bob.linkCode } });
    const earlier = await placeClick(door.ws, { linkId: link.id, creatorId: bob.creatorId, campaignId: link.campaignId }, new Date(Date.now() - 3_600_000));
    await setStatus(bob.creatorId, "archived");
    const before = await clicksOf(bob.creatorId);

    const r = await redirectUntil(bob.linkCode, (l) => !l.includes("clk="));
    expect(r.status).toBe(302);
    expect(r.location).toBe(TEST_DESTINATION);
    expect(await clicksOf(bob.creatorId)).toBe(before);

    const byClick = await sale({ click_id: earlier });
    expect(byClick.attribution).toMatchObject({ method: "none", creatorId: null, reason: "the link's creator is archived" });
    expect(byClick.commissions).toEqual([]);
    const byCode = await sale({ coupon: bob.couponCode });
    expect(byCode.attribution).toMatchObject({ method: "none", creatorId: null, reason: `coupon code ${bob.couponCode} belongs to an archived creator` });
    expect(byCode.commissions).toEqual([]);

    await setStatus(bob.creatorId, "active");
    const back = await redirectUntil(bob.linkCode, (l) => l.includes("clk="));
    expect(back.location).toContain("utm_campaign=");
    expect(await clicksOf(bob.creatorId)).toBe(before + 1);
    expect((await sale({ coupon: bob.couponCode })).attribution).toMatchObject({ method: "coupon", creatorId: bob.creatorId });
  });
});
