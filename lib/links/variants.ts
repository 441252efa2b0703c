// A link's shareable URLs: the bare /r/{code} and one sub-ID variant per
// placement in the workspace taxonomy (/r/{code}/{placement}), so each post
// tells us where the sale came from.
export interface LinkVariant {
  /** null for the bare link */
  placement: string | null;
  label: string;
  url: string;
}

export function linkUrl(origin: string, code: string, placement?: string | null): string {
  return `${origin.replace(/\/$/, "")}/r/${encodeURIComponent(code)}${placement ? `/${encodeURIComponent(placement)}` : ""}`;
}

export function linkVariants(origin: string, code: string, placements: readonly { key: string; label: string }[]): LinkVariant[] {
  return [{ placement: null, label: "Any placement", url: linkUrl(origin, code) }, ...placements.map((p) => ({ placement: p.key, label: p.label, url: linkUrl(origin, code, p.key) }))];
}
