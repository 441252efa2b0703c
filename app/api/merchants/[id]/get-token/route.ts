// POST /api/merchants/{id}/get-token – a new GET-postback token, shown once; the old one stops working.
import { withWorkspace } from "@/lib/api/with-workspace";
import { rotateGetToken } from "@/lib/merchants/credentials";

export const POST = withWorkspace<{ id: string }>("merchants.write", async ({ params, ctx }) =>
  Response.json(await rotateGetToken(ctx, params.id), { status: 201, headers: { "cache-control": "no-store" } }),
);
