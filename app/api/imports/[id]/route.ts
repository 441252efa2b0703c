// GET /api/imports/{id} – an import's status and progress (the page polls it while the import runs)
import { withWorkspace } from "@/lib/api/with-workspace";
import { importStatus } from "@/lib/imports/jobs";

export const GET = withWorkspace<{ id: string }>("creators.write", async ({ params, ctx }) => importStatus(ctx, params.id));
