// PATCH /api/posts/{id} – correct a post (usually its impressions); DELETE /api/posts/{id} – remove it. Both audited.
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { deletePost, updatePost } from "@/lib/posts/mutate";
import { updatePostSchema } from "@/lib/posts/schema";

export const PATCH = withWorkspace<{ id: string }>("costs.write", async ({ req, params, ctx }) => ({
  post: await updatePost(ctx, params.id, await parseJson(req, updatePostSchema)),
}));

export const DELETE = withWorkspace<{ id: string }>("costs.write", async ({ params, ctx }) => {
  await deletePost(ctx, params.id);
  return new Response(null, { status: 204 });
});
