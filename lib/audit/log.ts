import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/auth/context";
import { newId } from "@/lib/ids";

type Tx = Prisma.TransactionClient;

/** Records a configuration change (who, what, before/after) in the caller's transaction. */
export function audit(tx: Tx, ctx: AuthContext, entry: { action: string; entityType: string; entityId: string; before?: object | null; after?: object | null }) {
  return tx.auditLog.create({
    data: {
      id: newId("aud"),
      workspaceId: ctx.workspace.id,
      actorId: ctx.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
    },
  });
}
