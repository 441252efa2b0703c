// The terms in force for a creator: the workspace's newest disclosure brief
// and the creator's newest contract version, each with the creator's
// acceptance (or none yet). The portal notice and the terms page read this.
import { prisma } from "@/lib/db/prisma";

type Db = Pick<typeof prisma, "disclosureBrief" | "creatorContract" | "disclosureAcceptance">;

export const CONTRACT_SELECT = {
  id: true, version: true, paymentTerms: true, allowedContent: true, disclosureText: true, attributionWindowDays: true,
  commissionType: true, commissionBps: true, commissionFlatMinor: true, effectiveFrom: true, createdAt: true, acceptedAt: true,
} as const;

export async function currentTerms(scope: { workspaceId: string; creatorId: string }, db: Db = prisma) {
  const [brief, contract] = await Promise.all([
    db.disclosureBrief.findFirst({ where: { workspaceId: scope.workspaceId }, orderBy: { version: "desc" }, select: { id: true, version: true, title: true, body: true, publishedAt: true } }),
    db.creatorContract.findFirst({ where: { workspaceId: scope.workspaceId, creatorId: scope.creatorId }, orderBy: { version: "desc" }, select: CONTRACT_SELECT }),
  ]);
  const briefAcceptance = brief
    ? await db.disclosureAcceptance.findFirst({ where: { workspaceId: scope.workspaceId, creatorId: scope.creatorId, briefId: brief.id }, select: { acceptedAt: true } })
    : null;
  return { brief, briefAcceptedAt: briefAcceptance?.acceptedAt ?? null, contract };
}

export type CurrentTerms = Awaited<ReturnType<typeof currentTerms>>;

/** What waits for the creator's acceptance (empty when nothing does). */
export function pendingOf(t: CurrentTerms): string[] {
  return [
    t.brief && !t.briefAcceptedAt ? `disclosure brief v${t.brief.version}` : null,
    t.contract && !t.contract.acceptedAt ? `contract terms v${t.contract.version}` : null,
  ].filter((x): x is string => x !== null);
}
