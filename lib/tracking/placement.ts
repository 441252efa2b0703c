// The sub-ID names the placement (story, post, bio...). Only the workspace's
// taxonomy is accepted as a placement; anything else is kept as "other" with
// the raw value, cleaned and truncated, so a typo still counts the click.
export const OTHER = "other";
/** A click on the bare link, without any sub-ID. */
export const NONE = "none";
export const MAX_RAW_SUB = 64;

export interface PlacementValue {
  placement: string;
  rawSub: string | null;
}

/** `raw` arrives already percent-decoded (by the door). */
export function normalizeSub(raw: string | null | undefined, taxonomy: readonly string[]): PlacementValue {
  if (raw === null || raw === undefined || raw === "") return { placement: NONE, rawSub: null };
  const key = raw.trim().toLowerCase();
  if (taxonomy.includes(key)) return { placement: key, rawSub: null };
  // drop control characters; truncate by code points so no surrogate pair is split
  const cleaned = Array.from(raw.replace(/[\u0000-\u001f\u007f]/g, "").trim()).slice(0, MAX_RAW_SUB).join("");
  return { placement: OTHER, rawSub: cleaned || null };
}
