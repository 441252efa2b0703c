import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildLocation, checkDestination, creatorSlug, locationTemplate } from "@/lib/tracking/destination";
import { MAX_RAW_SUB, normalizeSub } from "@/lib/tracking/placement";

const allowed = ["brand.example", "*.shop.example"];

describe("checkDestination", () => {
  it.each([
    ["https://brand.example/p?x=1", null],
    ["https://eu.shop.example/p", null],
    ["https://brand.example./p", null],
    ["https://shop.example/p", "host_not_allowed"],
    ["//evil.example", "not_a_url"],
    ["https://brand.example.evil.example/", "host_not_allowed"],
    ["https://brand.example@evil.example/", "credentials"],
    ["https://evil.example#brand.example", "host_not_allowed"],
    ["https://brand.example\\@evil.example", "unsafe_characters"],
    ["https://brand.example/%0d%0aSet-Cookie:x", null],
    ["https://brand.example/\r\nLocation: https://evil.example", "unsafe_characters"],
    ["javascript:alert(1)//brand.example", "not_https"],
    ["http://brand.example/", "not_https"],
    ["https://brand.example:8443/", "port"],
    ["https://xn--brnd-loa.example/", "host_not_allowed"],
  ])("%s → %s", (url, problem) => {
    expect(checkDestination(url, allowed)).toBe(problem);
  });
});

describe("buildLocation", () => {
  it("applies the convention, keeps the destination's own parameters and overrides stale UTMs", () => {
    const loc = new URL(buildLocation("https://brand.example/p?color=red&utm_source=old", { utmSource: "{creator}", utmMedium: "influencer", utmContent: "{placement}", utmTerm: "{campaign}-{placement}" }, { creator: "maya-chen", campaign: "spring", placement: "story" }, "CLK"));
    expect(loc.host).toBe("brand.example");
    expect([...loc.searchParams]).toEqual([["color", "red"], ["utm_source", "maya-chen"], ["utm_medium", "influencer"], ["utm_campaign", "spring"], ["utm_content", "story"], ["utm_term", "spring-story"], ["clk", "CLK"]]);
  });

  it("built once per link and placement (the redirect's template), is the same string for every click id", () => {
    const part = fc.constantFrom("", "a", "clk", "clk0slot0", "utm_source", "x y", "ü", "#", "&", "=", "%20", "+", "?");
    const query = fc.array(fc.tuple(part, part).map(([k, v]) => `${k}=${v}`), { maxLength: 4 }).map((kv) => (kv.length ? `?${kv.join("&")}` : ""));
    const fragment = fc.constantFrom("", "#", "#top", "#a?b=c", "#clk0slot0");
    const destination = fc.tuple(fc.constantFrom("/", "/p", "/p/ü q", "/clk0slot0"), query, fragment).map(([p, q, h]) => `https://brand.example${p}${q}${h}`);
    const template = fc.constantFrom("{creator}", "{placement}", "ig-{creator}-{campaign}", "fixed", "a b&c");
    const convention = fc.record({ utmSource: template, utmMedium: template, utmContent: template, utmTerm: fc.option(template, { nil: null }) });
    const values = fc.record({ creator: fc.constantFrom("maya-chen", "zoë", ""), campaign: fc.constantFrom("spring", "a&b", ""), placement: fc.constantFrom("story", "none", "x y") });
    const clickId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{21}$/), fc.string(), fc.constantFrom("clk0slot0", "a b", "é&#"));
    fc.assert(
      fc.property(destination, convention, values, fc.array(clickId, { minLength: 1, maxLength: 3 }), (d, c, v, ids) => {
        const at = locationTemplate(d, c, v);
        for (const id of ids) expect(at(id)).toBe(buildLocation(d, c, v, id));
      }),
      { numRuns: 2_000 },
    );
  });

  it("slugs creator names for utm_source", () => {
    expect(creatorSlug("Zoë O'Brien-Łukasz")).toBe("zoe-o-brien-ukasz");
  });
});

describe("normalizeSub", () => {
  const taxonomy = ["story", "post", "bio"];
  it("maps taxonomy keys case-insensitively and keeps anything else as other", () => {
    expect(normalizeSub(" Story ", taxonomy)).toEqual({ placement: "story", rawSub: null });
    expect(normalizeSub("tiktok-live", taxonomy)).toEqual({ placement: "other", rawSub: "tiktok-live" });
    expect(normalizeSub(null, taxonomy)).toEqual({ placement: "none", rawSub: null });
  });
  it("strips control characters and truncates by code point", () => {
    expect(normalizeSub("a\u0000b\nc", taxonomy).rawSub).toBe("abc");
    const long = normalizeSub("🙂".repeat(200), taxonomy).rawSub!;
    expect(Array.from(long)).toHaveLength(MAX_RAW_SUB);
    expect(long.isWellFormed()).toBe(true);
  });
});
