// POST /api/postback/{merchantId} – signed JSON conversion (Standard Webhooks).
// GET  /api/postback/{merchantId}?token=… – the same fields as query parameters.
import { handlePostback } from "@/lib/conversions/handle-postback";

export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ merchantId: string }> };

export async function POST(req: Request, { params }: Ctx) {
  return handlePostback(req, (await params).merchantId);
}

export async function GET(req: Request, { params }: Ctx) {
  return handlePostback(req, (await params).merchantId);
}
