// Who is posting: the merchant in the URL, proven by a Standard Webhooks
// signature (POST) or by the merchant's GET token. The merchant and its active
// secrets are cached per process for 5 s (hits and misses), so a postback does
// not pay two queries for them; a revoked secret stops working within 5 s on
// every instance.
import { timingSafeEqual } from "node:crypto";
import { LRUCache } from "lru-cache";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { processSingleton } from "@/lib/process-singleton";
import { openSecret, sha256Hex } from "@/lib/security/secret-box";
import { SIGNATURE_FAILURES, verifySignature, type SigningSecret } from "./signature";

export interface HeaderReader {
  get(name: string): string | null;
}

export interface PostingMerchant {
  id: string;
  workspaceId: string;
  getTokenHash: string | null;
  /** active (unrevoked) signing secrets, opened */
  secrets: SigningSecret[];
}

export const MERCHANT_TTL_MS = 5_000;
const MISSING = { missing: true } as const;

// one cache per process: a credential change made through Next.js's bundle must evict the entry the fast door reads
const merchants = processSingleton("merchantCache", () => new LRUCache<string, PostingMerchant | typeof MISSING>({
  max: 10_000,
  ttl: MERCHANT_TTL_MS,
  fetchMethod: async (merchantId) => {
    const m = await prisma.merchant.findUnique({
      where: { id: merchantId },
      select: { id: true, workspaceId: true, getTokenHash: true, secrets: { where: { revokedAt: null }, select: { id: true, secretEncrypted: true, isTest: true } } },
    });
    if (!m) return MISSING;
    return { id: m.id, workspaceId: m.workspaceId, getTokenHash: m.getTokenHash, secrets: m.secrets.map((s) => ({ id: s.id, isTest: s.isTest, secret: openSecret(s.secretEncrypted) })) };
  },
}));

const MERCHANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function findMerchant(merchantId: string): Promise<PostingMerchant> {
  const m = MERCHANT_ID.test(merchantId) ? await merchants.fetch(merchantId) : undefined;
  if (!m || "missing" in m) throw new AppError("not_found", `No merchant ${merchantId}: check the merchant id in the postback URL.`);
  return m;
}

/** Verifies the signature against every active secret; says whether a test secret signed it. */
export function verifySignedBody(merchant: PostingMerchant, headers: HeaderReader, body: string): { testSecret: boolean } {
  const result = verifySignature({ id: headers.get("webhook-id"), timestamp: headers.get("webhook-timestamp"), signature: headers.get("webhook-signature") }, body, merchant.secrets);
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

/** Drops a merchant from this instance's cache after its credentials change. */
export function forgetMerchant(merchantId: string): void {
  merchants.delete(merchantId);
}
