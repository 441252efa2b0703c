// The choices a ledger's filters offer, and the names its rows are labelled
// with: the workspace's creators, campaigns and placement taxonomy.
import { prisma } from "@/lib/db/prisma";

export interface LedgerOptions {
  creators: { value: string; label: string }[];
  campaigns: { value: string; label: string }[];
  placements: { value: string; label: string }[];
  /** id → name, for a row's creator and campaign columns */
  creatorName: Map<string, string>;
  campaignName: Map<string, string>;
}

export async function ledgerOptions(workspaceId: string): Promise<LedgerOptions> {
  const [creators, campaigns, placements] = await Promise.all([
    prisma.creator.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.placement.findMany({ where: { workspaceId }, select: { key: true, label: true }, orderBy: { key: "asc" } }),
  ]);
  const creatorOptions = creators.map((c) => ({ value: c.id, label: c.name }));
  const campaignOptions = campaigns.map((c) => ({ value: c.id, label: c.name }));
  return {
    creators: creatorOptions,
    campaigns: campaignOptions,
    placements: placements.map((p) => ({ value: p.key, label: p.label })),
    creatorName: labels(creatorOptions),
    campaignName: labels(campaignOptions),
  };
}

/** id → label, for a row's creator or campaign column. */
export const labels = (options: { value: string; label: string }[]) => new Map(options.map((o) => [o.value, o.label]));
