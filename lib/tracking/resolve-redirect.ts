// The redirect's whole logic, shared by both doors (the Next.js route handler
// and the fast node:http door): look the link up, describe the visitor,
// durably record the click, answer 302 to the allow-listed destination.
// An archived creator's link still takes the shopper where they meant to go
// (a printed or posted link never breaks), but records no click and carries
// no UTMs or click id, so nothing reported back can credit anyone.
import { newClickId } from "@/lib/ids";
import type { ClickRow } from "./click-store";
import type { IpHasher } from "./ip-hash";
import type { LinkLookup } from "./link-lookup";
import { normalizeSub } from "./placement";
import { describeVisitor, type RequestFacts } from "./visitor";

export interface RedirectDeps {
  links: LinkLookup;
  hasher: IpHasher;
  record: (row: ClickRow) => Promise<void>;
  now?: () => number;
}

export interface RedirectInput extends RequestFacts {
  code: string;
  sub: string | null;
}

export type RedirectResult = { status: 302; location: string; clickId: string | null } | { status: 404; reason: "unknown" | "disabled" | "destination_not_allowed" };

export async function resolveRedirect(input: RedirectInput, deps: RedirectDeps): Promise<RedirectResult> {
  const link = await deps.links.get(input.code);
  if (!link) return { status: 404, reason: "unknown" };
  if (link.disabled) return { status: 404, reason: "disabled" };
  // Re-checked here (per cache fill), not only when saved: the allow-list may have shrunk since.
  if (link.destinationProblem) return { status: 404, reason: "destination_not_allowed" };
  // the status comes with the cached link row: no query of its own
  if (link.creatorArchived) return { status: 302, location: link.destinationUrl, clickId: null };

  await deps.hasher.ready;
  const now = deps.now?.() ?? Date.now();
  const { placement, rawSub } = normalizeSub(input.sub, link.placements);
  const visitor = describeVisitor(input);
  const clickId = newClickId();
  const location = link.location(placement, clickId);
  await deps.record({
    id: clickId,
    workspaceId: link.workspaceId,
    linkId: link.linkId,
    creatorId: link.creatorId,
    campaignId: link.campaignId,
    placement,
    rawSub,
    occurredAt: new Date(now).toISOString(),
    country: visitor.country,
    referrerHost: visitor.referrerHost,
    device: visitor.device,
    isBot: visitor.isBot,
    ipHash: deps.hasher.hash(visitor.ip, now),
  });
  return { status: 302, location, clickId };
}
