// A creator and a campaign named by a request, both checked to be the
// workspace's own in one round trip; 422 naming each field that is not.
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";

export async function requireCreatorAndCampaign(workspaceId: string, ids: { creatorId: string; campaignId: string }) {
  const [creator, campaign] = await Promise.all([
    prisma.creator.findFirst({ where: { id: ids.creatorId, workspaceId }, select: { id: true, name: true } }),
    prisma.campaign.findFirst({ where: { id: ids.campaignId, workspaceId }, select: { id: true, name: true, currency: true } }),
  ]);
  const missing = [!creator && "creatorId", !campaign && "campaignId"].filter((f): f is string => Boolean(f));
  if (missing.length) throw new AppError("unprocessable", `Not found in this workspace: ${missing.join(", ")}.`, { errors: missing.map((path) => ({ path, message: "not found in this workspace" })) });
  return { creator: creator!, campaign: campaign! };
}
