import { z } from "zod";

export const createSecretSchema = z.object({ test: z.boolean().default(false) }).strict();

/** What a pixel-only sale's commission waits for; null: the default (await confirmation when the merchant has server credentials). */
export const pixelSalesPolicySchema = z.object({ policy: z.enum(["approve_after_hold", "await_confirmation"]).nullable() }).strict();
export type PixelSalesPolicyInput = z.infer<typeof pixelSalesPolicySchema>;
