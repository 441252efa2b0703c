// One schema per boundary: the campaign form and /api/campaigns share it.
// Money terms (rule, window, cap, priority, holding) are versioned
// (lib/campaigns/terms.ts); the rest of a campaign is edited in place.
import { z } from "zod";

/** utm_campaign values: lowercase words joined by single hyphens ("spring-launch"). */
export const UTM_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const WINDOW_PRESETS = [7, 14, 30] as const;
const INT4 = 2_147_483_647;

const tier = z.object({
  fromMinor: z.number().int().min(0).max(INT4),
  bps: z.number().int().min(0).max(10_000),
});

export const termsShape = {
  attributionWindowDays: z.number().int().min(1, { error: "At least 1 day." }).max(365, { error: "At most 365 days." }),
  commissionType: z.enum(["percent", "flat", "tiered"]),
  commissionBps: z.number().int().min(0).max(10_000, { error: "At most 100% (10000 basis points)." }).nullish(),
  commissionFlatMinor: z.number().int().min(0).max(INT4).nullish(),
  commissionTiers: z.array(tier).max(20).nullish(),
  capPerCreatorMinor: z.number().int().min(1).max(INT4).nullish(),
  capPeriod: z.enum(["month", "campaign"]).nullish(),
  priority: z.enum(["click", "coupon"]),
  holdingDays: z.number().int().min(0).max(365),
};

const dateOnly = z.iso.date({ error: "Use a date (YYYY-MM-DD)." });

const campaignObject = z.object({
  name: z.string().trim().min(1, { error: "Name the campaign." }).max(120),
  utmCampaign: z.string().trim().max(64).regex(UTM_SLUG, { error: "Use lowercase letters, digits and single hyphens, e.g. spring-launch." }),
  merchantId: z.string().min(1, { error: "Choose the merchant." }),
  status: z.enum(["draft", "active", "ended"]),
  startsAt: dateOnly,
  endsAt: dateOnly.nullish(),
  ...termsShape,
});

type CampaignObject = z.infer<typeof campaignObject>;

/** The rule's own field must be there (and the others are ignored), tiers ascend, a cap has its period, the end follows the start. */
function checkCampaign(v: CampaignObject, ctx: z.RefinementCtx) {
  const need = (path: keyof CampaignObject, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (v.commissionType === "percent" && v.commissionBps == null) need("commissionBps", "Enter the percentage.");
  if (v.commissionType === "flat" && v.commissionFlatMinor == null) need("commissionFlatMinor", "Enter the amount per sale.");
  if (v.commissionType === "tiered") {
    const tiers = v.commissionTiers ?? [];
    if (tiers.length === 0) need("commissionTiers", "Add at least one tier.");
    tiers.forEach((t, i) => {
      if (i > 0 && t.fromMinor <= tiers[i - 1].fromMinor) ctx.addIssue({ code: "custom", path: ["commissionTiers", i, "fromMinor"], message: "Tiers must start at ascending revenue." });
    });
  }
  if (v.capPerCreatorMinor != null && v.capPeriod == null) need("capPeriod", "Say whether the cap is per month or for the whole campaign.");
  if (v.endsAt && v.endsAt < v.startsAt) need("endsAt", "The end date is before the start date.");
}

export const createCampaignSchema = campaignObject.superRefine(checkCampaign);

export const updateCampaignSchema = campaignObject
  .extend({
    /** when changed money terms take effect: now when absent, never in the past */
    effectiveFrom: z.iso.datetime({ offset: true, error: "Use a date and time." }).nullish(),
  })
  .superRefine((v, ctx) => {
    checkCampaign(v, ctx);
    if (v.effectiveFrom && new Date(v.effectiveFrom).getTime() < Date.now()) {
      ctx.addIssue({ code: "custom", path: ["effectiveFrom"], message: "Terms cannot change in the past: earlier orders keep the terms in force when they happened. Pick now or a later time." });
    }
  });

export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.infer<typeof updateCampaignSchema>;
