// Creating and editing creators: profile, handles per platform, status
// (archive = status "archived"), each change audited in its transaction.
// A new creator gets contract v1 and, unless told otherwise, an invite.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { endSessions } from "@/lib/auth/sessions";
import { audit } from "@/lib/audit/log";
import { insertContractVersion } from "@/lib/contracts/versions";
import { contractTermsSchema } from "@/lib/contracts/schema";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { insertInvite, type NewInvite } from "@/lib/invites/create";
import type { createCreatorSchema, updateCreatorSchema } from "./schema";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;
type Handle = { platform: Prisma.CreatorHandleCreateManyInput["platform"]; handle: string };

const PROFILE = { id: true, name: true, email: true, status: true, audienceCountry: true, userId: true, handles: { select: { platform: true, handle: true }, orderBy: { platform: "asc" } } } as const satisfies Prisma.CreatorSelect;

const writeHandles = (tx: Tx, workspaceId: string, creatorId: string, handles: Handle[]) =>
  tx.creatorHandle.createMany({ data: handles.map((h) => ({ id: newId("hdl"), workspaceId, creatorId, platform: h.platform, handle: h.handle })) });

// the email is unique per workspace: name the field in the 409
const emailTaken = (e: unknown) =>
  e instanceof Error && e.name === "PrismaClientKnownRequestError" && (e as { code?: string }).code === "P2002"
    ? new AppError("conflict", "A creator with this email already exists in this workspace.", { errors: [{ path: "email", message: "already used by another creator" }] })
    : e;

export async function createCreator(ctx: AuthContext, input: z.output<typeof createCreatorSchema>): Promise<{ creator: { id: string; name: string }; invite: NewInvite | null }> {
  const workspaceId = ctx.workspace.id;
  try {
    return await prisma.$transaction(async (tx) => {
      const creator = await tx.creator.create({
        data: { id: newId("cr"), workspaceId, name: input.name, email: input.email, audienceCountry: input.audienceCountry, status: input.invite ? "invited" : "active" },
        select: { id: true, name: true },
      });
      await writeHandles(tx, workspaceId, creator.id, input.handles);
      const contract = await insertContractVersion(tx, ctx, creator.id, 1, contractTermsSchema.parse(input.terms));
      await audit(tx, ctx, { action: "creator.created", entityType: "Creator", entityId: creator.id, after: { ...input, contractVersion: contract.version } });
      const invite = input.invite ? await insertInvite(tx, ctx, { email: input.email, role: "creator", creatorId: creator.id }) : null;
      return { creator, invite };
    });
  } catch (e) {
    throw emailTaken(e);
  }
}

export async function updateCreator(ctx: AuthContext, id: string, input: z.output<typeof updateCreatorSchema>) {
  const workspaceId = ctx.workspace.id;
  try {
    return await prisma.$transaction(async (tx) => {
      const before = await tx.creator.findFirst({ where: { id, workspaceId }, select: PROFILE });
      if (!before) throw new AppError("not_found", "No such creator in this workspace.");
      if (input.status === "invited" && before.userId) throw new AppError("unprocessable", "This creator already has an account.", { errors: [{ path: "status", message: "already has an account" }] });
      await tx.creator.updateMany({
        where: { id, workspaceId },
        data: { name: input.name, email: input.email, audienceCountry: input.audienceCountry, status: input.status },
      });
      if (input.handles) {
        await tx.creatorHandle.deleteMany({ where: { workspaceId, creatorId: id } });
        await writeHandles(tx, workspaceId, id, input.handles);
      }
      // an archived creator's open invite links stop working, and so do links sent to an old email
      if (input.status === "archived" || (input.email && input.email !== before.email)) await tx.invite.updateMany({ where: { workspaceId, creatorId: id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
      // archiving signs them out everywhere at once (sign-in is refused from now on: authenticate.ts)
      if (input.status === "archived" && before.status !== "archived" && before.userId) await endSessions(before.userId, tx);
      const after = await tx.creator.findFirstOrThrow({ where: { id, workspaceId }, select: PROFILE });
      const action = input.status && input.status !== before.status ? (input.status === "archived" ? "creator.archived" : `creator.status_${input.status}`) : "creator.updated";
      await audit(tx, ctx, { action, entityType: "Creator", entityId: id, before, after });
      return after;
    });
  } catch (e) {
    throw emailTaken(e);
  }
}
