// POST /api/creators/brief – publish a new version of the disclosure brief; every creator is asked to accept it.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { publishBrief } from "@/lib/contracts/brief";
import { briefSchema } from "@/lib/contracts/schema";

export const POST = withWorkspace("creators.write", async ({ req, ctx }) => {
  const brief = await publishBrief(ctx, await parseJson(req, briefSchema));
  return Response.json({ brief }, { status: 201 });
});
