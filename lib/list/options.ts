// The choices a ledger's filters offer, and the names its rows are labelled
// with: the workspace's creators, campaigns and placement taxonomy.
import { prisma } from "@/lib/db/prisma";

export interface LedgerOptions {
  creators: { value: string; label: string }[];
  campaigns: { value: string; label: string }[];
  placements: { value: string; label: string }[];
}

export async function ledgerOptions(workspaceId: string): Promise<LedgerOptions> {
  const [creators, campaigns, placements] = await Promise.all([
    prisma.creator.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.campaign.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    prisma.placement.findMany({ where: { workspaceId }, select: { key: true, label: true }, orderBy: { key: "asc" } }),
  ]);
  return {
    creators: creators.map((c) => ({ value: c.id, label: c.name })),
    campaigns: campaigns.map((c) => ({ value: c.id, label: c.name })),
    placements: placements.map((p) => ({ value: p.key, label: p.label })),
  };
}

/** id → label, for a row's creator or campaign column. */
export const labels = (options: { value: string; label: string }[]) => new Map(options.map((o) => [o.value, o.label]));
