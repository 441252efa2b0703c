// Pending commissions become approved when their holding period ends. The
// server sweeps every minute (instrumentation.ts) so creators see it when it
// happens, and a payout run sweeps its workspace first, so nothing depends
// on the timer. Test commissions stay pending: they are never paid.
import { prisma } from "@/lib/db/prisma";

export async function approveDueCommissions(workspaceId?: string, now = new Date()): Promise<number> {
  const { count } = await prisma.commission.updateMany({ where: { ...(workspaceId ? { workspaceId } : {}), status: "pending", isTest: false, holdUntil: { lte: now } }, data: { status: "approved", approvedAt: now } });
  return count;
}

const SWEEP_MS = 60_000;

/** Starts the once-a-minute sweep; errors are logged and the next tick tries again. */
export function startApprovalSweep(): void {
  const sweep = () =>
    approveDueCommissions().then(
      (n) => void (n && console.log(`[commissions] ${n} approved: holding period over`)),
      (e: Error) => console.error("[commissions] approval sweep failed:", e.message),
    );
  setTimeout(sweep, 5_000).unref();
  setInterval(sweep, SWEEP_MS).unref();
}
