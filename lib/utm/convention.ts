// The workspace's UTM convention: the templates the redirect fills
// (utmSource, utmMedium, utmContent, utmTerm) and the playbook's rules
// (allowed sources and mediums, campaign pattern, what the term means).
// The redirect reads only the templates (lib/tracking/link-lookup.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import type { ConventionInput } from "./schema";

export const conventionSelect = {
  utmSource: true,
  utmMedium: true,
  utmContent: true,
  utmTerm: true,
  utmAllowedSources: true,
  utmAllowedMediums: true,
  utmCampaignPattern: true,
  utmTermNote: true,
} satisfies Prisma.WorkspaceSelect;

export interface Convention {
  utmSource: string;
  utmMedium: string;
  utmContent: string;
  utmTerm: string | null;
  allowedSources: string[];
  allowedMediums: string[];
  campaignPattern: string;
  termNote: string | null;
}

type Row = Prisma.WorkspaceGetPayload<{ select: typeof conventionSelect }>;
const toConvention = (w: Row): Convention => ({
  utmSource: w.utmSource,
  utmMedium: w.utmMedium,
  utmContent: w.utmContent,
  utmTerm: w.utmTerm,
  allowedSources: w.utmAllowedSources,
  allowedMediums: w.utmAllowedMediums,
  campaignPattern: w.utmCampaignPattern,
  termNote: w.utmTermNote,
});

export async function loadConvention(workspaceId: string): Promise<Convention> {
  const w = await prisma.workspace.findUnique({ where: { id: workspaceId }, select: conventionSelect });
  if (!w) throw new AppError("not_found", "No such workspace.");
  return toConvention(w);
}

/** Saves the convention (owners). utm_content is always the placement: the taxonomy is the content dimension. */
export async function saveConvention(ctx: AuthContext, input: ConventionInput): Promise<Convention> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: conventionSelect });
    const data = {
      utmSource: input.utmSource,
      utmMedium: input.utmMedium,
      utmContent: "{placement}",
      utmTerm: input.utmTerm,
      utmAllowedSources: input.allowedSources,
      utmAllowedMediums: input.allowedMediums,
      utmCampaignPattern: input.campaignPattern,
      utmTermNote: input.termNote,
    };
    const after = await tx.workspace.update({ where: { id: ctx.workspace.id }, data, select: conventionSelect });
    await audit(tx, ctx, { action: "utm.convention_saved", entityType: "Workspace", entityId: ctx.workspace.id, before, after });
    return toConvention(after);
  });
}
