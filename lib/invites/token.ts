// Invite tokens: 32 random bytes, shown once in the link; only their sha256
// is stored, so a database reader cannot use an open invite.
import { randomBytes } from "node:crypto";
import { sha256Hex } from "@/lib/security/secret-box";

export const INVITE_TTL_DAYS = 7;

export const hashInviteToken = (token: string): string => sha256Hex(`invite:${token}`);

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export const inviteUrl = (origin: string, token: string): string => `${origin}/invite/${token}`;
