// GET /api/posts – the workspace's content posts (?creator=, ?campaign=, ?page=) with total impressions.
// POST /api/posts – enter one post with its impressions (409 when it is already entered).
import { parseJson } from "@/lib/api/body";
import { withWorkspace } from "@/lib/api/with-workspace";
import { parseListState } from "@/lib/list/params";
import { listPosts } from "@/lib/posts/list";
import { createPost } from "@/lib/posts/mutate";
import { createPostSchema } from "@/lib/posts/schema";

export const GET = withWorkspace("creators.read", async ({ req, ctx }) => {
  const state = parseListState(Object.fromEntries(new URL(req.url).searchParams), { sorts: ["posted"], defaultSort: "posted", filters: ["creator", "campaign"] });
  return listPosts(ctx.workspace.id, { ...state.filters, page: state.page });
});

export const POST = withWorkspace("costs.write", async ({ req, ctx }) => {
  const post = await createPost(ctx, await parseJson(req, createPostSchema));
  return Response.json({ post }, { status: 201 });
});
