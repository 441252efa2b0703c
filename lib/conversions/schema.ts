import { z } from "zod";

// The postback's fields, one schema for the signed JSON POST and the GET form.
// Amounts are integer minor units ("1999" = 19.99 USD): decimals, exponents,
// signs and separators are refused rather than guessed at.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
const MAX_AMOUNT = 100_000_000_00; // 100M in major units

const minorUnits = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const text = typeof v === "number" ? String(v) : v.trim();
  if (!/^\d{1,12}$/.test(text) || (typeof v === "number" && !Number.isSafeInteger(v))) {
    ctx.addIssue({ code: "custom", message: "amount must be a non-negative integer in minor units (e.g. 1999 for 19.99); no decimals, signs or separators" });
    return z.NEVER;
  }
  const n = Number(text);
  if (n > MAX_AMOUNT) {
    ctx.addIssue({ code: "custom", message: `amount is larger than ${MAX_AMOUNT} minor units` });
    return z.NEVER;
  }
  return n;
});

const booleanish = z.union([z.boolean(), z.enum(["1", "0", "true", "false"])]).transform((v) => v === true || v === "1" || v === "true");

export const postbackSchema = z
  .object({
    event: z.enum(["sale", "refund", "cancel"]).default("sale"),
    order_id: z.string().trim().min(1).max(128),
    amount: minorUnits.optional(),
    currency: z.string().trim().toUpperCase().refine((c) => CURRENCIES.has(c), { error: "currency must be an ISO 4217 code such as USD or EUR" }),
    click_id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "click_id must be the clk value from the landing URL" }).optional(),
    coupon: z.string().trim().min(1).max(64).optional(),
    customer_ref: z.string().trim().min(1).max(256).optional(),
    order_country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "order_country must be an ISO 3166 alpha-2 code" }).optional(),
    occurred_at: z.iso.datetime({ offset: true }).optional(),
    test: booleanish.default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.event !== "cancel" && v.amount === undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: `amount is required for a ${v.event}` });
  });

export type PostbackInput = z.infer<typeof postbackSchema>;

/** The GET form: query parameters, minus the token. */
export function queryToInput(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of search) if (k !== "token" && v !== "") out[k] = v;
  return out;
}
