// An owner's edit of a merchant's allowed destination domains and pixel
// origins, audited with before/after. Shrinking the allow-list turns live
// links that point elsewhere into 404s (the redirect re-checks within 5 s), so
// it needs confirm: true, and the refusal says how many links.
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { checkDestination } from "@/lib/tracking/destination";
import type { MerchantSettingsInput } from "./schema";

export async function saveMerchantSettings(ctx: AuthContext, merchantId: string, input: MerchantSettingsInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.merchant.findFirst({ where: { id: merchantId, workspaceId: ctx.workspace.id }, select: { allowedDomains: true, pixelAllowedOrigins: true } });
    if (!before) throw new AppError("not_found", "No such merchant in this workspace.");
    const links = await tx.trackingLink.findMany({ where: { workspaceId: ctx.workspace.id, merchantId, disabledAt: null }, select: { destinationUrl: true } });
    const breaking = links.filter((l) => !checkDestination(l.destinationUrl, before.allowedDomains) && checkDestination(l.destinationUrl, input.allowedDomains)).length;
    if (breaking > 0 && !input.confirm) {
      throw new AppError("conflict", `${breaking} live link(s) point at a domain you are removing: they would answer 404 to shoppers. Confirm to save anyway.`);
    }
    const after = { allowedDomains: input.allowedDomains, pixelAllowedOrigins: input.pixelAllowedOrigins };
    await tx.merchant.updateMany({ where: { id: merchantId, workspaceId: ctx.workspace.id }, data: after });
    await audit(tx, ctx, { action: "merchant.settings_saved", entityType: "Merchant", entityId: merchantId, before, after: { ...after, ...(breaking ? { linksBroken: breaking } : {}) } });
    return { id: merchantId, ...after, linksBroken: breaking };
  });
}
