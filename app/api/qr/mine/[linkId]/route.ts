// GET /api/qr/mine/{linkId}?placement=story&format=svg|png – a QR code of one of the signed-in creator's own links.
import { appOrigin } from "@/lib/api/same-origin";
import { withWorkspace } from "@/lib/api/with-workspace";
import { ownRows } from "@/lib/auth/context";
import { linkQr, parseQrQuery } from "@/lib/links/qr";

export const GET = withWorkspace<{ linkId: string }>("portal.read", async ({ req, params, ctx }) => linkQr(ownRows(ctx), params.linkId, parseQrQuery(req), appOrigin(req.url)));
