// Coupon codes from a pattern: "{FIRST}{DISCOUNT}" for Mia Chen at 15 → MIA15.
// Pure, so the form previews exactly what the server will store.
import { customAlphabet } from "nanoid";

export const COUPON_TOKENS = ["{FIRST}", "{LAST}", "{DISCOUNT}", "{RANDOM4}"] as const;
/** Stored codes: upper-case letters, digits, - and _; 3–32 characters. */
export const COUPON_CODE = /^[A-Z0-9_-]{3,32}$/;
const RANDOM = customAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 4);

/** "Zoë-Anne" → "ZOEANNE": upper-case ASCII letters and digits only. */
export function asciiUpper(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export function nameParts(name: string): { first: string; last: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return { first: asciiUpper(words[0] ?? ""), last: asciiUpper(words.length > 1 ? words[words.length - 1] : "") };
}

export type PatternProblem = { path: "pattern" | "discount"; message: string };

/** The code a pattern makes for a creator, or what is wrong with the pattern. */
export function expandPattern(pattern: string, values: { name: string; discount?: number | null }, random: () => string = RANDOM): { code: string } | { problem: PatternProblem } {
  const unknown = pattern.match(/\{[^}]*\}/g)?.find((t) => !(COUPON_TOKENS as readonly string[]).includes(t));
  if (unknown) return { problem: { path: "pattern", message: `${unknown} is not a token; use ${COUPON_TOKENS.join(", ")}.` } };
  if (pattern.includes("{DISCOUNT}") && (values.discount == null || !Number.isInteger(values.discount))) {
    return { problem: { path: "discount", message: "The pattern uses {DISCOUNT}: enter the discount number." } };
  }
  const { first, last } = nameParts(values.name);
  if (pattern.includes("{LAST}") && !last) return { problem: { path: "pattern", message: "This creator has no last name to put in {LAST}." } };
  const code = pattern
    .replaceAll("{FIRST}", first)
    .replaceAll("{LAST}", last)
    .replaceAll("{DISCOUNT}", String(values.discount ?? ""))
    .replace(/\{RANDOM4\}/g, () => random())
    .toUpperCase();
  if (!COUPON_CODE.test(code)) return { problem: { path: "pattern", message: `${code || "(empty)"} is not a usable code: 3–32 letters, digits, - or _.` } };
  return { code };
}
