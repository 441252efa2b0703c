import { describe, expect, it } from "vitest";
import { asciiUpper, expandPattern } from "@/lib/coupons/pattern";

describe("coupon codes from a pattern", () => {
  it.each([
    ["{FIRST}{DISCOUNT}", "Mia Chen", 15, "MIA15"],
    ["{FIRST}{LAST}", "Mia Chen", null, "MIACHEN"],
    ["{LAST}-{DISCOUNT}", "Zoë Anne Müller", 20, "MULLER-20"],
    ["{FIRST}{DISCOUNT}", "José", 10, "JOSE10"],
    ["{first}x", "Mia Chen", null, "{FIRST}X"], // lower-case token: not a token, refused below
    ["VIP-{FIRST}", "  mia   chen ", null, "VIP-MIA"],
    ["{FIRST}{RANDOM4}", "Mia Chen", null, "MIAQ7K2"],
    ["{FIRST}{RANDOM4}{RANDOM4}", "Mia Chen", null, "MIAQ7K2Q7K2"],
  ] as const)("%s for %s (discount %s) → %s", (pattern, name, discount, expected) => {
    const out = expandPattern(pattern, { name, discount }, () => "Q7K2");
    if (expected.includes("{")) expect(out).toMatchObject({ problem: { path: "pattern" } });
    else expect(out).toEqual({ code: expected });
  });

  it.each([
    ["{FIRST}{DISCOUNT}", "Mia Chen", null, "discount", "{DISCOUNT}"],
    ["{FIRST}{PERCENT}", "Mia Chen", 15, "pattern", "{PERCENT} is not a token"],
    ["{LAST}{DISCOUNT}", "Mia", 15, "pattern", "no last name"],
    ["{FIRST}", "李", null, "pattern", "not a usable code"],
    ["{FIRST}{LAST}{DISCOUNT}", "Maximiliana-Alexandrina Featherstonehaugh", 15, "pattern", "not a usable code"],
    ["A b", "Mia", null, "pattern", "not a usable code"],
  ] as const)("%s for %s (discount %s) is refused on %s", (pattern, name, discount, path, words) => {
    const out = expandPattern(pattern, { name, discount });
    expect(out).toMatchObject({ problem: { path } });
    expect("problem" in out && out.problem.message).toContain(words);
  });

  it("reduces names to upper-case ASCII letters and digits", () => {
    expect(asciiUpper("Zoë-Anne O'Brien 2")).toBe("ZOEANNEOBRIEN2");
  });
});
