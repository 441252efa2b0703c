import { z } from "zod";

export const createSecretSchema = z.object({ test: z.boolean().default(false) }).strict();

/** What a pixel-only sale's commission waits for; null: the default (await confirmation when the merchant has server credentials). */
export const pixelSalesPolicySchema = z.object({ policy: z.enum(["approve_after_hold", "await_confirmation"]).nullable() }).strict();
export type PixelSalesPolicyInput = z.infer<typeof pixelSalesPolicySchema>;

/** A destination host ("shop.example") or its subdomains ("*.shop.example"): lowercase, no scheme, path or port. */
const HOST = /^(?:\*\.)?(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}$/;
const hostname = z.string().trim().toLowerCase().max(253).refine((h) => HOST.test(h), { error: "Enter a host name like shop.example or *.shop.example: no https://, path or port." });

/** A page origin the pixel may fire from: https://host[:port] exactly (http only for localhost). */
const origin = z.string().trim().max(300).superRefine((o, ctx) => {
  let url: URL;
  try {
    url = new URL(o);
  } catch {
    return void ctx.addIssue({ code: "custom", message: "Enter an origin like https://shop.example." });
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(local && url.protocol === "http:")) return void ctx.addIssue({ code: "custom", message: "Origins use https:// (http:// only for localhost)." });
  if (url.origin !== o.replace(/\/$/, "") || url.username || url.password) ctx.addIssue({ code: "custom", message: `Only the origin, lowercase, without a path: ${url.origin}` });
}).transform((o) => new URL(o).origin);

const unique = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.array(item).max(max).refine((v) => new Set(v).size === v.length, { error: "Each entry once." });

export const merchantSettingsSchema = z
  .object({
    allowedDomains: unique(hostname, 50).refine((v) => v.length > 0, { error: "List at least one domain: links can only point at these." }),
    pixelAllowedOrigins: unique(origin, 50),
    /** removing a domain live links point at needs confirm: true (the answer names how many) */
    confirm: z.boolean().default(false),
  })
  .strict();
export type MerchantSettingsInput = z.infer<typeof merchantSettingsSchema>;

export const sandboxSchema = z
  .object({
    /** a tracking link's code (its latest click is used) or a coupon code */
    kind: z.enum(["link", "coupon"]),
    value: z.string().trim().min(1, { error: "Pick a link or type a code." }).max(64),
    amountMinor: z.number().int({ error: "Whole minor units (cents)." }).min(0).max(100_000_000),
    event: z.enum(["sale", "refund", "cancel"]).default("sale"),
    orderId: z.string().trim().max(128).optional(),
  })
  .strict();
export type SandboxInput = z.infer<typeof sandboxSchema>;
