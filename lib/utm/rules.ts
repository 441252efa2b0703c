// The UTM convention's rules, by name: the playbook prints them, the builder
// refuses with them, and the linter reports them. Each rule says what it
// checks in words a teammate or a creator can act on.
import { createContext, Script } from "node:vm";

export const RULES = {
  "lowercase": "UTM values are lowercase: analytics tools count \"Spring\" and \"spring\" as two campaigns.",
  "campaign-pattern": "Every campaign's utm_campaign value matches the workspace's campaign pattern.",
  "source-allowed": "utm_source is one of the allowed sources.",
  "medium-allowed": "utm_medium is one of the allowed mediums.",
  "content-is-placement": "utm_content is the placement, from the placement taxonomy ({placement}).",
  "placement-key": "Placement keys are lowercase: a letter, then letters, digits, - or _.",
  "destination-no-utm": "A link's destination carries no utm_* parameters of its own: the redirect sets them, so any typed in are overwritten.",
  "destination-allowed": "A link's destination is an https URL on its merchant's allow-listed domains.",
  "term-tokens": "utm_term, when set, uses only lowercase text and the {creator}, {campaign} or {placement} tokens.",
} as const;

export type RuleName = keyof typeof RULES;

export const isRuleName = (s: string): s is RuleName => Object.hasOwn(RULES, s);

/** "Spring Sale 2026!" → "spring-sale-2026": the campaign fix the linter offers. */
export function slugValue(value: string): string {
  return value.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

// An owner's pattern runs with a time limit: a pattern with nested repetition
// such as ^(a+)+$ can take exponential time on some values, and must not hang
// the server. (Static checks such as safe-regex flag the default pattern too.)
// The limit is wall-clock time, so a busy process (a GC pause, two cores under
// load) can run it out on a value that matches in microseconds: CI saw the
// builder refuse a valid campaign value so. Only a second, longer run that
// also runs out flags the value; a pathological pattern runs out of both.
const MATCH_TIMEOUTS_MS = [50, 1_000];
const matcher = new Script("new RegExp(pattern).test(value)");
const sandbox = createContext({ pattern: "", value: "" });

export function matchesPattern(value: string, pattern: string): boolean {
  try {
    new RegExp(pattern);
  } catch {
    // an unreadable stored pattern checks nothing rather than flagging everything
    return true;
  }
  Object.assign(sandbox, { pattern, value });
  for (const timeout of MATCH_TIMEOUTS_MS) {
    try {
      return matcher.runInContext(sandbox, { timeout }) === true;
    } catch {
      // ran out of time: try once more, longer (above)
    }
  }
  // too slow to decide twice: flagged, so the owner sees the pattern needs simplifying
  return false;
}
