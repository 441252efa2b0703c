// POST /api/imports/{id}/run – import a previewed file, all or nothing or valid rows only; answers when done
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { runImport } from "@/lib/imports/run";
import { runImportSchema } from "@/lib/imports/schema";

export const maxDuration = 300;

export const POST = withWorkspace<{ id: string }>("creators.write", async ({ req, params, ctx }) => runImport(ctx, params.id, (await parseJson(req, runImportSchema)).mode));
