// One client IP: the socket's peer, or with TRUSTED_PROXY_HOPS the hop before
// it. A client-sent X-Forwarded-For (or our own stamp header) changes neither
// a click's country nor its IP hash, on either /r door; absolute-form request
// targets take the fast door like origin-form ones.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER } from "@/lib/security/client-ip";
import { prisma } from "@/lib/db/prisma";
import { createTestWorkspace, deleteTestWorkspace, type TestWorkspace } from "../support/factory";
import { BROWSER_UA, DOORS, hit, rawHttp, startDoor, type RunningDoor } from "../support/doors";

// 81.2.69.142 is in GB in the geoip data; 127.0.0.1 (the tests' peer) has no country
const GB_ADDRESS = "81.2.69.142";

let ws: TestWorkspace;
beforeAll(async () => { ws = await createTestWorkspace(); });
afterAll(async () => { await deleteTestWorkspace(ws); });

async function clickOf(door: RunningDoor, headers: Record<string, string> = {}) {
  const r = await hit(`${door.url}/r/${ws.creators[0].linkCode}`, { headers });
  expect(r.status).toBe(302);
  const clk = new URL(r.location!).searchParams.get("clk")!;
  return prisma.click.findUniqueOrThrow({ where: { id: clk }, select: { country: true, ipHash: true } });
}

describe.each(DOORS)("the %s /r door without trusted proxies", (kind) => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor(kind, { TRUSTED_PROXY_HOPS: "0" }); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("ignores a forged X-Forwarded-For: same country and IP hash as without it", async () => {
    const plain = await clickOf(door);
    const forged = await clickOf(door, { "x-forwarded-for": GB_ADDRESS });
    const forgedChain = await clickOf(door, { "x-forwarded-for": `${GB_ADDRESS}, 10.1.2.3` });
    expect(forged).toEqual(plain);
    expect(forgedChain).toEqual(plain);
    expect(forged.country).toBeNull();
  });

  it("ignores a client-sent copy of our own client-IP header", async () => {
    const plain = await clickOf(door);
    expect(await clickOf(door, { [CLIENT_IP_HEADER]: GB_ADDRESS })).toEqual(plain);
  });
});

describe.each(DOORS)("the %s /r door behind one trusted proxy", (kind) => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor(kind, { TRUSTED_PROXY_HOPS: "1" }); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("uses the hop the proxy appended, not what the client put before it", async () => {
    const viaProxy = await clickOf(door, { "x-forwarded-for": GB_ADDRESS });
    expect(viaProxy.country).toBe("GB");
    const withClientChain = await clickOf(door, { "x-forwarded-for": `203.0.113.9, ${GB_ADDRESS}` });
    expect(withClientChain).toEqual(viaProxy);
  });
});

describe("absolute-form request targets", () => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor("fast"); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("GET http://host/r/{code} takes the fast door: 302 and a recorded click", async () => {
    const host = new URL(door.url).host;
    const answer = await rawHttp(door.url, `GET http://${host}/r/${ws.creators[0].linkCode} HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: ${BROWSER_UA}\r\nConnection: close\r\n\r\n`);
    expect(answer.split("\r\n")[0]).toBe("HTTP/1.1 302 Found");
    const location = /^location: (.+)$/im.exec(answer)?.[1]?.trim();
    expect(location).toMatch(/^https:\/\/shop\.example\/p\/1\?/);
    const clk = new URL(location!).searchParams.get("clk")!;
    expect(await prisma.click.findUnique({ where: { id: clk }, select: { linkId: true } })).not.toBeNull();
  });
});
