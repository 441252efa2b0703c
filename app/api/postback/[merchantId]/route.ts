// POST /api/postback/{merchantId} – signed JSON conversion (Standard Webhooks).
// GET  /api/postback/{merchantId}?token=… – the same fields as query parameters.
import { toResponse } from "@/lib/api/errors";
import { handlePostback } from "@/lib/conversions/handle-postback";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ merchantId: string }> };

async function handle(req: Request, { params }: Ctx) {
  return toResponse(await handlePostback(req, (await params).merchantId));
}

export { handle as GET, handle as POST };
