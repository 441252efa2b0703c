import { z } from "zod";

// The UTM playbook's boundaries: the convention an owner edits, the placement
// taxonomy, the builder's request and the linter's one-click fix. The same
// schemas are used by the route handlers and the forms.

/** A utm value the convention allows: lowercase letters, digits, - and _, or a {creator} / {campaign} / {placement} token. */
export const UTM_VALUE = /^(?:[a-z0-9_-]|\{(?:creator|campaign|placement)\})+$/;
export const PLACEMENT_KEY = /^[a-z][a-z0-9_-]{0,31}$/;
/** "none" names a click on the bare link (lib/tracking/placement.ts): never a placement key. */
export const RESERVED_PLACEMENT_KEYS = ["none"] as const;

const utmValue = z.string().trim().min(1, { error: "Must not be empty." }).max(64).regex(UTM_VALUE, { error: "Use lowercase letters, digits, - and _, or a {creator}, {campaign} or {placement} token." });
const valueList = z.array(utmValue).min(1, { error: "List at least one value." }).max(20).refine((v) => new Set(v).size === v.length, { error: "Each value once." });

export function regexProblem(pattern: string): string | null {
  try {
    new RegExp(pattern);
  } catch (e) {
    return `Not a valid regular expression: ${(e as Error).message}`;
  }
  return null;
}

export const conventionSchema = z
  .object({
    allowedSources: valueList,
    allowedMediums: valueList,
    utmSource: utmValue,
    utmMedium: utmValue,
    campaignPattern: z.string().trim().min(1).max(200).superRefine((p, ctx) => {
      const problem = regexProblem(p);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
      else if (!p.startsWith("^") || !p.endsWith("$")) ctx.addIssue({ code: "custom", message: "Anchor the pattern with ^ and $ so it checks the whole value." });
    }),
    utmTerm: utmValue.nullable(),
    termNote: z.string().trim().max(300).nullable(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.allowedSources.includes(v.utmSource)) ctx.addIssue({ code: "custom", path: ["utmSource"], message: "source-allowed: pick one of the allowed sources." });
    if (!v.allowedMediums.includes(v.utmMedium)) ctx.addIssue({ code: "custom", path: ["utmMedium"], message: "medium-allowed: pick one of the allowed mediums." });
  });
export type ConventionInput = z.infer<typeof conventionSchema>;

const placementKey = z.string().trim().regex(PLACEMENT_KEY, { error: "Keys are lowercase: a letter, then letters, digits, - or _ (up to 32)." }).refine((k) => !(RESERVED_PLACEMENT_KEYS as readonly string[]).includes(k), { error: "\"none\" is reserved for clicks on the bare link." });
const placementLabel = z.string().trim().min(1, { error: "Give the placement a label." }).max(60);

export const createPlacementSchema = z.object({ key: placementKey, label: placementLabel }).strict();
export const renamePlacementSchema = z.object({ label: placementLabel }).strict();
/** Removing a placement clicks still arrive for needs confirm: true (the answer says how many). */
export const removePlacementSchema = z.object({ confirm: z.boolean().default(false) }).strict();

export const buildSchema = z
  .object({
    kind: z.enum(["tracking", "direct"]),
    code: z.string().trim().min(1, { error: "Pick a link." }).max(64),
    placement: z.string().trim().min(1, { error: "Pick a placement." }).max(64),
    /** direct URLs only: a page other than the link's destination, on the merchant's allow-list */
    destinationUrl: z.string().trim().max(2048).optional(),
  })
  .strict();
export type BuildInput = z.infer<typeof buildSchema>;

export const fixSchema = z.object({ rule: z.string().min(1).max(40), subjectId: z.string().min(1).max(64) }).strict();
export type FixInput = z.infer<typeof fixSchema>;
