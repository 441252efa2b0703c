// Standard Webhooks verification (webhook-id, webhook-timestamp,
// webhook-signature; HMAC-SHA256 over "id.timestamp.body"; 5-minute
// tolerance). Every active secret is tried, so rotation has no gap, and
// signatures are compared in constant time.
import { createHmac, timingSafeEqual } from "node:crypto";

export const TOLERANCE_SECONDS = 5 * 60;

export type SignatureFailure = "missing_headers" | "bad_timestamp" | "stale" | "future" | "no_match";

export const SIGNATURE_FAILURES: Record<SignatureFailure, string> = {
  missing_headers: "webhook-id, webhook-timestamp and webhook-signature headers are required",
  bad_timestamp: "webhook-timestamp must be Unix seconds",
  stale: "webhook-timestamp is more than 5 minutes old (check the sender's clock, or this is a replay)",
  future: "webhook-timestamp is more than 5 minutes in the future (check the sender's clock)",
  no_match: "webhook-signature matches no active signing secret for this merchant",
};

export interface SigningSecret {
  id: string;
  secret: string;
  isTest: boolean;
}

function keyBytes(secret: string): Buffer {
  return Buffer.from(secret.startsWith("whsec_") ? secret.slice(6) : secret, "base64");
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac("sha256", keyBytes(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
}

export function verifySignature(
  headers: { id: string | null; timestamp: string | null; signature: string | null },
  body: string,
  secrets: readonly SigningSecret[],
  nowSeconds = Math.floor(Date.now() / 1000),
): { ok: true; secret: SigningSecret } | { ok: false; failure: SignatureFailure } {
  if (!headers.id || !headers.timestamp || !headers.signature) return { ok: false, failure: "missing_headers" };
  if (!/^\d{1,12}$/.test(headers.timestamp)) return { ok: false, failure: "bad_timestamp" };
  const ts = Number(headers.timestamp);
  if (nowSeconds - ts > TOLERANCE_SECONDS) return { ok: false, failure: "stale" };
  if (ts - nowSeconds > TOLERANCE_SECONDS) return { ok: false, failure: "future" };
  const offered = headers.signature
    .split(" ")
    .filter((s) => s.startsWith("v1,"))
    .map((s) => Buffer.from(s.slice(3), "base64"));
  for (const secret of secrets) {
    const expected = Buffer.from(sign(secret.secret, headers.id, ts, body), "base64");
    // every offered signature is compared, in constant time, against every secret
    const match = offered.reduce((m, sig) => (sig.length === expected.length && timingSafeEqual(sig, expected)) || m, false);
    if (match) return { ok: true, secret };
  }
  return { ok: false, failure: "no_match" };
}
