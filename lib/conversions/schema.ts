import { z } from "zod";
import { AppError } from "@/lib/api/errors";

// The postback's fields, one schema for the signed JSON POST and the GET form.
// Amounts are integer minor units ("1999" = 19.99 USD): decimals, exponents,
// signs and separators are refused rather than guessed at.
const CURRENCIES = new Set(Intl.supportedValuesOf("currency"));
/**
 * The largest amount an int4 column holds: 21.4 million in a zero-decimal
 * currency (JPY, KRW), 21.4 million USD in cents. Amounts stay Int columns;
 * anything larger is refused here, naming the field, instead of failing in SQL.
 */
export const MAX_AMOUNT_MINOR = 2_147_483_647;
const DAY_MS = 86_400_000;
/** How far back occurred_at may go: a backdated order makes the maintenance pass rebuild every day since (POSTBACK_MAX_AGE_DAYS). */
export const MAX_AGE_DAYS = Math.max(1, Number(process.env.POSTBACK_MAX_AGE_DAYS ?? 400) || 400);
const FUTURE_SLACK_MS = 5 * 60_000;

const minorUnits = z.union([z.number(), z.string()]).transform((v, ctx) => {
  const text = typeof v === "number" ? String(v) : v.trim();
  if (!/^\d{1,10}$/.test(text) || (typeof v === "number" && !Number.isSafeInteger(v))) {
    ctx.addIssue({ code: "custom", message: "amount must be a non-negative integer in minor units (e.g. 1999 for 19.99); no decimals, signs or separators" });
    return z.NEVER;
  }
  const n = Number(text);
  if (n > MAX_AMOUNT_MINOR) {
    ctx.addIssue({ code: "custom", message: `amount must be at most ${MAX_AMOUNT_MINOR} minor units` });
    return z.NEVER;
  }
  return n;
});

// PostgreSQL text and jsonb cannot hold NUL, and a lone UTF-16 surrogate is not text at all
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const text = (max: number) =>
  z.string().trim().min(1).max(max).refine((s) => !UNSTORABLE.test(s), { error: "must not contain NUL characters or unpaired surrogates" });

const booleanish = z.union([z.boolean(), z.enum(["1", "0", "true", "false"])]).transform((v) => v === true || v === "1" || v === "true");

const occurredAt = z.iso.datetime({ offset: true }).superRefine((v, ctx) => {
  const t = new Date(v).getTime();
  const now = Date.now();
  if (!(t >= now - MAX_AGE_DAYS * DAY_MS)) ctx.addIssue({ code: "custom", message: `must be within the last ${MAX_AGE_DAYS} days` });
  else if (t > now + FUTURE_SLACK_MS) ctx.addIssue({ code: "custom", message: "must not be in the future" });
});

export const postbackSchema = z
  .object({
    event: z.enum(["sale", "refund", "cancel"]).default("sale"),
    order_id: text(128),
    amount: minorUnits.optional(),
    currency: z.string().trim().toUpperCase().refine((c) => CURRENCIES.has(c), { error: "currency must be an ISO 4217 code such as USD or EUR" }),
    click_id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "click_id must be the clk value from the landing URL" }).optional(),
    coupon: text(64).optional(),
    customer_ref: text(256).optional(),
    order_country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "order_country must be an ISO 3166 alpha-2 code" }).optional(),
    occurred_at: occurredAt.optional(),
    test: booleanish.default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.event !== "cancel" && v.amount === undefined) ctx.addIssue({ code: "custom", path: ["amount"], message: `amount is required for a ${v.event}` });
  });

export type PostbackInput = z.infer<typeof postbackSchema>;

/**
 * The pixel's fields: the postback's, for sales only. Its key is public, so a
 * refund, cancel or sandbox event through it could be anyone's: those go by
 * signed POST or token GET from the merchant's server.
 */
export function parsePixelInput(raw: Record<string, string>): PostbackInput {
  const refused = [];
  if (raw.event !== undefined && raw.event.trim() !== "sale") refused.push({ path: "event", message: "the pixel reports sales only; send refunds and cancels as server postbacks" });
  if (raw.test !== undefined && booleanish.safeParse(raw.test).data !== false) refused.push({ path: "test", message: "the pixel cannot send test events; use a test signing secret on a server postback" });
  if (refused.length) throw new AppError("unprocessable", `Refused through the pixel: ${refused.map((f) => f.path).join(", ")}.`, { errors: refused });
  return postbackSchema.parse(raw);
}

/** The GET form: query parameters, minus the token. */
export function queryToInput(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of search) if (k !== "token" && v !== "") out[k] = v;
  return out;
}
