// POST /api/creators/{id}/contracts – publish new contract terms: version n+1, earlier versions unchanged.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { contractTermsSchema } from "@/lib/contracts/schema";
import { createContractVersion } from "@/lib/contracts/versions";

export const POST = withWorkspace<{ id: string }>("creators.write", async ({ req, params, ctx }) => {
  const contract = await createContractVersion(ctx, params.id, await parseJson(req, contractTermsSchema));
  return Response.json({ contract }, { status: 201 });
});
