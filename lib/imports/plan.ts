// What importing each row would do, read from the database in a handful of
// set-based queries (never one per row): which creator it matches (by email,
// without regard to case), whether anything about them changes, the link and
// coupon it adds, and every problem the database reveals (unknown campaign,
// coupon held by another creator, destination off the allow-list).
import { newId, newLinkCode } from "@/lib/ids";
import type { Queryable } from "@/lib/db/sql";
import { checkDestination, DESTINATION_PROBLEMS } from "@/lib/tracking/destination";
import { HANDLE_COLUMNS, type ImportOutcome, type ImportProblem, type ImportRow } from "./schema";
import { campaignMerchants, existingState } from "./lookups";

export interface RowPlan {
  row: number;
  email: string;
  outcome: Exclude<ImportOutcome, "rejected">;
  creator: { id: string; isNew: boolean; changed: boolean; name: string; audienceCountry: string | null };
  handles: { platform: string; handle: string }[];
  link: { kind: "new"; id: string; code: string; campaignId: string; merchantId: string; destination: string } | { kind: "update"; id: string; destination: string } | null;
  coupon: { id: string; code: string; campaignId: string } | null;
  /** what changes, in words, for the report */
  changes: string[];
}

export interface ImportPlan {
  plans: RowPlan[];
  problems: ImportProblem[];
}

export async function planImport(db: Queryable, workspaceId: string, rows: ImportRow[], known: ImportProblem[]): Promise<ImportPlan> {
  const problems = [...known];
  const bad = new Set(known.map((p) => p.row));
  // one after the other: db may be a single connection inside the import's transaction
  const state = await existingState(db, workspaceId, rows);
  const campaigns = await campaignMerchants(db, workspaceId);
  const plans: RowPlan[] = [];
  for (const r of rows) {
    const add = (column: ImportProblem["column"], message: string) => {
      problems.push({ row: r.row, column, message });
      bad.add(r.row);
    };
    const existing = state.creators.get(r.email);
    const creatorId = existing?.id ?? newId("cr");
    const changes: string[] = [];
    const country = r.audience_country || null;
    const changed = !!existing && (existing.name !== r.name || (country !== null && existing.audienceCountry !== country));
    if (changed) changes.push("profile");
    const handles = HANDLE_COLUMNS.filter((p) => r[p] && state.handles.get(`${creatorId}:${p}`) !== r[p]).map((p) => ({ platform: p, handle: r[p] }));
    if (handles.length && existing) changes.push(`${handles.map((h) => h.platform).join(", ")} handle`);

    let link: RowPlan["link"] = null;
    let coupon: RowPlan["coupon"] = null;
    if (r.campaign) {
      const campaign = campaigns.get(r.campaign.toLowerCase());
      if (!campaign) {
        add("campaign", `No campaign "${r.campaign}" in this workspace (use its UTM campaign value).`);
      } else if (!campaign.merchant) {
        add("campaign", `Campaign "${r.campaign}" has no merchant to send shoppers to yet.`);
      } else {
        const allowed = campaign.merchant.allowedDomains;
        const fallback = allowed.find((d) => !d.startsWith("*."));
        const destination = r.destination || (fallback ? `https://${fallback}/` : "");
        const problem = destination ? checkDestination(destination, allowed) : null;
        if (!destination) add("destination", `The merchant of "${r.campaign}" has no allow-listed domain to default to: give a destination.`);
        else if (problem) add("destination", `${destination} ${DESTINATION_PROBLEMS[problem]}${problem === "host_not_allowed" ? ` (${allowed.join(", ") || "none configured"})` : ""}.`);
        const current = existing && state.links.get(`${existing.id}:${campaign.id}`);
        if (!current) {
          link = { kind: "new", id: newId("lnk"), code: newLinkCode(), campaignId: campaign.id, merchantId: campaign.merchant.id, destination };
          if (existing) changes.push(`${campaign.utmCampaign} link`);
        } else if (r.destination && current.destinationUrl !== r.destination) {
          link = { kind: "update", id: current.id, destination: r.destination };
          changes.push(`${campaign.utmCampaign} destination`);
        }
        if (r.coupon_code) {
          const holder = state.coupons.get(r.coupon_code);
          if (holder && holder.creatorId !== existing?.id) add("coupon_code", `${r.coupon_code} is already taken by another creator (${holder.creatorName})${holder.code !== r.coupon_code ? ` as ${holder.code}` : ""}.`);
          else if (!holder) {
            coupon = { id: newId("cpn"), code: r.coupon_code, campaignId: campaign.id };
            if (existing) changes.push(`coupon ${r.coupon_code}`);
          }
        }
      }
    }
    if (bad.has(r.row)) continue;
    const outcome = !existing ? "created" : changes.length ? "updated" : "unchanged";
    plans.push({ row: r.row, email: r.email, outcome, creator: { id: creatorId, isNew: !existing, changed, name: r.name, audienceCountry: country }, handles, link, coupon, changes });
  }
  problems.sort((a, b) => a.row - b.row);
  return { plans, problems };
}
