// Destinations are https URLs on the merchant's allow-listed hosts. Checked
// when a link is saved and again on every redirect; the redirect only ever
// adds query parameters to the stored URL, so nothing in a request can change
// where the shopper lands.

export type DestinationProblem = "not_a_url" | "not_https" | "credentials" | "port" | "host_not_allowed" | "unsafe_characters";

export const DESTINATION_PROBLEMS: Record<DestinationProblem, string> = {
  not_a_url: "is not an absolute URL",
  not_https: "must use https",
  credentials: "must not carry a user name or password",
  port: "must use the default https port",
  host_not_allowed: "is not on the merchant's allow-listed domains",
  unsafe_characters: "contains whitespace, control characters or backslashes",
};

/** An allow-list entry is a host ("brand.example") or a wildcard for its subdomains ("*.brand.example"). */
function hostAllowed(host: string, allowed: readonly string[]): boolean {
  return allowed.some((entry) => {
    const e = entry.trim().toLowerCase().replace(/\.$/, "");
    if (e.startsWith("*.")) return host.endsWith(e.slice(1)) && host.length > e.length - 1;
    return host === e;
  });
}

export function checkDestination(raw: string, allowedDomains: readonly string[]): DestinationProblem | null {
  if (/[\s\\\u0000-\u001f\u007f]/.test(raw)) return "unsafe_characters";
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "not_a_url";
  }
  if (url.protocol !== "https:") return "not_https";
  if (url.username || url.password) return "credentials";
  if (url.port) return "port";
  return hostAllowed(url.hostname.replace(/\.$/, ""), allowedDomains) ? null : "host_not_allowed";
}

export interface UtmConvention {
  utmSource: string;
  utmMedium: string;
  utmContent: string;
  utmTerm: string | null;
}

export interface UtmValues {
  creator: string;
  campaign: string;
  placement: string;
}

function fill(template: string, values: UtmValues): string {
  return template.replace(/\{(creator|campaign|placement)\}/g, (_, k: keyof UtmValues) => values[k]);
}

export const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"] as const;
export type UtmParams = Record<(typeof UTM_KEYS)[number], string | null>;

/** The UTM values the convention gives a click (utm_term null when the convention has none): what the redirect appends, and what the analytics export reconstructs. */
export function utmParams(convention: UtmConvention, values: UtmValues): UtmParams {
  return {
    utm_source: fill(convention.utmSource, values),
    utm_medium: fill(convention.utmMedium, values),
    utm_campaign: values.campaign,
    utm_content: fill(convention.utmContent, values),
    utm_term: convention.utmTerm ? fill(convention.utmTerm, values) : null,
  };
}

/** The stored destination with the workspace's UTM convention and the click id applied. */
export function buildLocation(destination: string, convention: UtmConvention, values: UtmValues, clickId: string): string {
  const url = new URL(destination);
  const q = url.searchParams;
  for (const [key, value] of Object.entries(utmParams(convention, values))) {
    if (value === null) q.delete(key);
    else q.set(key, value);
  }
  q.set("clk", clickId);
  return url.toString();
}

// The redirect's buildLocation, split at the click id. Parsing the URL and
// five searchParams.set (each re-serialises the query) cost ~14 µs a click,
// more than the rest of the redirect's own work together, and all of it but
// the id is fixed per link and placement. The slot is a value that form
// encoding leaves as it is, as it does click ids (nanoid's A-Za-z0-9_-).
const SLOT = "clk0slot0";
const PLAIN_ID = /^[A-Za-z0-9_-]*$/;

/** buildLocation for one destination, convention and UTM values, as a function of the click id: the same string, built once. */
export function locationTemplate(destination: string, convention: UtmConvention, values: UtmValues): (clickId: string) => string {
  const parts = buildLocation(destination, convention, values, SLOT).split(SLOT);
  const slow = (clickId: string) => buildLocation(destination, convention, values, clickId);
  if (parts.length !== 2) return slow; // the destination itself holds the slot's text
  const [before, after] = parts;
  return (clickId) => (PLAIN_ID.test(clickId) ? before + clickId + after : slow(clickId));
}

/** A link's locations as a function of placement and click id, each placement's template built on its first click. */
export function linkLocations(destination: string, convention: UtmConvention, creator: string, campaign: string): (placement: string, clickId: string) => string {
  const byPlacement = new Map<string, (clickId: string) => string>();
  return (placement, clickId) => {
    let at = byPlacement.get(placement);
    if (!at) byPlacement.set(placement, (at = locationTemplate(destination, convention, { creator, campaign, placement })));
    return at(clickId);
  };
}

/** "Maya Chen" → "maya-chen": the {creator} value in UTMs. */
export function creatorSlug(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "creator";
}
