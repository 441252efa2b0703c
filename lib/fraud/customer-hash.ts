// The customer reference as stored: sha256 of the workspace and the
// reference, so the same shopper is recognised across orders (new-customer
// flags) without storing who they are. A reference that is an email is
// compared as an address: trimmed and lower-cased, the way a creator's email
// is stored (lib/creators/schema.ts), so "  Ana@Example.com" hashes like the
// creator "ana@example.com" and a self-purchase is visible (self-purchase.ts).
import { sha256Hex } from "@/lib/security/secret-box";

export function normalizeCustomerRef(ref: string): string {
  const trimmed = ref.trim();
  return trimmed.includes("@") ? trimmed.toLowerCase() : trimmed;
}

export function customerHashOf(workspaceId: string, ref: string): string {
  return sha256Hex(`${workspaceId}:${normalizeCustomerRef(ref)}`);
}

/** The same hash in SQL, of a stored creator email (already trimmed and lower-cased on save; normalised again for older rows). */
export const CREATOR_EMAIL_HASH_SQL = (workspaceId: string, email: string) => `encode(sha256(convert_to(${workspaceId} || ':' || lower(btrim(${email})), 'UTF8')), 'hex')`;
