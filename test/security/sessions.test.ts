// Sessions can be revoked: signing out, a password change or an explicit
// endSessions() (a removed membership, a role change) make every cookie issued
// before it worthless at once, on the API (401) and on pages (to /login).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, endSessions } from "@/lib/auth/sessions";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, signOut, startDoor, type CookieJar, type RunningDoor } from "../support/doors";

let ws: TestWorkspace;
beforeAll(async () => { ws = await createTestWorkspace(); });
afterAll(async () => { await deleteTestWorkspace(ws); });

describe("revoking sessions", () => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor("fast", { FAST_DOORS_ONLY: "0" }); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  // bodies are read so no connection stays busy when the door stops
  const api = (jar: CookieJar) => fetch(`${door.url}/api/creators`, { headers: { cookie: jar.header() } }).then(async (r) => (await r.text(), r.status));
  const page = async (jar: CookieJar) => {
    const r = await fetch(`${door.url}/app`, { redirect: "manual", headers: { cookie: jar.header() } });
    await r.text();
    return { status: r.status, location: r.headers.get("location") };
  };
  const signedIn = async (email: string, password = TEST_PASSWORD) => {
    const r = await signIn(door.url, email, password);
    expect(r.error).toBeNull();
    return r.jar;
  };
  // keep the cookie as it was before sign-out cleared it from the jar: a thief's copy
  const copy = (jar: CookieJar) => Object.assign(Object.create(Object.getPrototypeOf(jar)) as CookieJar, { cookies: new Map(jar.cookies), setCookieLines: [] });

  it("sign-out ends the session server-side: the old cookie gets 401 and the login page", async () => {
    const jar = await signedIn(ws.owner.email);
    expect(await api(jar)).toBe(200);
    expect((await page(jar)).status).toBe(200);
    const stolen = copy(jar);
    await signOut(door.url, jar);
    expect(await api(stolen)).toBe(401);
    const p = await page(stolen);
    expect(p.status).toBe(307);
    expect(p.location).toContain("/login");
  });

  it("endSessions(user) ends every session of that user, not others'", async () => {
    const mine = await signedIn(ws.manager.email);
    const theirs = await signedIn(ws.analyst.email);
    await endSessions(ws.manager.id);
    expect(await api(mine)).toBe(401);
    expect(await api(theirs)).toBe(200);
    // a new sign-in works again
    expect(await api(await signedIn(ws.manager.email))).toBe(200);
  });

  it("a password change ends existing sessions, and the new password signs in", async () => {
    const user = ws.analyst;
    const jar = await signedIn(user.email);
    await changePassword(user.id, "a new long passphrase");
    expect(await api(jar)).toBe(401);
    expect((await signIn(door.url, user.email, TEST_PASSWORD)).error).toBe("CredentialsSignin");
    expect(await api(await signedIn(user.email, "a new long passphrase"))).toBe(200);
  });

  it("a removed membership ends the user's sessions (401, not a lingering signed-in 403)", async () => {
    const jar = await signedIn(ws.manager.email);
    await prisma.membership.deleteMany({ where: { userId: ws.manager.id, workspaceId: ws.id } });
    await endSessions(ws.manager.id);
    expect(await api(jar)).toBe(401);
  });
});

describe("session cookies over https", () => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor("fast", { FAST_DOORS_ONLY: "0", NEXTAUTH_URL: "https://ledger.example" }); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("are Secure whenever the app's URL is https", async () => {
    const { jar, error } = await signIn(door.url, ws.owner.email, TEST_PASSWORD);
    expect(error).toBeNull();
    const session = jar.setCookieLines.find((l) => /next-auth\.session-token=/.test(l))!;
    expect(session).toMatch(/^__Secure-next-auth\.session-token=/);
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
  });
});
