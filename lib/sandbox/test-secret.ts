// The signing secret a sandbox run signs with: the merchant's newest active
// test secret, opened on the server and never sent to the browser. Without
// one, an owner gets one made (audited, like any new secret); anyone else is
// told to ask an owner.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { can } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/prisma";
import { createSigningSecret } from "@/lib/merchants/credentials";
import { openSecret } from "@/lib/security/secret-box";

export async function testSecretFor(ctx: AuthContext, merchantId: string): Promise<{ secret: string; created: boolean }> {
  const row = await prisma.merchantSecret.findFirst({
    where: { workspaceId: ctx.workspace.id, merchantId, isTest: true, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { secretEncrypted: true },
  });
  if (row) return { secret: openSecret(row.secretEncrypted), created: false };
  if (!can(ctx.role, "merchants.write")) {
    throw new AppError("conflict", "This merchant has no test signing secret yet. An owner can make one under Merchants → postback credentials (\"New test secret\"), or run the tester once to have it made.");
  }
  const made = await createSigningSecret(ctx, merchantId, { test: true });
  return { secret: made.secret, created: true };
}
