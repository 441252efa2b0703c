// POST /api/utm/build – { kind: "tracking" | "direct", code, placement, destinationUrl? } → a URL that follows the playbook, or 422 naming the rule broken. Writes nothing.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { buildUrl } from "@/lib/utm/build";
import { publicOrigin } from "@/lib/utm/public-url";
import { buildSchema } from "@/lib/utm/schema";

export const POST = withWorkspace("links.read", async ({ req, ctx }) => buildUrl(ctx.workspace.id, await parseJson(req, buildSchema), publicOrigin(req.url)));
