// PUT /api/campaigns/{id} – edit a campaign; changed money terms become a new
// version effective from now or a later `effectiveFrom` (never earlier).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { updateCampaign } from "@/lib/campaigns/mutate";
import { updateCampaignSchema } from "@/lib/campaigns/schema";

export const PUT = withWorkspace<{ id: string }>("campaigns.write", async ({ req, params, ctx }) => updateCampaign(ctx, params.id, await parseJson(req, updateCampaignSchema)));
