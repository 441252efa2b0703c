// The placement taxonomy (story, post, bio...): the sub-IDs a link accepts
// and the utm_content values. Keys are fixed once made (printed links and
// past clicks use them); labels can change. Removing a key that clicks still
// arrive with needs an explicit confirmation: those clicks will count as
// "other" from then on.
import { AppError } from "@/lib/api/errors";
import { audit } from "@/lib/audit/log";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { OTHER } from "@/lib/tracking/placement";

export const IN_USE_DAYS = 90;

export function listPlacements(workspaceId: string) {
  return prisma.placement.findMany({ where: { workspaceId }, select: { id: true, key: true, label: true }, orderBy: { key: "asc" } });
}

export async function createPlacement(ctx: AuthContext, input: { key: string; label: string }) {
  const row = { id: newId("plc"), workspaceId: ctx.workspace.id, key: input.key, label: input.label };
  // uniqueness by the (workspaceId, key) constraint: a duplicate is a 409
  return prisma.$transaction(async (tx) => {
    await tx.placement.create({ data: row });
    await audit(tx, ctx, { action: "placement.created", entityType: "Placement", entityId: row.id, after: { key: row.key, label: row.label } });
    return { id: row.id, key: row.key, label: row.label };
  });
}

async function ownPlacement(tx: Pick<typeof prisma, "placement">, ctx: AuthContext, id: string) {
  const p = await tx.placement.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: { id: true, key: true, label: true } });
  if (!p) throw new AppError("not_found", "No such placement in this workspace.");
  return p;
}

export async function renamePlacement(ctx: AuthContext, id: string, input: { label: string }) {
  return prisma.$transaction(async (tx) => {
    const before = await ownPlacement(tx, ctx, id);
    await tx.placement.updateMany({ where: { id, workspaceId: ctx.workspace.id }, data: { label: input.label } });
    await audit(tx, ctx, { action: "placement.renamed", entityType: "Placement", entityId: id, before: { label: before.label }, after: { label: input.label } });
    return { ...before, label: input.label };
  });
}

/** Clicks recorded with this placement in the last IN_USE_DAYS days: links in the wild still use it. */
export async function placementUse(workspaceId: string, key: string): Promise<number> {
  return prisma.click.count({ where: { workspaceId, placement: key, occurredAt: { gte: new Date(Date.now() - IN_USE_DAYS * 86_400_000) } } });
}

export async function removePlacement(ctx: AuthContext, id: string, input: { confirm: boolean }) {
  const p = await ownPlacement(prisma, ctx, id);
  if (p.key === OTHER) throw new AppError("conflict", "\"other\" is where unknown sub-IDs are counted; it cannot be removed.");
  const clicks = await placementUse(ctx.workspace.id, p.key);
  if (clicks > 0 && !input.confirm) {
    throw new AppError("conflict", `Links still use "${p.key}": ${clicks} click(s) in the last ${IN_USE_DAYS} days. Removing it counts future ${p.key} clicks as "other". Confirm to remove it anyway.`);
  }
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.placement.deleteMany({ where: { id, workspaceId: ctx.workspace.id } });
    if (count === 0) throw new AppError("not_found", "No such placement in this workspace.");
    await audit(tx, ctx, { action: "placement.removed", entityType: "Placement", entityId: id, before: { key: p.key, label: p.label, recentClicks: clicks } });
    return { id, key: p.key, removed: true, recentClicks: clicks };
  });
}
