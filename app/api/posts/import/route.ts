// POST /api/posts/import – a posts CSV: {csv, apply:false} previews every row's outcome and problem;
// {csv, apply:true} saves it, all or nothing, only when no row has a problem (the same file again changes nothing).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { importPosts } from "@/lib/posts/mutate";
import { uploadPostsSchema } from "@/lib/posts/schema";

export const POST = withWorkspace("costs.write", async ({ req, ctx }) => importPosts(ctx, await parseJson(req, uploadPostsSchema)));
