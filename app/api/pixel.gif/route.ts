// GET /api/pixel.gif?key=pk_…&order_id=…&amount=…&currency=… – an order reported by the browser pixel.
import { handlePixel } from "@/lib/conversions/handle-pixel";

export const dynamic = "force-dynamic";

export function GET(req: Request) {
  return handlePixel(req);
}
