// Pending commissions become approved when their holding period ends. The
// server's maintenance pass does it every minute (lib/server/maintenance.ts)
// so creators see it when it happens, and a payout run sweeps its workspace
// first, so payouts never depend on the timer. Test commissions stay pending: they are never paid.
// Held commissions (over a cap, or a pixel-only sale awaiting the store's
// confirmation: lib/conversions/pixel-policy.ts) are never approved here; a
// server postback or a person's decision moves them.
import { prisma } from "@/lib/db/prisma";

export async function approveDueCommissions(workspaceId?: string, now = new Date()): Promise<number> {
  const { count } = await prisma.commission.updateMany({ where: { ...(workspaceId ? { workspaceId } : {}), status: "pending", isTest: false, holdUntil: { lte: now } }, data: { status: "approved", approvedAt: now } });
  return count;
}
