// Logins: rate-limiter-flexible's pattern for login endpoints. Failures are
// counted per client IP (a day's budget) and consecutively per (email, IP),
// reset by a success; the client IP is ours to decide, not the client's, and
// someone else's failures never lock out a person who knows their password.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/pool";
import { purgeExpiredRateLimits } from "@/lib/security/purge-limits";
import { createTestWorkspace, deleteTestWorkspace, TEST_PASSWORD, type TestWorkspace } from "../support/factory";
import { signIn, startDoor, type RunningDoor } from "../support/doors";

let ws: TestWorkspace;
// the budgets are per address and last a day: start and leave this file's addresses clean
const forgetTestAddresses = () =>
  pool.query(`DELETE FROM rate_limits WHERE key LIKE 'login%' AND (key LIKE '%127.0.0.1' OR key LIKE '%::1' OR key LIKE '%203.0.113.7' OR key LIKE '%198.51.100.%')`);
beforeAll(async () => {
  ws = await createTestWorkspace();
  await forgetTestAddresses();
});
afterAll(async () => {
  await forgetTestAddresses();
  await deleteTestWorkspace(ws);
});

const APP = { FAST_DOORS_ONLY: "0", LOGIN_FAILS_PER_IP_PER_DAY: "5", LOGIN_CONSECUTIVE_FAILS: "3" };

describe("without trusted proxies", () => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor("fast", { ...APP, TRUSTED_PROXY_HOPS: "0" }); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("a rotating X-Forwarded-For does not give a client a fresh per-IP budget", async () => {
    const errors: (string | null)[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await signIn(door.url, `nobody-${i}-${ws.tag}@example.test`, "wrong", { "x-forwarded-for": `198.51.100.${i + 1}` });
      errors.push(r.error);
    }
    expect(errors.slice(0, 5)).toEqual(Array(5).fill("CredentialsSignin"));
    expect(errors[5]).toBe("RateLimited");
  });
});

describe("behind one trusted proxy", () => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor("fast", { ...APP, TRUSTED_PROXY_HOPS: "1" }); }, 90_000);
  afterAll(async () => { await door?.stop(); });
  const from = (ip: string) => ({ "x-forwarded-for": ip });

  it("someone else's wrong passwords do not lock the owner out", async () => {
    const attacker = from("203.0.113.7");
    const attempts: (string | null)[] = [];
    for (let i = 0; i < 4; i++) attempts.push((await signIn(door.url, ws.owner.email, `guess-${i}`, attacker)).error);
    expect(attempts).toEqual(["CredentialsSignin", "CredentialsSignin", "CredentialsSignin", "RateLimited"]);
    // the attacker is blocked on this account even with the right password...
    expect((await signIn(door.url, ws.owner.email, TEST_PASSWORD, attacker)).error).toBe("RateLimited");
    // ...the owner, from their own address, is not
    const owner = await signIn(door.url, ws.owner.email, TEST_PASSWORD, from("198.51.100.20"));
    expect(owner.error).toBeNull();
    expect(owner.jar.sessionCookie()).toBeTruthy();
  });

  it("a success resets the consecutive failures of that email and address", async () => {
    const me = from("198.51.100.30");
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 2; i++) expect((await signIn(door.url, ws.manager.email, "typo", me)).error).toBe("CredentialsSignin");
      expect((await signIn(door.url, ws.manager.email, TEST_PASSWORD, me)).error).toBeNull();
    }
  });
});

describe("expired limiter rows", () => {
  it("are purged, live ones kept", async () => {
    const now = Date.now();
    await pool.query(`INSERT INTO rate_limits (key, points, expire) VALUES ($1, 1, $2), ($3, 1, $4)`, [`old-${ws.tag}`, now - 1000, `live-${ws.tag}`, now + 3_600_000]);
    await purgeExpiredRateLimits();
    const { rows } = await pool.query<{ key: string }>(`SELECT key FROM rate_limits WHERE key IN ($1, $2)`, [`old-${ws.tag}`, `live-${ws.tag}`]);
    expect(rows.map((r) => r.key)).toEqual([`live-${ws.tag}`]);
    await pool.query(`DELETE FROM rate_limits WHERE key = $1`, [`live-${ws.tag}`]);
  });
});
