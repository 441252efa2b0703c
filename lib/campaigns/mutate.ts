// Creating and editing campaigns. Money terms are versioned: an edit that
// changes them inserts a CampaignTerms version effective from now (or a
// later time the user chose), so orders before it keep the terms they were
// made under (the postback reads the version in force at the order's time,
// lib/attribution/signals.ts). Audited in the same transaction.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { newId } from "@/lib/ids";
import type { CreateCampaignInput, UpdateCampaignInput } from "./schema";
import { BEGINNING, normaliseTerms, sameTerms, type Terms } from "./terms";

type Tx = Prisma.TransactionClient;

const day = (d: string) => new Date(`${d}T00:00:00.000Z`);

// JSON null is "no tiers" in SQL too (DbNull), not the JSON value null
const termsData = (t: Terms) => ({ ...t, commissionTiers: t.commissionTiers ? t.commissionTiers.map((x) => ({ fromMinor: x.fromMinor, bps: x.bps })) : Prisma.DbNull });

async function merchantCurrency(workspaceId: string, merchantId: string): Promise<string> {
  const merchant = await prisma.merchant.findFirst({ where: { id: merchantId, workspaceId }, select: { currency: true } });
  if (!merchant) throw new AppError("unprocessable", "Not found in this workspace: merchantId.", { errors: [{ path: "merchantId", message: "not found in this workspace" }] });
  return merchant.currency;
}

/** A taken utm_campaign value, said as such rather than as a bare 409. */
async function namingConflicts<T>(workspaceId: string, utmCampaign: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof Error && (e as { code?: string }).code === "P2002") {
      const other = await prisma.campaign.findFirst({ where: { workspaceId, utmCampaign }, select: { name: true } });
      const message = `utm_campaign ${utmCampaign} is already used by ${other ? `the campaign ${other.name}` : "another campaign"}.`;
      throw new AppError("conflict", message, { errors: [{ path: "utmCampaign", message }] });
    }
    throw e;
  }
}

function rowData(input: CreateCampaignInput) {
  return { name: input.name, utmCampaign: input.utmCampaign, merchantId: input.merchantId, status: input.status, startsAt: day(input.startsAt), endsAt: input.endsAt ? day(input.endsAt) : null };
}

export async function createCampaign(ctx: AuthContext, input: CreateCampaignInput) {
  const workspaceId = ctx.workspace.id;
  const currency = await merchantCurrency(workspaceId, input.merchantId);
  const terms = normaliseTerms(input);
  return namingConflicts(workspaceId, input.utmCampaign, () =>
    prisma.$transaction(async (tx) => {
      const id = newId("cmp");
      const campaign = await tx.campaign.create({ data: { id, workspaceId, currency, ...rowData(input), ...termsData(terms) } });
      await tx.campaignTerms.create({ data: { workspaceId, campaignId: id, version: 1, effectiveFrom: BEGINNING, createdById: ctx.userId, ...termsData(terms) } });
      await audit(tx, ctx, { action: "campaign.created", entityType: "Campaign", entityId: id, after: campaign });
      return campaign;
    }),
  );
}

/** The latest version (in force or scheduled), or the campaign's own columns when it has none. */
async function latestTerms(tx: Tx, workspaceId: string, campaign: Parameters<typeof normaliseTerms>[0] & { id: string }) {
  const v = await tx.campaignTerms.findFirst({ where: { workspaceId, campaignId: campaign.id }, orderBy: { version: "desc" } });
  return v ? { version: v.version, terms: normaliseTerms(v) } : { version: 0, terms: normaliseTerms(campaign) };
}

export async function updateCampaign(ctx: AuthContext, id: string, input: UpdateCampaignInput) {
  const workspaceId = ctx.workspace.id;
  const currency = await merchantCurrency(workspaceId, input.merchantId);
  const terms = normaliseTerms(input);
  return namingConflicts(workspaceId, input.utmCampaign, () =>
    prisma.$transaction(async (tx) => {
      // one editor at a time per campaign: versions are numbered in order
      const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Campaign" WHERE id = ${id} AND "workspaceId" = ${workspaceId} FOR UPDATE`;
      if (locked.length === 0) throw new AppError("not_found", "No such campaign in this workspace.");
      const before = await tx.campaign.findUniqueOrThrow({ where: { id } });
      const latest = await latestTerms(tx, workspaceId, before);
      const termsChanged = !sameTerms(latest.terms, terms);
      const now = new Date();
      const effectiveFrom = input.effectiveFrom ? new Date(input.effectiveFrom) : now;
      let version: number | null = null;
      if (termsChanged) {
        if (latest.version === 0) {
          // first edit of a campaign made before versioning: its terms so far become version 1
          await tx.campaignTerms.create({ data: { workspaceId, campaignId: id, version: 1, effectiveFrom: BEGINNING, createdById: null, ...termsData(latest.terms) } });
        }
        version = Math.max(latest.version, 1) + 1;
        await tx.campaignTerms.create({ data: { workspaceId, campaignId: id, version, effectiveFrom, createdById: ctx.userId, ...termsData(terms) } });
      }
      // the row shows the terms in force now; a version scheduled for later leaves them until the version list says otherwise
      const inForceNow = termsChanged && effectiveFrom.getTime() <= now.getTime();
      const campaign = await tx.campaign.update({ where: { id }, data: { ...rowData(input), currency, ...(inForceNow ? termsData(terms) : {}) } });
      await audit(tx, ctx, { action: "campaign.updated", entityType: "Campaign", entityId: id, before, after: campaign });
      if (version !== null) {
        await audit(tx, ctx, { action: "campaign.terms_changed", entityType: "Campaign", entityId: id, before: { version: latest.version || 1, ...latest.terms }, after: { version, effectiveFrom: effectiveFrom.toISOString(), ...terms } });
      }
      return { campaign, termsVersion: version, effectiveFrom: version !== null ? effectiveFrom : null };
    }),
  );
}
