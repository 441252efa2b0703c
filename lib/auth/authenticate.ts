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
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) {
    await recordLoginFailure(email, clientIp);
    return null;
  }
  await recordLoginSuccess(email, clientIp);
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof AppError && error.code === "rate_limited";
}
