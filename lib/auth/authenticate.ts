import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/api/errors";
import { assertLoginAllowed, recordLoginFailure, recordLoginSuccess } from "@/lib/security/login-limits";
import { DUMMY_HASH, verifyPassword } from "./password";
import { loginSchema } from "./schema";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  /** copied into the session token; a later bump ends the session (sessions.ts) */
  sessionVersion: number;
}

/**
 * Checks an email + password from a client IP (lib/security/client-ip.ts).
 * Failures are throttled per address and per (email, address)
 * (lib/security/login-limits.ts), and the answer never says which of the two
 * was wrong: an unknown email costs the same bcrypt comparison as a wrong
 * password.
 */
export async function authenticate(input: unknown, clientIp: string): Promise<AuthenticatedUser | null> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await assertLoginAllowed(email, clientIp);
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true, memberships: { select: { role: true } }, creators: { select: { status: true } } },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    await recordLoginFailure(email, clientIp);
    return null;
  }
  // checked only after the password, so the refusal says nothing to someone who does not know it
  if (archivedOnly(user)) return null;
  await recordLoginSuccess(email, clientIp);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

/** A creator whose every creator profile is archived, and who is no teammate anywhere, has nothing left to sign in to. */
function archivedOnly(user: { memberships: { role: string }[]; creators: { status: string }[] }): boolean {
  return user.creators.length > 0 && user.creators.every((c) => c.status === "archived") && user.memberships.every((m) => m.role === "creator");
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof AppError && error.code === "rate_limited";
}
