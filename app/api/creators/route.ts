// GET /api/creators – the workspace's creators (brand roles only).
import { withWorkspace } from "@/lib/api/with-workspace";
import { listCreators } from "@/lib/creators/list";

export const GET = withWorkspace("creators.read", async ({ ctx }) => ({ creators: await listCreators(ctx.workspace.id) }));
