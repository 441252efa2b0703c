// POST /api/merchants/{id}/pixel-sales-policy – { policy: "approve_after_hold" | "await_confirmation" | null } for pixel-only sales (owner, audited).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { setPixelSalesPolicy } from "@/lib/merchants/pixel-sales-policy";
import { pixelSalesPolicySchema } from "@/lib/merchants/schema";

export const POST = withWorkspace<{ id: string }>("merchants.write", async ({ req, params, ctx }) => setPixelSalesPolicy(ctx, params.id, await parseJson(req, pixelSalesPolicySchema)));
