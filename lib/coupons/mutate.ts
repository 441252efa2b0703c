// Coupon codes: stored upper-case, so the workspace's unique (workspaceId,
// code) constraint is uniqueness without regard to case (the postback
// upper-cases what shoppers type). A collision is named: whose code it is,
// for which campaign. Audited in the same transaction.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import { expandPattern } from "./pattern";
import type { CreateCouponInput, UpdateCouponInput } from "./schema";

const PUBLIC_FIELDS = { id: true, code: true, creatorId: true, campaignId: true, disabledAt: true } as const;
const isUniqueViolation = (e: unknown) => e instanceof Error && (e as { code?: string }).code === "P2002";

async function collision(workspaceId: string, code: string): Promise<AppError> {
  const taken = await prisma.couponCode.findFirst({ where: { workspaceId, code }, select: { creator: { select: { name: true } }, campaign: { select: { name: true } } } });
  const message = taken ? `${code} is already ${taken.creator.name}'s code for ${taken.campaign.name}.` : `${code} is already taken in this workspace.`;
  return new AppError("conflict", message, { errors: [{ path: "code", message }] });
}

export async function createCoupon(ctx: AuthContext, input: CreateCouponInput) {
  const workspaceId = ctx.workspace.id;
  const [creator, campaign] = await Promise.all([
    prisma.creator.findFirst({ where: { id: input.creatorId, workspaceId }, select: { id: true, name: true } }),
    prisma.campaign.findFirst({ where: { id: input.campaignId, workspaceId }, select: { id: true } }),
  ]);
  const missing = [!creator && "creatorId", !campaign && "campaignId"].filter((f): f is string => Boolean(f));
  if (missing.length) throw new AppError("unprocessable", `Not found in this workspace: ${missing.join(", ")}.`, { errors: missing.map((path) => ({ path, message: "not found in this workspace" })) });

  // a typed code is tried once; a pattern with {RANDOM4} gets a few draws before the collision is reported
  const attempts = input.pattern?.includes("{RANDOM4}") ? 5 : 1;
  for (let i = 0; ; i++) {
    let code = input.code;
    if (input.pattern !== undefined) {
      const made = expandPattern(input.pattern, { name: creator!.name, discount: input.discount });
      if ("problem" in made) throw new AppError("unprocessable", made.problem.message, { errors: [made.problem] });
      code = made.code;
    }
    try {
      return await prisma.$transaction(async (tx) => {
        const coupon = await tx.couponCode.create({ data: { id: newId("cpn"), workspaceId, code: code!.toUpperCase(), creatorId: creator!.id, campaignId: campaign!.id }, select: PUBLIC_FIELDS });
        await audit(tx, ctx, { action: "coupon.created", entityType: "CouponCode", entityId: coupon.id, after: coupon });
        return coupon;
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (i + 1 >= attempts) throw await collision(workspaceId, code!.toUpperCase());
    }
  }
}

export async function updateCoupon(ctx: AuthContext, id: string, input: UpdateCouponInput) {
  const before = await prisma.couponCode.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: PUBLIC_FIELDS });
  if (!before) throw new AppError("not_found", "No such coupon code in this workspace.");
  return prisma.$transaction(async (tx) => {
    const coupon = await tx.couponCode.update({ where: { id }, data: { disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null }, select: PUBLIC_FIELDS });
    await audit(tx, ctx, { action: "coupon.updated", entityType: "CouponCode", entityId: id, before, after: coupon });
    return coupon;
  });
}
