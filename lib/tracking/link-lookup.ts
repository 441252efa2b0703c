// Link lookup for the redirect, cached per process. Entries (hits and misses)
// live 4 s, so an edit or a disable takes effect within 5 s on every app
// instance without any cross-instance signalling; concurrent misses for one
// code share one query. While the database is unreachable, the last known
// answer keeps being served.
import { LRUCache } from "lru-cache";
import type { Pool } from "pg";
import { checkDestination, creatorSlug, linkLocations, type DestinationProblem, type UtmConvention } from "./destination";

export interface LinkTarget extends UtmConvention {
  linkId: string;
  workspaceId: string;
  creatorId: string;
  campaignId: string;
  creatorName: string;
  utmCampaign: string;
  destinationUrl: string;
  allowedDomains: string[];
  placements: string[];
  disabled: boolean;
  /** an archived creator's link still forwards the shopper, but records and credits nothing (resolve-redirect.ts) */
  creatorArchived: boolean;
  /** derived once per cache fill, not per click */
  destinationProblem: DestinationProblem | null;
  /** the destination with the UTMs for `placement` and the click id (buildLocation's string; only the id is per click) */
  location: (placement: string, clickId: string) => string;
}

type LinkRow = Omit<LinkTarget, "destinationProblem" | "location">;

// Edits and disables are promised within 5 s on every instance: an entry filled just before an edit
// serves its old answer for this long, and 2 s of headroom covers a loaded machine's request latency
// (at 4 s a CI run saw an edit after 5,006 ms). A hot link costs one indexed lookup per 3 s per instance.
export const LINK_TTL_MS = 3_000;
const MISSING = { missing: true } as const;
type Entry = LinkTarget | typeof MISSING;

const LOOKUP_SQL = `
  SELECT l.id AS "linkId", l."workspaceId", l."creatorId", l."campaignId", cr.name AS "creatorName",
         c."utmCampaign", l."destinationUrl", m."allowedDomains", (l."disabledAt" IS NOT NULL) AS disabled,
         (cr.status = 'archived') AS "creatorArchived",
         w."utmSource", w."utmMedium", w."utmContent", w."utmTerm",
         COALESCE((SELECT array_agg(p.key) FROM "Placement" p WHERE p."workspaceId" = l."workspaceId"), '{}') AS placements
    FROM "TrackingLink" l
    JOIN "Creator" cr ON cr.id = l."creatorId" AND cr."workspaceId" = l."workspaceId"
    JOIN "Campaign" c ON c.id = l."campaignId" AND c."workspaceId" = l."workspaceId"
    JOIN "Merchant" m ON m.id = l."merchantId" AND m."workspaceId" = l."workspaceId"
    JOIN "Workspace" w ON w.id = l."workspaceId"
   WHERE l.code = $1`;

export const LINK_CODE = /^[A-Za-z0-9_-]{1,64}$/;

export class LinkLookup {
  private cache: LRUCache<string, Entry>;

  constructor(pool: Pool, ttlMs = LINK_TTL_MS) {
    this.cache = new LRUCache<string, Entry>({
      max: 100_000,
      ttl: ttlMs,
      // database unreachable: keep serving the last known answer rather than failing the shopper
      allowStaleOnFetchRejection: true,
      noDeleteOnFetchRejection: true,
      fetchMethod: async (code) => {
        const row = (await pool.query<LinkRow>(LOOKUP_SQL, [code])).rows[0];
        if (!row) return MISSING;
        // the allow-list check runs on every cache fill, so a shrunk allow-list bites within the same 3 s as an edit
        const location = linkLocations(row.destinationUrl, row, creatorSlug(row.creatorName), row.utmCampaign);
        return { ...row, destinationProblem: checkDestination(row.destinationUrl, row.allowedDomains), location };
      },
    });
  }

  async get(code: string): Promise<LinkTarget | null> {
    if (!LINK_CODE.test(code)) return null;
    const entry = await this.cache.fetch(code);
    return !entry || "missing" in entry ? null : entry;
  }
}
