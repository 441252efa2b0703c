// GET /api/pixel.js?key=pk_… – the merchant snippet (stores clk in a first-party cookie, reports orders).
import { pixelScript } from "@/lib/conversions/pixel-script";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  const url = new URL(req.url);
  const key = url.searchParams.get("key") ?? "";
  const origin = process.env.NEXTAUTH_URL ?? url.origin;
  return new Response(pixelScript(origin, key), {
    headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
