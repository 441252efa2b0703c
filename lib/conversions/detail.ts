// One conversion as the ledger's detail page shows it: the click it was
// credited by (time, link, placement, country, device, referrer), the
// attribution sentence, its commission lines and each line's audit trail,
// the refunds and cancels of it (or the sale it reverses), and the versions
// it replaced. Every read matches the workspace.
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";

const historyEntry = z.object({
  channel: z.string(),
  amountMinor: z.number(),
  currency: z.string(),
  attributionReason: z.string(),
  receivedAt: z.string(),
  replacedAt: z.string(),
  commissions: z.array(z.object({ part: z.string(), amountMinor: z.number(), status: z.string() })).default([]),
});

export type ReplacedVersion = z.infer<typeof historyEntry>;

const COMMISSION_SELECT = { id: true, part: true, amountMinor: true, currency: true, status: true, isTest: true, holdUntil: true, approvedAt: true, note: true, createdAt: true } as const;

export async function conversionDetail(workspaceId: string, id: string) {
  const conversion = await prisma.conversion.findFirst({ where: { id, workspaceId }, include: { commissions: { where: { workspaceId }, select: COMMISSION_SELECT, orderBy: { createdAt: "asc" } } } });
  if (!conversion) return null;
  const [click, creator, campaign, merchant, reversals, sale, trail] = await Promise.all([
    conversion.clickId ? prisma.click.findFirst({ where: { id: conversion.clickId, workspaceId } }) : null,
    conversion.creatorId ? prisma.creator.findFirst({ where: { id: conversion.creatorId, workspaceId }, select: { id: true, name: true } }) : null,
    conversion.campaignId ? prisma.campaign.findFirst({ where: { id: conversion.campaignId, workspaceId }, select: { id: true, name: true } }) : null,
    prisma.merchant.findFirst({ where: { id: conversion.merchantId, workspaceId }, select: { name: true } }),
    prisma.conversion.findMany({
      where: { workspaceId, saleId: conversion.id },
      select: { id: true, event: true, orderId: true, amountMinor: true, currency: true, occurredAt: true, commissions: { where: { workspaceId }, select: COMMISSION_SELECT } },
      orderBy: { occurredAt: "asc" },
    }),
    conversion.saleId ? prisma.conversion.findFirst({ where: { id: conversion.saleId, workspaceId }, select: { id: true, orderId: true, occurredAt: true } }) : null,
    prisma.auditLog.findMany({ where: { workspaceId, entityType: "Commission", entityId: { in: conversion.commissions.map((c) => c.id) } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  const link = click ? await prisma.trackingLink.findFirst({ where: { id: click.linkId, workspaceId }, select: { code: true } }) : null;
  const actors = await prisma.user.findMany({ where: { id: { in: [...new Set(trail.flatMap((a) => (a.actorId ? [a.actorId] : [])))] }, memberships: { some: { workspaceId } } }, select: { id: true, name: true } });
  const actorName = new Map(actors.map((u) => [u.id, u.name]));
  const history = (Array.isArray(conversion.history) ? conversion.history : []).map((h) => historyEntry.safeParse(h)).flatMap((p) => (p.success ? [p.data] : []));
  return {
    conversion,
    creator,
    campaign,
    merchantName: merchant?.name ?? conversion.merchantId,
    click: click ? { ...click, linkCode: link?.code ?? null } : null,
    commissions: conversion.commissions.map((c) => ({ ...c, trail: trail.filter((a) => a.entityId === c.id).map((a) => ({ ...a, actorName: a.actorId ? (actorName.get(a.actorId) ?? "a former member") : "system" })) })),
    reversals,
    sale,
    history,
  };
}

export type ConversionDetail = NonNullable<Awaited<ReturnType<typeof conversionDetail>>>;
