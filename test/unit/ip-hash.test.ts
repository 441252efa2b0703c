import { createHash, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { IP_SALT, keyedHash } from "@/lib/tracking/ip-hash";

const salt = () => randomBytes(32).toString("hex");
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join("."));
const ip = fc.oneof(ipv4, fc.ipV6());

describe("keyedHash (the IP pseudonym)", () => {
  it("is SHA-256 of the day's salt followed by the IP, 32 hex digits of it", () => {
    // changing the construction would split every visitor of the day it ships on into two
    fc.assert(fc.property(ip, (addr) => {
      const s = salt();
      expect(s).toMatch(IP_SALT);
      expect(keyedHash(s, addr)).toBe(createHash("sha256").update(s).update(addr).digest("hex").slice(0, 32));
    }), { numRuns: 200 });
  });

  it("tells IPs apart under one salt and links none across salts", () => {
    fc.assert(fc.property(ip, ip, (a, b) => {
      const s = salt();
      expect(keyedHash(s, a) === keyedHash(s, b)).toBe(a === b);
      expect(keyedHash(salt(), a)).not.toBe(keyedHash(s, a));
    }), { numRuns: 200 });
  });
});
