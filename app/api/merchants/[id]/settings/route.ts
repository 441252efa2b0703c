// PUT /api/merchants/{id}/settings – { allowedDomains, pixelAllowedOrigins, confirm? } (owner, audited; 409 when live links would break unless confirmed).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { merchantSettingsSchema } from "@/lib/merchants/schema";
import { saveMerchantSettings } from "@/lib/merchants/settings";

export const PUT = withWorkspace<{ id: string }>("merchants.write", async ({ req, params, ctx }) => saveMerchantSettings(ctx, params.id, await parseJson(req, merchantSettingsSchema)));
