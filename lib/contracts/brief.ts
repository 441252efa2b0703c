// The workspace's disclosure brief is versioned like contracts: publishing
// writes version n+1 (numbered under a row lock on the workspace) and every
// creator is asked to accept it in the portal. Old versions and their
// acceptances stay as they were.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import type { BriefInput } from "./schema";

export async function publishBrief(ctx: AuthContext, input: BriefInput) {
  const workspaceId = ctx.workspace.id;
  return prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Workspace" WHERE id = ${workspaceId} FOR UPDATE`;
    const previous = await tx.disclosureBrief.findFirst({ where: { workspaceId }, orderBy: { version: "desc" }, select: { version: true, title: true, body: true } });
    if (previous && previous.title === input.title && previous.body === input.body) {
      throw new AppError("unprocessable", "This is the current brief already: change it to publish a new version.", { errors: [{ path: "body", message: "nothing changed" }] });
    }
    const brief = await tx.disclosureBrief.create({
      data: { id: newId("brief"), workspaceId, version: (previous?.version ?? 0) + 1, title: input.title, body: input.body },
      select: { id: true, version: true, title: true, publishedAt: true },
    });
    await audit(tx, ctx, { action: "brief.published", entityType: "DisclosureBrief", entityId: brief.id, before: previous ?? null, after: { ...brief, body: input.body } });
    return brief;
  });
}

export function currentBrief(workspaceId: string) {
  return prisma.disclosureBrief.findFirst({
    where: { workspaceId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, title: true, body: true, publishedAt: true, _count: { select: { acceptances: true } } },
  });
}
