// The IP evidence kept with an acceptance: a hash, never the address. The
// app secret is mixed in so the hash cannot be reversed by hashing the whole
// IPv4 space; the same client in the same workspace hashes the same way.
import { clientIpOf, type HeaderReader } from "@/lib/security/client-ip";
import { sha256Hex } from "@/lib/security/secret-box";

export function acceptanceIpHash(headers: HeaderReader, workspaceId: string): string {
  return sha256Hex(`acceptance:${process.env.NEXTAUTH_SECRET ?? ""}:${workspaceId}:${clientIpOf(headers)}`);
}
