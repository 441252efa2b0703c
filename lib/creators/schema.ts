import { z } from "zod";
import { contractTermsSchema } from "@/lib/contracts/schema";
import { Platform } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "./countries";

// One schema per boundary, shared by the route handlers and the creator forms.
export const PLATFORMS = Object.values(Platform);
export const CREATOR_STATUSES = ["invited", "active", "paused", "archived"] as const;

const handleSchema = z.object({
  platform: z.enum(Platform, { error: `Choose one of ${PLATFORMS.join(", ")}.` }),
  // "@name" and "name" are the same handle
  handle: z.string().trim().transform((h) => h.replace(/^@+/, "")).pipe(z.string().min(1, { error: "Enter the handle." }).max(100).regex(/^[\p{L}\p{N}._\-/]+$/u, { error: "Letters, digits, . _ - / only (no spaces)." })),
});

const handles = z.array(handleSchema).max(PLATFORMS.length).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((h, i) => {
    if (seen.has(h.platform)) ctx.addIssue({ code: "custom", path: [i, "platform"], message: `${h.platform} is listed twice: one handle per platform.` });
    seen.add(h.platform);
  });
});

const country = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => c === "" || isCountryCode(c), { error: "Use an ISO 3166-1 alpha-2 country code, e.g. US or GB." })
  .transform((c) => c || null);

const profile = {
  name: z.string().trim().min(1, { error: "Enter the creator's name." }).max(120),
  email: z.string().trim().toLowerCase().pipe(z.email({ error: "Enter a valid email address." })),
  audienceCountry: country.nullable().default(null),
  handles: handles.default([]),
};

export const createCreatorSchema = z.object({
  ...profile,
  terms: contractTermsSchema,
  /** make a one-time invite link now (the creator starts as "invited") */
  invite: z.boolean().default(true),
});

export const updateCreatorSchema = z
  .object({
    name: profile.name.optional(),
    email: profile.email.optional(),
    audienceCountry: country.nullable().optional(),
    handles: handles.optional(),
    status: z.enum(CREATOR_STATUSES).optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { error: "Nothing to change." });

export type CreateCreatorInput = z.input<typeof createCreatorSchema>;
export type UpdateCreatorInput = z.input<typeof updateCreatorSchema>;
