// POST /api/utm/fix – { rule, subjectId }: apply the linter's one-click fix (owner or manager, audited).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { applyFix } from "@/lib/utm/fix";
import { fixSchema } from "@/lib/utm/schema";

export const POST = withWorkspace("utm.fix", async ({ req, ctx }) => applyFix(ctx, await parseJson(req, fixSchema)));
