// Pending commissions become approved when their holding period ends. The
// server's maintenance pass does it every minute (lib/server/maintenance.ts)
// so creators see it when it happens, and a payout run sweeps its workspace
// first, so payouts never depend on the timer. Test commissions stay pending: they are never paid.
import { prisma } from "@/lib/db/prisma";

export async function approveDueCommissions(workspaceId?: string, now = new Date()): Promise<number> {
  const { count } = await prisma.commission.updateMany({ where: { ...(workspaceId ? { workspaceId } : {}), status: "pending", isTest: false, holdUntil: { lte: now } }, data: { status: "approved", approvedAt: now } });
  return count;
}
