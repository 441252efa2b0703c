// GET|HEAD /r/{code}/{sub} – the redirect with a placement sub-ID (portable door).
import { redirectResponse } from "@/lib/tracking/doors";
import { trackingRuntime } from "@/lib/tracking/runtime";

export const dynamic = "force-dynamic";

async function handle(req: Request, { params }: { params: Promise<{ code: string; sub: string }> }) {
  const { code, sub } = await params;
  return redirectResponse(req, code, sub, trackingRuntime().deps);
}

export { handle as GET, handle as HEAD };
