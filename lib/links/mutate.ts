// Creating and editing tracking links. The destination is checked against
// the merchant's allow-list here (and again on every redirect); every change
// is audited in the same transaction.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { prisma } from "@/lib/db/prisma";
import { newId, newLinkCode } from "@/lib/ids";
import { checkDestination, DESTINATION_PROBLEMS } from "@/lib/tracking/destination";
import { audit } from "@/lib/audit/log";
import type { CreateLinkInput, UpdateLinkInput } from "./schema";

const PUBLIC_FIELDS = { id: true, code: true, creatorId: true, campaignId: true, merchantId: true, destinationUrl: true, disabledAt: true } as const;

function assertDestination(url: string, allowedDomains: string[]) {
  const problem = checkDestination(url, allowedDomains);
  if (problem) {
    const message = `The destination ${DESTINATION_PROBLEMS[problem]}${problem === "host_not_allowed" ? ` (${allowedDomains.join(", ") || "none configured"})` : ""}.`;
    throw new AppError("unprocessable", message, { errors: [{ path: "destinationUrl", message }] });
  }
}

export async function createLink(ctx: AuthContext, input: CreateLinkInput) {
  const workspaceId = ctx.workspace.id;
  const [creator, campaign] = await Promise.all([
    prisma.creator.findFirst({ where: { id: input.creatorId, workspaceId }, select: { id: true } }),
    prisma.campaign.findFirst({ where: { id: input.campaignId, workspaceId }, select: { id: true, merchantId: true } }),
  ]);
  const merchantId = input.merchantId ?? campaign?.merchantId ?? null;
  const merchant = merchantId ? await prisma.merchant.findFirst({ where: { id: merchantId, workspaceId }, select: { id: true, allowedDomains: true } }) : null;
  const missing = [!creator && "creatorId", !campaign && "campaignId", campaign && !merchant && "merchantId"].filter((f): f is string => Boolean(f));
  if (missing.length) {
    throw new AppError("unprocessable", `Not found in this workspace: ${missing.join(", ")}.`, { errors: missing.map((path) => ({ path, message: path === "merchantId" && !merchantId ? "the campaign has no merchant: choose one" : "not found in this workspace" })) });
  }
  assertDestination(input.destinationUrl, merchant!.allowedDomains);
  return linkTaken(workspaceId, input, () => prisma.$transaction(async (tx) => {
    const link = await tx.trackingLink.create({
      data: { id: newId("lnk"), workspaceId, code: input.code ?? newLinkCode(), creatorId: input.creatorId, campaignId: input.campaignId, merchantId: merchant!.id, destinationUrl: input.destinationUrl },
      select: PUBLIC_FIELDS,
    });
    await audit(tx, ctx, { action: "link.created", entityType: "TrackingLink", entityId: link.id, after: link });
    return link;
  }));
}

/** One link per creator and campaign (its variants cover the placements): a second one is a 409 that says which exists. */
async function linkTaken<T>(workspaceId: string, input: CreateLinkInput, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (!(e instanceof Error && (e as { code?: string }).code === "P2002")) throw e;
    const existing = await prisma.trackingLink.findFirst({ where: { workspaceId, creatorId: input.creatorId, campaignId: input.campaignId }, select: { code: true } });
    const message = existing ? `This creator already has a link for this campaign: /r/${existing.code}.` : `The code ${input.code ?? ""} is taken.`;
    throw new AppError("conflict", message, { errors: [{ path: existing ? "campaignId" : "code", message }] });
  }
}

export async function updateLink(ctx: AuthContext, id: string, input: UpdateLinkInput) {
  const before = await prisma.trackingLink.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: PUBLIC_FIELDS });
  if (!before) throw new AppError("not_found", "No such link in this workspace.");
  if (input.destinationUrl !== undefined) {
    const merchant = await prisma.merchant.findUniqueOrThrow({ where: { id: before.merchantId }, select: { allowedDomains: true } });
    assertDestination(input.destinationUrl, merchant.allowedDomains);
  }
  return prisma.$transaction(async (tx) => {
    const link = await tx.trackingLink.update({
      where: { id },
      data: {
        destinationUrl: input.destinationUrl,
        disabledAt: input.disabled === undefined ? undefined : input.disabled ? (before.disabledAt ?? new Date()) : null,
      },
      select: PUBLIC_FIELDS,
    });
    await audit(tx, ctx, { action: "link.updated", entityType: "TrackingLink", entityId: id, before, after: link });
    return link;
  });
}
