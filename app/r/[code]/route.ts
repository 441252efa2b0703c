// GET|HEAD /r/{code}?sub= – the portable redirect door (the custom server answers /r/* before Next.js).
import { redirectResponse } from "@/lib/tracking/doors";
import { trackingRuntime } from "@/lib/tracking/runtime";

export const dynamic = "force-dynamic";

async function handle(req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  return redirectResponse(req, code, null, trackingRuntime().deps);
}

export { handle as GET, handle as HEAD };
