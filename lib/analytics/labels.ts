// Human labels for breakdown keys: names for ids, words for codes.
import { pool } from "@/lib/db/pool";
import { countryName } from "@/lib/creators/countries";
import type { Dimension } from "./types";

const NONE: Partial<Record<Dimension, string>> = { creator: "No creator (unattributed)", campaign: "No campaign", placement: "No placement", country: "Unknown country", device: "Unknown device", creative: "Unattributed" };

async function names(sql: string, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await pool.query<{ id: string; name: string }>(sql, [workspaceId, ids]);
  return new Map(rows.map((r) => [r.id, r.name]));
}

const CREATORS = `SELECT id, name FROM "Creator" WHERE "workspaceId" = $1 AND id = ANY($2::text[])`;
const CAMPAIGNS = `SELECT id, name FROM "Campaign" WHERE "workspaceId" = $1 AND id = ANY($2::text[])`;
const PLACEMENTS = `SELECT key AS id, label AS name FROM "Placement" WHERE "workspaceId" = $1 AND key = ANY($2::text[])`;

/** A label per key of one dimension. */
export async function labelsFor(workspaceId: string, dim: Dimension, keys: string[]): Promise<Map<string, string>> {
  const present = keys.filter((k) => k !== "");
  const out = new Map<string, string>(keys.includes("") ? [["", NONE[dim] ?? ""]] : []);
  const put = (m: Map<string, string>, fallback: (k: string) => string) => present.forEach((k) => out.set(k, m.get(k) ?? fallback(k)));
  if (dim === "creator") put(await names(CREATORS, workspaceId, present), () => "(deleted creator)");
  else if (dim === "campaign") put(await names(CAMPAIGNS, workspaceId, present), () => "(deleted campaign)");
  else if (dim === "placement") put(await names(PLACEMENTS, workspaceId, present), (k) => k);
  else if (dim === "country") put(new Map(), (k) => countryName(k));
  else if (dim === "week") put(new Map(), (k) => `Week of ${k}`);
  else if (dim === "creative") {
    const parts = present.map((k) => k.split("|"));
    const [creators, campaigns, placements] = await Promise.all([
      names(CREATORS, workspaceId, parts.map((p) => p[0])),
      names(CAMPAIGNS, workspaceId, parts.map((p) => p[1])),
      names(PLACEMENTS, workspaceId, parts.map((p) => p[2])),
    ]);
    put(new Map(), (k) => {
      const [cr, cm, pl] = k.split("|");
      return `${creators.get(cr) ?? "(deleted creator)"} · ${campaigns.get(cm) ?? "(deleted campaign)"} · ${placements.get(pl) ?? (pl || "no placement")}`;
    });
  } else put(new Map(), (k) => k);
  return out;
}
