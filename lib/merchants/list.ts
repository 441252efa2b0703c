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
  pixelAllowedOrigins: true,
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

/** One merchant of the workspace, for its integration page (the same public shape: no secrets). */
export async function findMerchant(workspaceId: string, merchantId: string) {
  const m = await prisma.merchant.findFirst({ where: { id: merchantId, workspaceId }, select: merchantSelect });
  if (!m) return null;
  const { getTokenHash, ...rest } = m;
  return { ...rest, hasGetToken: getTokenHash !== null };
}

/** The merchant's live links for the sandbox tester's pick list. */
export async function merchantLinks(workspaceId: string, merchantId: string, take = 200) {
  const rows = await prisma.trackingLink.findMany({
    where: { workspaceId, merchantId, disabledAt: null },
    select: { code: true, creator: { select: { name: true } }, campaign: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map((l) => ({ code: l.code, label: `${l.creator.name} · ${l.campaign.name} (${l.code})` }));
}
