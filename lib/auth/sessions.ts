// Ending sessions. Sessions are JWTs (no session table): each carries the
// user's sessionVersion from sign-in, and the request context (context.ts)
// refuses a token whose version is no longer the user's. Bumping the version
// therefore ends every session of that user at once, on every instance.
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "./password";

/** Ends every existing session of the user: call after sign-out, a removed membership, a role change or an archived creator (in the change's transaction when given one). */
export async function endSessions(userId: string, db: Pick<Prisma.TransactionClient, "user"> = prisma): Promise<void> {
  // updateMany: a user deleted meanwhile has no sessions left to end
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

export const newPasswordSchema = z.string().min(12, { error: "Use at least 12 characters." }).max(200);

/** Sets a new password and, in the same statement, ends every session signed in with the old one. */
export async function changePassword(userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPasswordSchema.parse(newPassword));
  await prisma.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
}
