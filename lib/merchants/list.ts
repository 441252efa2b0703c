// The merchants page's rows: what may be shown, as a type. Sealed secrets
// and the GET token's hash never leave the server: only secret hints, and
// whether a token is set.
import type { Prisma } from "@/lib/generated/prisma/client";
import { effectivePixelPolicy } from "@/lib/conversions/pixel-policy";
import { prisma } from "@/lib/db/prisma";

const merchantSelect = {
  id: true,
  name: true,
  currency: true,
  allowedDomains: true,
  pixelKey: true,
  pixelSalesPolicy: true,
  getTokenHash: true,
  secrets: { where: { revokedAt: null }, select: { id: true, hint: true, isTest: true, createdAt: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.MerchantSelect;

export async function listMerchants(workspaceId: string) {
  const rows = await prisma.merchant.findMany({ where: { workspaceId }, select: merchantSelect, orderBy: { createdAt: "asc" } });
  return rows.map(({ getTokenHash, ...m }) => {
    const hasServerCredentials = getTokenHash !== null || m.secrets.some((s) => !s.isTest);
    return { ...m, hasGetToken: getTokenHash !== null, pixelPolicyInForce: effectivePixelPolicy({ pixelSalesPolicy: m.pixelSalesPolicy, hasServerCredentials }) };
  });
}

export type MerchantRow = Awaited<ReturnType<typeof listMerchants>>[number];
