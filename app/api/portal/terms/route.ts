// GET /api/portal/terms – the current brief and contract terms, with the caller's acceptance.
// POST /api/portal/terms – the creator accepts the versions shown (version, time and an IP hash recorded).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { acceptTerms, creatorTerms } from "@/lib/contracts/portal";
import { acceptTermsSchema } from "@/lib/contracts/schema";

export const GET = withWorkspace("portal.read", async ({ ctx }) => creatorTerms(ctx));

export const POST = withWorkspace("portal.write", async ({ req, ctx }) => acceptTerms(ctx, await parseJson(req, acceptTermsSchema), req.headers));
