// Recording a creator's acceptance of the current brief and/or contract
// version: who, when, and a hash of their IP. Only the version the creator
// was shown can be accepted, and only while it is still the current one.
import { AppError } from "@/lib/api/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { currentTerms } from "./current";

type Tx = Prisma.TransactionClient;

export interface Acceptor {
  workspaceId: string;
  creatorId: string;
  userId: string;
  ipHash: string;
}

/** In the caller's transaction; idempotent (accepting twice keeps the first time). Returns what was newly accepted. */
export async function recordAcceptance(tx: Tx, who: Acceptor, what: { briefId?: string; contractId?: string }, now = new Date()) {
  const current = await currentTerms(who, tx);
  const stale = (field: "briefId" | "contractId", label: string) =>
    new AppError("conflict", `Newer ${label} were published since this page was loaded; reload to read them.`, { errors: [{ path: field, message: "not the current version" }] });
  if (what.briefId && what.briefId !== current.brief?.id) throw stale("briefId", "disclosure brief");
  if (what.contractId && what.contractId !== current.contract?.id) throw stale("contractId", "contract terms");
  const accepted: string[] = [];
  if (what.briefId) {
    // insert-on-conflict: two tabs accepting at once record one row
    const n = await tx.disclosureAcceptance.createMany({
      data: [{ id: newId("acc"), workspaceId: who.workspaceId, creatorId: who.creatorId, briefId: what.briefId, userId: who.userId, acceptedAt: now, ipHash: who.ipHash }],
      skipDuplicates: true,
    });
    if (n.count) accepted.push(`brief v${current.brief!.version}`);
  }
  if (what.contractId) {
    const n = await tx.creatorContract.updateMany({
      where: { id: what.contractId, workspaceId: who.workspaceId, creatorId: who.creatorId, acceptedAt: null },
      data: { acceptedAt: now, acceptedById: who.userId, acceptedIpHash: who.ipHash },
    });
    if (n.count) accepted.push(`contract v${current.contract!.version}`);
  }
  return { accepted, current };
}
