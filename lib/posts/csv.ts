// A posts CSV → drafts the planner can match, and every problem by row and
// column: the file (not CSV, columns missing or unknown, too many rows),
// each field's format, and references the workspace does not know (creator
// by email or exact name, campaign by utm_campaign value or exact name,
// placement from the taxonomy). Lookups are one query each, for every row.
import { readCsvTable, type CsvTableSpec } from "@/lib/csv/table";
import { prisma } from "@/lib/db/prisma";
import { listPlacements } from "@/lib/links/list";
import type { PostDraft } from "./plan";
import { parsePostedAt } from "./posted-at";
import { MAX_POSTS_ROWS, POST_COLUMNS, postUrl, type PostColumn, type PostCsvRow, type PostProblem } from "./schema";

// headers as people write them: "Creator email", "Posted at", "Link", "Views"
const POSTS_CSV: CsvTableSpec<PostColumn> = {
  columns: POST_COLUMNS,
  required: ["creator", "campaign", "placement", "posted_at", "impressions"],
  aliases: {
    creator_email: "creator", email: "creator", utm_campaign: "campaign", sub_id: "placement", post_url: "url", link: "url",
    posted: "posted_at", date: "posted_at", posted_on: "posted_at", views: "impressions",
  },
  maxRows: MAX_POSTS_ROWS,
  verb: "upload",
};

export function readPostsCsv(text: string): { rows: PostCsvRow[]; problems: PostProblem[] } {
  return readCsvTable(text, POSTS_CSV);
}

async function lookups(workspaceId: string, rows: PostCsvRow[]) {
  const refs = rows.map((r) => r.creator);
  const [creators, campaigns, placements] = await Promise.all([
    prisma.creator.findMany({ where: { workspaceId, OR: [{ email: { in: refs.map((s) => s.toLowerCase()) } }, { name: { in: refs } }] }, select: { id: true, name: true, email: true } }),
    prisma.campaign.findMany({ where: { workspaceId, OR: [{ utmCampaign: { in: rows.map((r) => r.campaign.toLowerCase()) } }, { name: { in: rows.map((r) => r.campaign) } }] }, select: { id: true, name: true, utmCampaign: true } }),
    listPlacements(workspaceId),
  ]);
  const creatorBy = new Map<string, string[]>();
  for (const c of creators) for (const k of [c.email.toLowerCase(), c.name]) creatorBy.set(k, [...new Set([...(creatorBy.get(k) ?? []), c.id])]);
  const campaignBy = new Map<string, string[]>();
  for (const c of campaigns) for (const k of [c.utmCampaign, c.name]) campaignBy.set(k, [...new Set([...(campaignBy.get(k) ?? []), c.id])]);
  return { creatorBy, campaignBy, placements: placements.map((p) => p.key) };
}

/** Rows → drafts for the rows without problems, and the problems of the rest. */
export async function resolvePostRows(workspaceId: string, timeZone: string, rows: PostCsvRow[]): Promise<{ drafts: PostDraft[]; problems: PostProblem[] }> {
  const { creatorBy, campaignBy, placements } = await lookups(workspaceId, rows);
  const drafts: PostDraft[] = [];
  const problems: PostProblem[] = [];
  for (const r of rows) {
    const mine: PostProblem[] = [];
    const add = (column: PostColumn, message: string) => mine.push({ row: r.row, column, message });
    const creator = creatorBy.get(r.creator.includes("@") ? r.creator.toLowerCase() : r.creator) ?? [];
    if (!r.creator) add("creator", "The creator is missing.");
    else if (creator.length === 0) add("creator", `No creator in this workspace has the email or name "${r.creator}".`);
    else if (creator.length > 1) add("creator", `Several creators are named "${r.creator}": use their email.`);
    const campaign = campaignBy.get(r.campaign.toLowerCase()) ?? campaignBy.get(r.campaign) ?? [];
    if (!r.campaign) add("campaign", "The campaign is missing.");
    else if (campaign.length === 0) add("campaign", `No campaign in this workspace has the utm_campaign value or name "${r.campaign}".`);
    else if (campaign.length > 1) add("campaign", `Several campaigns are named "${r.campaign}": use the utm_campaign value.`);
    const placement = r.placement.toLowerCase();
    if (!placements.includes(placement)) add("placement", r.placement ? `"${r.placement}" is not one of this workspace's placements (${placements.join(", ")}).` : "The placement is missing.");
    if (r.url && !postUrl.safeParse(r.url).success) add("url", `"${r.url.slice(0, 80)}" is not a web address (https://…).`);
    const postedAt = parsePostedAt(r.posted_at, timeZone);
    if (!postedAt) add("posted_at", r.posted_at ? `"${r.posted_at}" is not a time: write 2026-11-02 18:00 (workspace time) or 2026-11-02T23:00:00Z.` : "The time the post went up is missing.");
    const views = r.impressions.replace(/[,_\s]/g, "");
    if (!/^\d{1,10}$/.test(views) || Number(views) > 2_147_483_647) add("impressions", r.impressions ? `"${r.impressions}" is not a whole number of impressions.` : "The impressions are missing.");
    if (mine.length) problems.push(...mine);
    else drafts.push({ row: r.row, creatorId: creator[0], campaignId: campaign[0], placement, url: r.url || null, postedAt: postedAt!, impressions: Number(views) });
  }
  return { drafts, problems };
}
