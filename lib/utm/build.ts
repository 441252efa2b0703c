// The builder: only URLs that follow the playbook. A tracking link
// (/r/{code}/{placement}: the click is counted and the UTMs are added on
// redirect) or a direct UTM URL (the destination with the same utm_* values,
// for places that cannot take a redirect; no click is counted, so sales from
// it are credited by coupon code only). Anything off the convention is
// refused with the rule it breaks.
import { AppError, type FieldError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { buildLocation, checkDestination, creatorSlug, DESTINATION_PROBLEMS } from "@/lib/tracking/destination";
import { loadConvention } from "./convention";
import { campaignIssue, conventionIssues, withoutUtm } from "./lint";
import type { BuildInput } from "./schema";
import { trackingUrl } from "./public-url";

export interface Built {
  kind: "tracking" | "direct";
  url: string;
  utm: Record<string, string>;
}

export async function buildUrl(workspaceId: string, input: BuildInput, origin: string): Promise<Built> {
  const [convention, link, placements] = await Promise.all([
    loadConvention(workspaceId),
    prisma.trackingLink.findFirst({
      where: { workspaceId, code: input.code },
      select: { code: true, destinationUrl: true, disabledAt: true, creator: { select: { name: true } }, campaign: { select: { id: true, name: true, utmCampaign: true } }, merchant: { select: { allowedDomains: true } } },
    }),
    prisma.placement.findMany({ where: { workspaceId }, select: { key: true } }),
  ]);
  if (!link) throw new AppError("unprocessable", "No such link in this workspace.", { errors: [{ path: "code", message: "No link with this code in this workspace." }] });
  const errors: FieldError[] = [];
  if (link.disabledAt) errors.push({ path: "code", message: "This link is disabled: it answers 404 to shoppers." });
  if (!placements.some((p) => p.key === input.placement)) errors.push({ path: "placement", message: `content-is-placement: "${input.placement}" is not in the placement taxonomy.` });
  for (const issue of conventionIssues(convention)) errors.push({ path: "convention", message: `${issue.rule}: ${issue.subject} "${issue.value}" ${issue.problem}; fix the convention first.` });
  const campaignProblem = campaignIssue(link.campaign, convention.campaignPattern, new Set());
  if (campaignProblem) errors.push({ path: "code", message: `${campaignProblem.rule}: the campaign's value "${link.campaign.utmCampaign}" ${campaignProblem.problem}; fix it in the linter first.` });

  const destination = input.kind === "direct" && input.destinationUrl ? input.destinationUrl : link.destinationUrl;
  const destinationProblem = checkDestination(destination, link.merchant.allowedDomains);
  if (destinationProblem) errors.push({ path: "destinationUrl", message: `destination-allowed: the destination ${DESTINATION_PROBLEMS[destinationProblem]}.` });
  else if (input.kind === "direct" && withoutUtm(destination)) errors.push({ path: "destinationUrl", message: "destination-no-utm: leave utm_* parameters out; the builder sets them." });
  if (errors.length > 0) throw new AppError("unprocessable", errors.map((e) => e.message).join(" "), { errors });

  const values = { creator: creatorSlug(link.creator.name), campaign: link.campaign.utmCampaign, placement: input.placement };
  // the same function the redirect uses, so a direct URL carries exactly the UTMs a click would
  const full = new URL(buildLocation(destination, convention, values, "x"));
  full.searchParams.delete("clk");
  const utm = Object.fromEntries([...full.searchParams].filter(([k]) => k.startsWith("utm_")));
  return { kind: input.kind, url: input.kind === "tracking" ? trackingUrl(origin, link.code, input.placement) : full.toString(), utm };
}
