// Content posts with their impressions: entered one by one (the form) or by
// CSV (preview, then apply). Both go through the same matching (plan.ts), so
// a post is never entered twice; every change is audited in its transaction.
import { AppError } from "@/lib/api/errors";
import type { AuthContext } from "@/lib/auth/context";
import { audit } from "@/lib/audit/log";
import { requireCreatorAndCampaign } from "@/lib/creators/pair";
import { prisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "@/lib/ids";
import { listPlacements } from "@/lib/links/list";
import { readPostsCsv, resolvePostRows } from "./csv";
import { existingPostSelect, loadMatches, planPosts, type ExistingPost, type PostDraft } from "./plan";
import { parsePostedAt } from "./posted-at";
import type { CreatePostInput, PostOutcome, PostProblem, UpdatePostInput, UploadPostsInput } from "./schema";

type Tx = Prisma.TransactionClient;
const snapshot = (p: Omit<ExistingPost, "id">) => ({ creatorId: p.creatorId, campaignId: p.campaignId, placement: p.placement, url: p.url, postedAt: p.postedAt.toISOString(), impressions: p.impressions });

/** The one-post form's fields → a draft, each refusal naming its field. */
async function draftOf(ctx: AuthContext, input: CreatePostInput): Promise<PostDraft> {
  const [, placements] = await Promise.all([requireCreatorAndCampaign(ctx.workspace.id, input), listPlacements(ctx.workspace.id)]);
  const errors = [];
  if (!placements.some((p) => p.key === input.placement)) errors.push({ path: "placement", message: `not one of this workspace's placements (${placements.map((p) => p.key).join(", ")})` });
  const postedAt = parsePostedAt(input.postedAt, ctx.workspace.timeZone);
  if (!postedAt) errors.push({ path: "postedAt", message: "write 2026-11-02 18:00 (workspace time) or an ISO time with its offset" });
  if (errors.length) throw new AppError("unprocessable", "Some fields are not valid.", { errors });
  return { row: 1, creatorId: input.creatorId, campaignId: input.campaignId, placement: input.placement, url: input.url ?? null, postedAt: postedAt!, impressions: input.impressions };
}

const conflict = (message: string, path: string) => new AppError("conflict", message, { errors: [{ path, message }] });

export async function createPost(ctx: AuthContext, input: CreatePostInput) {
  const draft = await draftOf(ctx, input);
  const [plan] = planPosts([draft], await loadMatches(ctx.workspace.id, [draft]));
  if (plan.outcome === "problem") throw conflict(plan.message, plan.column === "url" ? "url" : "postedAt");
  if (plan.outcome !== "create") throw conflict("This post is already entered: change its impressions in the list instead.", draft.url ? "url" : "postedAt");
  return prisma.$transaction(async (tx) => {
    const { row: _row, ...data } = draft;
    const post = await tx.contentPost.create({ data: { id: newId("post"), workspaceId: ctx.workspace.id, ...data }, select: existingPostSelect });
    await audit(tx, ctx, { action: "post.created", entityType: "ContentPost", entityId: post.id, after: snapshot(post) });
    return post;
  });
}

async function existing(workspaceId: string, id: string) {
  const post = await prisma.contentPost.findFirst({ where: { workspaceId, id }, select: existingPostSelect });
  if (!post) throw new AppError("not_found", "No such post in this workspace.");
  return post;
}

export async function updatePost(ctx: AuthContext, id: string, input: UpdatePostInput) {
  const before = await existing(ctx.workspace.id, id);
  const merged = { ...before, ...input, postedAt: input.postedAt ?? before.postedAt.toISOString(), url: input.url === undefined ? before.url : input.url };
  const draft = await draftOf(ctx, merged);
  // the new values may collide with another post's url or key
  const others = (await loadMatches(ctx.workspace.id, [draft])).filter((p) => p.id !== id);
  const [plan] = planPosts([draft], others);
  if (plan.outcome !== "create") throw conflict(plan.outcome === "problem" ? plan.message : "Another post already has this address, or this creator, campaign, placement and time.", draft.url ? "url" : "postedAt");
  return prisma.$transaction(async (tx) => {
    const { row: _row, ...data } = draft;
    const post = await tx.contentPost.update({ where: { id, workspaceId: ctx.workspace.id }, data, select: existingPostSelect });
    await audit(tx, ctx, { action: "post.updated", entityType: "ContentPost", entityId: id, before: snapshot(before), after: snapshot(post) });
    return post;
  });
}

export async function deletePost(ctx: AuthContext, id: string) {
  const before = await existing(ctx.workspace.id, id);
  await prisma.$transaction(async (tx) => {
    await tx.contentPost.delete({ where: { id, workspaceId: ctx.workspace.id } });
    await audit(tx, ctx, { action: "post.deleted", entityType: "ContentPost", entityId: id, before: snapshot(before) });
  });
}

export interface PostsPreviewLine {
  row: number;
  outcome: PostOutcome | "rejected";
  reason: string;
}

async function writePlan(tx: Tx, workspaceId: string, creates: PostDraft[], updates: { id: string; draft: PostDraft }[]) {
  if (creates.length) await tx.contentPost.createMany({ data: creates.map(({ row: _row, ...d }) => ({ id: newId("post"), workspaceId, ...d })) });
  for (const { id, draft: { row: _row, url, ...d } } of updates) {
    // a row without a url keeps the address the post already has
    await tx.contentPost.update({ where: { id, workspaceId }, data: { ...d, ...(url ? { url } : {}) } });
  }
}

/**
 * A posts CSV: every row's outcome (create, update, unchanged, or rejected
 * with every problem). With `apply`, and only when no row has a problem,
 * the creates and updates are written in one transaction: all or nothing.
 */
export async function importPosts(ctx: AuthContext, input: UploadPostsInput) {
  const workspaceId = ctx.workspace.id;
  const read = readPostsCsv(input.csv);
  const resolved = read.problems.length ? { drafts: [], problems: [] } : await resolvePostRows(workspaceId, ctx.workspace.timeZone, read.rows);
  const planned = planPosts(resolved.drafts, resolved.drafts.length ? await loadMatches(workspaceId, resolved.drafts) : []);
  const problems: PostProblem[] = [
    ...read.problems,
    ...resolved.problems,
    ...planned.flatMap((p) => (p.outcome === "problem" ? [{ row: p.draft.row, column: p.column, message: p.message }] : [])),
  ].sort((a, b) => a.row - b.row);
  const lines: PostsPreviewLine[] = read.rows.map((r) => {
    const mine = problems.filter((p) => p.row === r.row);
    if (mine.length) return { row: r.row, outcome: "rejected", reason: mine.map((p) => `${p.column}: ${p.message}`).join(" ") };
    const plan = planned.find((p) => p.draft.row === r.row)!;
    return { row: r.row, outcome: plan.outcome as PostOutcome, reason: plan.outcome === "create" ? "a new post" : plan.outcome === "update" ? "matches a post already entered; its values change" : "matches a post already entered with the same values" };
  });
  const counts = { create: 0, update: 0, unchanged: 0, rejected: 0 };
  for (const l of lines) counts[l.outcome]++;
  if (!input.apply) return { applied: false, counts, lines, problems };
  if (problems.length) {
    throw new AppError("unprocessable", `Nothing was saved: the file has ${problems.length} problem${problems.length === 1 ? "" : "s"}. Fix them and upload it again.`, {
      errors: problems.map((p) => ({ path: p.row ? `rows.${p.row}.${p.column}` : "file", message: p.message })),
    });
  }
  const creates = planned.flatMap((p) => (p.outcome === "create" ? [p.draft] : []));
  const updates = planned.flatMap((p) => (p.outcome === "update" ? [{ id: p.existing.id, draft: p.draft }] : []));
  if (creates.length || updates.length) {
    await prisma.$transaction(async (tx) => {
      await writePlan(tx, workspaceId, creates, updates);
      await audit(tx, ctx, { action: "posts.imported", entityType: "ContentPost", entityId: "csv", after: { created: creates.length, updated: updates.length, unchanged: counts.unchanged, updatedIds: updates.map((u) => u.id) } });
    });
  }
  return { applied: true, counts, lines, problems };
}
