// GET /api/qr/{linkId}?placement=story&format=svg|png – a QR code of one of the workspace's links.
import { appOrigin } from "@/lib/api/same-origin";
import { withWorkspace } from "@/lib/api/with-workspace";
import { linkQr, parseQrQuery } from "@/lib/links/qr";

export const GET = withWorkspace<{ linkId: string }>("links.read", async ({ req, params, ctx }) => linkQr({ workspaceId: ctx.workspace.id }, params.linkId, parseQrQuery(req), appOrigin(req.url)));
