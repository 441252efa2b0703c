// GET /api/campaigns – the workspace's campaigns (first page, newest first).
// POST /api/campaigns – create a campaign; its terms become version 1.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { listCampaigns } from "@/lib/campaigns/list";
import { createCampaign } from "@/lib/campaigns/mutate";
import { createCampaignSchema } from "@/lib/campaigns/schema";

export const GET = withWorkspace("campaigns.read", async ({ ctx }) => listCampaigns(ctx.workspace.id, { q: "", sort: "startsAt", dir: "desc", page: 1 }));

export const POST = withWorkspace("campaigns.write", async ({ req, ctx }) => {
  const campaign = await createCampaign(ctx, await parseJson(req, createCampaignSchema));
  return Response.json({ campaign }, { status: 201 });
});
