// POST /api/merchants/{id}/secrets/{secretId}/revoke – stop accepting a signing secret (all instances within 5 s).
import { withWorkspace } from "@/lib/api/with-workspace";
import { revokeSigningSecret } from "@/lib/merchants/credentials";

export const POST = withWorkspace<{ id: string; secretId: string }>("merchants.write", async ({ params, ctx }) => ({ secret: await revokeSigningSecret(ctx, params.id, params.secretId) }));
