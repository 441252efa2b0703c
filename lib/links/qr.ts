// QR codes of a link's variants, made by the `qrcode` package (SVG for print,
// PNG for chats). Only a link in the caller's scope (the workspace, or the
// creator's own for the portal) is drawn; anything else is a 404.
import QRCode from "qrcode";
import { AppError } from "@/lib/api/errors";
import { prisma } from "@/lib/db/prisma";
import { z } from "zod";
import { linkUrl } from "./variants";

export const qrQuerySchema = z.object({
  format: z.enum(["svg", "png"]).default("svg"),
  placement: z.string().regex(/^[a-z0-9_-]{1,32}$/).optional(),
});

export type QrQuery = z.infer<typeof qrQuerySchema>;

export async function linkQr(scope: { workspaceId: string; creatorId?: string }, linkId: string, query: QrQuery, origin: string): Promise<Response> {
  const link = await prisma.trackingLink.findFirst({ where: { id: linkId, ...scope }, select: { code: true } });
  if (!link) throw new AppError("not_found", "No such link.");
  if (query.placement) {
    const known = await prisma.placement.findFirst({ where: { workspaceId: scope.workspaceId, key: query.placement }, select: { key: true } });
    if (!known) throw new AppError("unprocessable", `${query.placement} is not a placement of this workspace.`, { errors: [{ path: "placement", message: "not in the placement taxonomy" }] });
  }
  const url = linkUrl(origin, link.code, query.placement);
  const name = `${link.code}${query.placement ? `-${query.placement}` : ""}.${query.format}`;
  const headers = { "content-disposition": `attachment; filename="qr-${name}"`, "cache-control": "private, max-age=300" };
  if (query.format === "svg") {
    const svg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    return new Response(svg, { headers: { ...headers, "content-type": "image/svg+xml" } });
  }
  const png = await QRCode.toBuffer(url, { type: "png", errorCorrectionLevel: "M", margin: 2, width: 768 });
  return new Response(new Uint8Array(png), { headers: { ...headers, "content-type": "image/png" } });
}

/** The query string as the schema's input (unknown keys ignored, bad values → 422 with the field). */
export function parseQrQuery(req: Request): QrQuery {
  const sp = new URL(req.url).searchParams;
  return qrQuerySchema.parse({ format: sp.get("format") ?? undefined, placement: sp.get("placement") ?? undefined });
}
