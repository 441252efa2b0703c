import { prisma } from "@/lib/db/prisma";
import { AppError } from "@/lib/api/errors";
import { consume, reset } from "@/lib/security/rate-limit";
import { DUMMY_HASH, verifyPassword } from "./password";
import { loginSchema } from "./schema";

export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
}

/**
 * Checks an email + password. Rate limited per email and per client, and the
 * answer never says which of the two was wrong: an unknown email costs the
 * same bcrypt comparison as a wrong password.
 */
export async function authenticate(input: unknown, clientKey: string): Promise<AuthenticatedUser | null> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  await consume("loginByClient", clientKey);
  await consume("loginByEmail", email);
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) return null;
  await reset("loginByEmail", email);
  return { id: user.id, email: user.email, name: user.name };
}

export function isRateLimited(error: unknown): boolean {
  return error instanceof AppError && error.code === "rate_limited";
}
