// Security headers on pages: no framing (CSP frame-ancestors 'none'), no MIME
// sniffing, a referrer policy, HSTS when the app's URL is https. The fast
// doors' answers are untouched.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hit, startDoor, type RunningDoor } from "../support/doors";

describe.each([
  ["http", {}],
  ["https", { NEXTAUTH_URL: "https://ledger.example" }],
] as const)("pages when the app's URL is %s", (scheme, env) => {
  let door: RunningDoor;
  beforeAll(async () => { door = await startDoor("fast", { FAST_DOORS_ONLY: "0", ...env }); }, 90_000);
  afterAll(async () => { await door?.stop(); });

  it("send CSP, nosniff and a referrer policy on the login page and the API", async () => {
    for (const path of ["/login", "/app", "/api/creators"]) {
      const { headers } = await hit(`${door.url}${path}`);
      const csp = headers.get("content-security-policy") ?? "";
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("object-src 'none'");
      expect(headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(headers.get("referrer-policy"), path).toBe("strict-origin-when-cross-origin");
      if (scheme === "https") expect(headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{7,}/);
      else expect(headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("leave the fast /r door's answers as they were", async () => {
    const { status, headers } = await hit(`${door.url}/r/nosuchcode`);
    expect(status).toBe(404);
    expect(headers.get("content-security-policy")).toBeNull();
  });
});
