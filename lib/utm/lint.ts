// The linter: every campaign value, placement, link and convention setting
// that breaks the playbook, the rule it breaks, and the one-click fix where
// one exists (a fix never collides with another campaign's value or key).
import { prisma } from "@/lib/db/prisma";
import { checkDestination, DESTINATION_PROBLEMS } from "@/lib/tracking/destination";
import { loadConvention, type Convention } from "./convention";
import { matchesPattern, RULES, slugValue, type RuleName } from "./rules";
import { PLACEMENT_KEY, UTM_VALUE } from "./schema";

export type SubjectType = "workspace" | "campaign" | "placement" | "link";

export interface LintIssue {
  rule: RuleName;
  subjectType: SubjectType;
  /** the row's id; for workspace settings, the field name */
  subjectId: string;
  subject: string;
  value: string;
  problem: string;
  fix: { to: string; words: string } | null;
}

export function conventionIssues(c: Convention): LintIssue[] {
  const out: LintIssue[] = [];
  const ws = (subjectId: string, subject: string, rule: RuleName, value: string, problem: string, fix: LintIssue["fix"] = null) => out.push({ rule, subjectType: "workspace", subjectId, subject, value, problem, fix });
  const lowered = (v: string) => v.replace(/[A-Z]/g, (x) => x.toLowerCase());
  for (const [field, value, allowed, rule] of [["utmSource", c.utmSource, c.allowedSources, "source-allowed"], ["utmMedium", c.utmMedium, c.allowedMediums, "medium-allowed"]] as const) {
    if (lowered(value) !== value) ws(field, field === "utmSource" ? "utm_source" : "utm_medium", "lowercase", value, "has capital letters", allowed.includes(lowered(value)) ? { to: lowered(value), words: `use "${lowered(value)}"` } : null);
    else if (!allowed.includes(value)) ws(field, field === "utmSource" ? "utm_source" : "utm_medium", rule, value, `is not one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
  if (c.utmContent !== "{placement}") ws("utmContent", "utm_content", "content-is-placement", c.utmContent, "is not the placement", { to: "{placement}", words: "use {placement}" });
  if (c.utmTerm !== null && !UTM_VALUE.test(c.utmTerm)) ws("utmTerm", "utm_term", "term-tokens", c.utmTerm, "uses capitals, spaces or an unknown token", null);
  return out;
}

export function campaignIssue(c: { id: string; name: string; utmCampaign: string }, pattern: string, taken: ReadonlySet<string>): LintIssue | null {
  const base = { subjectType: "campaign" as const, subjectId: c.id, subject: c.name, value: c.utmCampaign };
  const free = (v: string) => v !== c.utmCampaign && !taken.has(v) && v.length > 0;
  const lower = c.utmCampaign.toLowerCase();
  if (lower !== c.utmCampaign) {
    return { ...base, rule: "lowercase", problem: "has capital letters", fix: free(lower) && matchesPattern(lower, pattern) ? { to: lower, words: `lowercase it to "${lower}"` } : free(slugValue(lower)) && matchesPattern(slugValue(lower), pattern) ? { to: slugValue(lower), words: `change it to "${slugValue(lower)}"` } : null };
  }
  if (!matchesPattern(c.utmCampaign, pattern)) {
    const slug = slugValue(c.utmCampaign);
    return { ...base, rule: "campaign-pattern", problem: `does not match ${pattern}`, fix: free(slug) && matchesPattern(slug, pattern) ? { to: slug, words: `change it to "${slug}"` } : null };
  }
  return null;
}

export function placementIssue(p: { id: string; key: string; label: string }, taken: ReadonlySet<string>): LintIssue | null {
  if (PLACEMENT_KEY.test(p.key)) return null;
  const to = slugValue(p.key).replace(/^[^a-z]+/, "").slice(0, 32);
  const fixable = to !== "" && PLACEMENT_KEY.test(to) && !taken.has(to);
  return { rule: "placement-key", subjectType: "placement", subjectId: p.id, subject: p.label, value: p.key, problem: "is not a lowercase key, so no sub-ID ever matches it (sub-IDs are lowercased)", fix: fixable ? { to, words: `change the key to "${to}"` } : null };
}

/** The destination without the utm_* parameters the redirect would overwrite; null when it has none. */
export function withoutUtm(destination: string): string | null {
  let url: URL;
  try {
    url = new URL(destination);
  } catch {
    return null;
  }
  const utm = [...url.searchParams.keys()].filter((k) => k.toLowerCase().startsWith("utm_"));
  if (utm.length === 0) return null;
  for (const k of utm) url.searchParams.delete(k);
  return url.toString();
}

export function linkIssues(l: { id: string; code: string; destinationUrl: string; allowedDomains: string[]; label: string }): LintIssue[] {
  const base = { subjectType: "link" as const, subjectId: l.id, subject: `${l.label} (/r/${l.code})`, value: l.destinationUrl };
  const out: LintIssue[] = [];
  const problem = checkDestination(l.destinationUrl, l.allowedDomains);
  if (problem) out.push({ ...base, rule: "destination-allowed", problem: `the destination ${DESTINATION_PROBLEMS[problem]}; the redirect answers 404 until it is changed on the Links page`, fix: null });
  const stripped = withoutUtm(l.destinationUrl);
  if (stripped) out.push({ ...base, rule: "destination-no-utm", problem: "carries utm_* parameters the redirect overwrites", fix: { to: stripped, words: "remove the utm_* parameters" } });
  return out;
}

/** Every issue in the workspace, convention first, then campaigns, placements and links. */
export async function lintWorkspace(workspaceId: string): Promise<LintIssue[]> {
  const [convention, campaigns, placements, links] = await Promise.all([
    loadConvention(workspaceId),
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true, utmCampaign: true }, orderBy: { name: "asc" } }),
    prisma.placement.findMany({ where: { workspaceId }, select: { id: true, key: true, label: true }, orderBy: { key: "asc" } }),
    prisma.trackingLink.findMany({
      where: { workspaceId },
      select: { id: true, code: true, destinationUrl: true, merchant: { select: { allowedDomains: true } }, creator: { select: { name: true } }, campaign: { select: { name: true } } },
      orderBy: { code: "asc" },
    }),
  ]);
  const campaignValues = new Set(campaigns.map((c) => c.utmCampaign));
  const keys = new Set(placements.map((p) => p.key));
  return [
    ...conventionIssues(convention),
    ...campaigns.map((c) => campaignIssue(c, convention.campaignPattern, campaignValues)).filter((x) => x !== null),
    ...placements.map((p) => placementIssue(p, keys)).filter((x) => x !== null),
    ...links.flatMap((l) => linkIssues({ id: l.id, code: l.code, destinationUrl: l.destinationUrl, allowedDomains: l.merchant.allowedDomains, label: `${l.creator.name} · ${l.campaign.name}` })),
  ];
}

export const ruleWords = (rule: RuleName) => RULES[rule];
