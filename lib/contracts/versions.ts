// Contract terms are versioned: a change writes version n+1 and never edits
// an earlier row. Versions of one creator are numbered under a row lock on
// the creator (FOR UPDATE), so two managers saving at once get v2 and v3.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { CONTRACT_SELECT } from "./current";
import type { ContractTerms } from "./schema";

type Tx = Prisma.TransactionClient;

const TERM_FIELDS = ["paymentTerms", "allowedContent", "disclosureText", "attributionWindowDays", "commissionType", "commissionBps", "commissionFlatMinor"] as const;

/** The terms as stored: an override's unused amount is dropped, so "percent" never carries a flat amount. */
function normalise(t: ContractTerms) {
  return {
    ...t,
    commissionBps: t.commissionType === "percent" ? t.commissionBps : null,
    commissionFlatMinor: t.commissionType === "flat" ? t.commissionFlatMinor : null,
  };
}

/** Writes version `version` in the caller's transaction (the caller holds the creator's lock). */
export function insertContractVersion(tx: Tx, ctx: AuthContext, creatorId: string, version: number, terms: ContractTerms, now = new Date()) {
  return tx.creatorContract.create({
    data: { id: newId("ctr"), workspaceId: ctx.workspace.id, creatorId, version, ...normalise(terms), effectiveFrom: now, createdById: ctx.userId, createdAt: now },
    select: CONTRACT_SELECT,
  });
}

export async function createContractVersion(ctx: AuthContext, creatorId: string, terms: ContractTerms) {
  const workspaceId = ctx.workspace.id;
  return prisma.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Creator" WHERE id = ${creatorId} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
    if (!locked.length) throw new AppError("not_found", "No such creator in this workspace.");
    const previous = await tx.creatorContract.findFirst({ where: { workspaceId, creatorId }, orderBy: { version: "desc" }, select: CONTRACT_SELECT });
    const next = normalise(terms);
    if (previous && TERM_FIELDS.every((f) => previous[f] === next[f])) {
      throw new AppError("unprocessable", "These are the current terms already: change at least one field to publish a new version.", { errors: [{ path: "paymentTerms", message: "nothing changed" }] });
    }
    const contract = await insertContractVersion(tx, ctx, creatorId, (previous?.version ?? 0) + 1, terms);
    await audit(tx, ctx, { action: "contract.version_created", entityType: "Creator", entityId: creatorId, before: previous ?? null, after: contract });
    return contract;
  });
}

export function listContractVersions(workspaceId: string, creatorId: string) {
  return prisma.creatorContract.findMany({ where: { workspaceId, creatorId }, orderBy: { version: "desc" }, select: CONTRACT_SELECT });
}
