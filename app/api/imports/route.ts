// POST /api/imports – upload a creators CSV: parsed, validated and kept as a previewed job; nothing else is written
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { previewImport } from "@/lib/imports/jobs";
import { uploadImportSchema } from "@/lib/imports/schema";

export const POST = withWorkspace("creators.write", async ({ req, ctx }) => Response.json(await previewImport(ctx, await parseJson(req, uploadImportSchema)), { status: 201 }));
