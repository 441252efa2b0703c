// The creator's side: read the terms in force and accept them, always for the caller's own Creator row.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import type { HeaderReader } from "@/lib/security/client-ip";
import { recordAcceptance } from "./accept";
import { currentTerms, pendingOf } from "./current";
import { acceptanceIpHash } from "./ip";
import type { AcceptTermsInput } from "./schema";

function own(ctx: AuthContext) {
  // a creator context always has its creatorId (context.ts); refuse rather than read without it
  if (!ctx.creatorId) throw new AppError("forbidden", "Only creators have terms to accept.");
  return { workspaceId: ctx.workspace.id, creatorId: ctx.creatorId };
}

export async function creatorTerms(ctx: AuthContext) {
  const terms = await currentTerms(own(ctx));
  return { ...terms, pending: pendingOf(terms) };
}

export async function acceptTerms(ctx: AuthContext, input: AcceptTermsInput, headers: HeaderReader) {
  const scope = own(ctx);
  const { accepted } = await prisma.$transaction(async (tx) => {
    const result = await recordAcceptance(tx, { ...scope, userId: ctx.userId, ipHash: acceptanceIpHash(headers, scope.workspaceId) }, input);
    if (result.accepted.length) {
      await audit(tx, ctx, { action: "terms.accepted", entityType: "Creator", entityId: scope.creatorId, after: { accepted: result.accepted } });
    }
    return result;
  });
  return { accepted };
}
