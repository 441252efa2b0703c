// An owner's choice of what commissions of pixel-only sales wait for (see
// lib/conversions/pixel-policy.ts): approve after the holding period, or wait
// for the merchant's server postback or a person. Audited with before/after.
// Applies to pixel sales reported from now on; held commissions stay held
// until confirmed or decided.
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import type { PixelSalesPolicyInput } from "./schema";

export async function setPixelSalesPolicy(ctx: AuthContext, merchantId: string, input: PixelSalesPolicyInput) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.merchant.findFirst({ where: { id: merchantId, workspaceId: ctx.workspace.id }, select: { pixelSalesPolicy: true } });
    if (!before) throw new AppError("not_found", "No such merchant in this workspace.");
    await tx.merchant.updateMany({ where: { id: merchantId, workspaceId: ctx.workspace.id }, data: { pixelSalesPolicy: input.policy } });
    await audit(tx, ctx, { action: "merchant.pixel_sales_policy_set", entityType: "Merchant", entityId: merchantId, before: { pixelSalesPolicy: before.pixelSalesPolicy }, after: { pixelSalesPolicy: input.policy } });
    return { id: merchantId, pixelSalesPolicy: input.policy };
  });
}
