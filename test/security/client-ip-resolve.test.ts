// The client-IP rules as a table, per TRUSTED_PROXY_HOPS (read once at load,
// so each setting gets a fresh copy of the module).
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";

async function withHops(hops: string) {
  vi.resetModules();
  vi.stubEnv("TRUSTED_PROXY_HOPS", hops);
  return import("@/lib/security/client-ip");
}
afterEach(() => { vi.unstubAllEnvs(); });

const fakeRequest = (peer: string, headers: Record<string, string>) => ({ socket: { remoteAddress: peer }, headers: { ...headers } }) as unknown as IncomingMessage;

describe("resolveClientIp", () => {
  it.each([
    // hops, peer, X-Forwarded-For, client
    ["0", "10.0.0.9", "81.2.69.142", "10.0.0.9"],
    ["0", "::ffff:10.0.0.9", undefined, "10.0.0.9"],
    ["1", "10.0.0.9", "81.2.69.142", "81.2.69.142"],
    ["1", "10.0.0.9", "6.6.6.6, 81.2.69.142", "81.2.69.142"],
    ["2", "10.0.0.9", "6.6.6.6, 81.2.69.142, 10.0.0.8", "81.2.69.142"],
    // fewer entries than trusted hops: a request that bypassed the proxies is its peer, not its own words
    ["2", "10.0.0.9", undefined, "10.0.0.9"],
    ["garbage", "10.0.0.9", "81.2.69.142", "10.0.0.9"],
  ])("hops %s, peer %s, XFF %s → %s", async (hops, peer, xff, client) => {
    const { resolveClientIp } = await withHops(hops);
    expect(resolveClientIp(peer, xff)).toBe(client);
  });
});

describe("stampClientIp / clientIpOf", () => {
  it("overwrites a client-sent stamp and reads back only our own", async () => {
    const { stampClientIp, clientIpOf, CLIENT_IP_HEADER } = await withHops("0");
    const req = fakeRequest("10.0.0.9", { [CLIENT_IP_HEADER]: "81.2.69.142" });
    expect(stampClientIp(req)).toBe("10.0.0.9");
    expect(clientIpOf(req.headers)).toBe("10.0.0.9");
    expect(clientIpOf(new Headers({ [CLIENT_IP_HEADER]: "81.2.69.142" }))).toBe("0.0.0.0");
    expect(clientIpOf(new Headers({ [CLIENT_IP_HEADER]: "81.2.69.142 guessed-proof" }))).toBe("0.0.0.0");
  });

  it("without our stamp (bare next start): one unknown client, unless trusted proxies vouch", async () => {
    const zero = await withHops("0");
    expect(zero.clientIpOf(new Headers({ "x-forwarded-for": "81.2.69.142" }))).toBe("0.0.0.0");
    const one = await withHops("1");
    // Next.js keeps the proxy's X-Forwarded-For: its last entry is what the proxy appended
    expect(one.clientIpOf(new Headers({ "x-forwarded-for": "6.6.6.6, 81.2.69.142" }))).toBe("81.2.69.142");
    expect(one.clientIpOf({ "x-forwarded-for": "81.2.69.142" })).toBe("81.2.69.142");
  });
});
