// Record, edit and delete a creator's costs (fixed fees, gifted product).
// The currency is the campaign's; every change is audited in its own
// transaction, before and after.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { requireCreatorAndCampaign } from "@/lib/creators/pair";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { publicCostSelect, type CostRow } from "./list";
import type { CreateCostInput, UpdateCostInput } from "./schema";

const day = (ymd: string) => new Date(`${ymd}T00:00:00Z`);
// what the audit log keeps of a cost: plain values, the day as written
const snapshot = (c: CostRow) => ({ creatorId: c.creator.id, campaignId: c.campaign.id, kind: c.kind, amountMinor: c.amountMinor, currency: c.currency, incurredOn: c.incurredOn.toISOString().slice(0, 10), note: c.note });

export async function createCost(ctx: AuthContext, input: CreateCostInput) {
  const workspaceId = ctx.workspace.id;
  const { campaign } = await requireCreatorAndCampaign(workspaceId, input);
  return prisma.$transaction(async (tx) => {
    const cost = await tx.creatorCost.create({
      data: { id: newId("cost"), workspaceId, creatorId: input.creatorId, campaignId: input.campaignId, kind: input.kind, amountMinor: input.amountMinor, currency: campaign.currency, incurredOn: day(input.incurredOn), note: input.note, createdById: ctx.userId },
      select: publicCostSelect,
    });
    await audit(tx, ctx, { action: "cost.created", entityType: "CreatorCost", entityId: cost.id, after: snapshot(cost) });
    return cost;
  });
}

async function existing(workspaceId: string, id: string): Promise<CostRow> {
  const cost = await prisma.creatorCost.findFirst({ where: { workspaceId, id }, select: publicCostSelect });
  if (!cost) throw new AppError("not_found", "No such cost in this workspace.");
  return cost;
}

export async function updateCost(ctx: AuthContext, id: string, input: UpdateCostInput) {
  const workspaceId = ctx.workspace.id;
  const before = await existing(workspaceId, id);
  const ids = { creatorId: input.creatorId ?? before.creator.id, campaignId: input.campaignId ?? before.campaign.id };
  const { campaign } = await requireCreatorAndCampaign(workspaceId, ids);
  const data: Prisma.CreatorCostUncheckedUpdateInput = {
    ...ids,
    currency: campaign.currency,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.amountMinor !== undefined ? { amountMinor: input.amountMinor } : {}),
    ...(input.incurredOn ? { incurredOn: day(input.incurredOn) } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
  return prisma.$transaction(async (tx) => {
    const cost = await tx.creatorCost.update({ where: { workspaceId_id: { workspaceId, id } }, data, select: publicCostSelect });
    await audit(tx, ctx, { action: "cost.updated", entityType: "CreatorCost", entityId: id, before: snapshot(before), after: snapshot(cost) });
    return cost;
  });
}

export async function deleteCost(ctx: AuthContext, id: string) {
  const workspaceId = ctx.workspace.id;
  const before = await existing(workspaceId, id);
  await prisma.$transaction(async (tx) => {
    // P2025 (deleted meanwhile) maps to 404
    await tx.creatorCost.delete({ where: { workspaceId_id: { workspaceId, id } } });
    await audit(tx, ctx, { action: "cost.deleted", entityType: "CreatorCost", entityId: id, before: snapshot(before) });
  });
}
