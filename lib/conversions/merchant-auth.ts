// Who is posting: the merchant in the URL, proven by a Standard Webhooks
// signature (POST) or by the merchant's GET token.
import { timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { openSecret, sha256Hex } from "@/lib/security/secret-box";
import { SIGNATURE_FAILURES, verifySignature } from "./signature";

export interface PostingMerchant {
  id: string;
  workspaceId: string;
}

export async function findMerchant(merchantId: string) {
  const merchant = await prisma.merchant.findUnique({ where: { id: merchantId }, select: { id: true, workspaceId: true, getTokenHash: true } });
  if (!merchant) throw new AppError("not_found", `No merchant ${merchantId}: check the merchant id in the postback URL.`);
  return merchant;
}

/** Verifies the signature against every active secret; says whether a test secret signed it. */
export async function verifySignedBody(merchantId: string, headers: Headers, body: string): Promise<{ testSecret: boolean }> {
  const secrets = await prisma.merchantSecret.findMany({ where: { merchantId, revokedAt: null }, select: { id: true, secretEncrypted: true, isTest: true } });
  const result = verifySignature(
    { id: headers.get("webhook-id"), timestamp: headers.get("webhook-timestamp"), signature: headers.get("webhook-signature") },
    body,
    secrets.map((s) => ({ id: s.id, isTest: s.isTest, secret: openSecret(s.secretEncrypted) })),
  );
  if (!result.ok) throw new AppError("unauthorized", `Signature rejected: ${SIGNATURE_FAILURES[result.failure]}.`);
  return { testSecret: result.secret.isTest };
}

export function verifyGetToken(tokenHash: string | null, token: string | null): void {
  if (!token) throw new AppError("unauthorized", "The token query parameter is required for GET postbacks.");
  const offered = Buffer.from(sha256Hex(token), "hex");
  const expected = Buffer.from(tokenHash ?? "", "hex");
  if (expected.length !== offered.length || !timingSafeEqual(offered, expected)) {
    throw new AppError("unauthorized", "The token does not match this merchant's GET postback token.");
  }
}
