// POST /api/merchants/{id}/secrets – a new signing secret ({ test: true } for a sandbox one), shown once.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { createSigningSecret } from "@/lib/merchants/credentials";
import { createSecretSchema } from "@/lib/merchants/schema";

export const POST = withWorkspace<{ id: string }>("merchants.write", async ({ req, params, ctx }) =>
  Response.json({ secret: await createSigningSecret(ctx, params.id, await parseJson(req, createSecretSchema)) }, { status: 201, headers: { "cache-control": "no-store" } }),
);
