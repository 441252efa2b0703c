// A merchant's postback credentials: Standard Webhooks signing secrets (several
// may be active during a rotation; test secrets mark postbacks as sandbox) and
// the GET-postback token. Each is shown once, when made; at rest a secret is
// sealed (the server needs it to verify HMACs) and the token only hashed.
// Every change is audited, never with the credential in it.
import { randomBytes } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { forgetMerchant } from "@/lib/conversions/merchant-auth";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { sealSecret, sha256Hex } from "@/lib/security/secret-box";

/** whsec_ + 24 random bytes, base64: the Standard Webhooks secret format the merchant's library expects. */
export const newSigningSecret = () => `whsec_${randomBytes(24).toString("base64")}`;
export const newGetToken = () => `gtk_${randomBytes(24).toString("base64url")}`;
/** Enough to tell secrets apart in a list, not enough to help a guess: the prefix and 4 characters. */
export const secretHint = (secret: string) => secret.slice(0, 10);

async function ownMerchant(ctx: AuthContext, merchantId: string) {
  const merchant = await prisma.merchant.findFirst({ where: { id: merchantId, workspaceId: ctx.workspace.id }, select: { id: true } });
  if (!merchant) throw new AppError("not_found", "No such merchant in this workspace.");
  return merchant;
}

export async function createSigningSecret(ctx: AuthContext, merchantId: string, input: { test: boolean }) {
  await ownMerchant(ctx, merchantId);
  const secret = newSigningSecret();
  const row = { id: newId("sec"), workspaceId: ctx.workspace.id, merchantId, hint: secretHint(secret), isTest: input.test };
  await prisma.$transaction(async (tx) => {
    await tx.merchantSecret.create({ data: { ...row, secretEncrypted: sealSecret(secret) } });
    await audit(tx, ctx, { action: "merchant_secret.created", entityType: "MerchantSecret", entityId: row.id, after: row });
  });
  forgetMerchant(merchantId);
  return { ...row, secret };
}

export async function revokeSigningSecret(ctx: AuthContext, merchantId: string, secretId: string) {
  await ownMerchant(ctx, merchantId);
  const revokedAt = new Date();
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.merchantSecret.updateMany({ where: { id: secretId, merchantId, workspaceId: ctx.workspace.id, revokedAt: null }, data: { revokedAt } });
    if (count === 0) {
      const exists = await tx.merchantSecret.findFirst({ where: { id: secretId, merchantId, workspaceId: ctx.workspace.id }, select: { revokedAt: true } });
      throw exists ? new AppError("conflict", `This secret was already revoked on ${exists.revokedAt?.toISOString().slice(0, 10)}.`) : new AppError("not_found", "No such signing secret for this merchant.");
    }
    await audit(tx, ctx, { action: "merchant_secret.revoked", entityType: "MerchantSecret", entityId: secretId, after: { revokedAt } });
  });
  // this instance stops accepting it now; others within their 5 s cache lifetime
  forgetMerchant(merchantId);
  return { id: secretId, revokedAt };
}

export async function rotateGetToken(ctx: AuthContext, merchantId: string) {
  await ownMerchant(ctx, merchantId);
  const token = newGetToken();
  await prisma.$transaction(async (tx) => {
    await tx.merchant.update({ where: { id: merchantId }, data: { getTokenHash: sha256Hex(token) } });
    await audit(tx, ctx, { action: "merchant.get_token_rotated", entityType: "Merchant", entityId: merchantId });
  });
  forgetMerchant(merchantId);
  return { token };
}
