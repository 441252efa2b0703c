import type { Metadata } from "next";
import { DataTable } from "@/components/data-table";
import { CreatorCampaignFilter } from "@/components/list/creator-campaign-filter";
import { Pagination } from "@/components/list/pagination";
import { PostActions } from "@/components/post-actions";
import { PostForm } from "@/components/post-form";
import { PostsUpload } from "@/components/posts-upload";
import { PageHeader } from "@/components/shell";
import { requirePage } from "@/lib/auth/page";
import { can } from "@/lib/auth/permissions";
import { costFormOptions } from "@/lib/costs/list";
import { formatDateTime, formatInt } from "@/lib/format";
import { creatorChoice, listPlacements } from "@/lib/links/list";
import { listHref, parseListState, type SearchParams } from "@/lib/list/params";
import { listPosts, POST_PAGE_SIZE, type PostRow } from "@/lib/posts/list";

export const metadata: Metadata = { title: "Content posts" };

export default async function PostsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePage("creators.read", "/app/posts");
  const state = parseListState(await searchParams, { sorts: ["posted"], defaultSort: "posted", filters: ["creator", "campaign"] });
  const [list, options, placements, filterCreator] = await Promise.all([
    listPosts(ctx.workspace.id, { ...state.filters, page: state.page }),
    costFormOptions(ctx.workspace.id),
    listPlacements(ctx.workspace.id),
    creatorChoice(ctx.workspace.id, state.filters.creator),
  ]);
  const writer = can(ctx.role, "costs.write");
  const tz = ctx.workspace.timeZone;
  const filtered = Boolean(state.filters.creator || state.filters.campaign);
  const label = (p: PostRow) => `${p.creator.name}'s ${p.placement} of ${formatDateTime(p.postedAt, tz)}`;
  return (
    <>
      <PageHeader title="Content posts" description="The posts creators published and the impressions each got, from the platform's insights. CTR divides a creator's clicks in a campaign and placement by these impressions." />
      {writer && (
        <section className="mb-8 grid gap-6">
          <div><h2 className="mb-2 font-semibold">Enter a post</h2><PostForm creators={options.creators} campaigns={options.campaigns} placements={placements} timeZone={tz} /></div>
          <div><h2 className="mb-2 font-semibold">Upload a CSV</h2><PostsUpload /></div>
        </section>
      )}
      <CreatorCampaignFilter label="Filter posts" creator={filterCreator} campaign={state.filters.campaign} campaigns={options.campaigns} />
      <p className="mb-3 text-sm" data-testid="posts-total">{formatInt(list.total)} posts, {formatInt(list.impressions)} impressions{filtered ? " for these filters" : ""}.</p>
      <DataTable rows={list.posts} rowKey={(p) => p.id} empty={filtered ? "No post matches these filters." : "No posts entered yet."} columns={[
        { header: "Posted", cell: (p) => formatDateTime(p.postedAt, tz) },
        { header: "Creator", cell: (p) => p.creator.name },
        { header: "Campaign", cell: (p) => p.campaign.name },
        { header: "Placement", cell: (p) => p.placement },
        { header: "Post", cell: (p) => (p.url ? <a className="break-all text-indigo-700 underline" href={p.url} rel="noopener noreferrer nofollow" target="_blank">{p.url}</a> : "—") },
        { header: "Impressions", numeric: true, cell: (p) => (writer ? <PostActions postId={p.id} impressions={p.impressions} label={label(p)} /> : formatInt(p.impressions)) },
      ]} />
      <Pagination page={state.page} pageSize={POST_PAGE_SIZE} total={list.total} href={(page) => listHref("/app/posts", state, { page })} />
    </>
  );
}
