// Where fact rows come from: the raw tables (exact by definition, slow on big
// workspaces) or the rollup (pre-summed per day and dimensions).
import { clickFacts, conversionFacts, postFacts } from "./facts";
import type { Sources } from "./query";

// [$3, $4] are calendar days in zone $2; stored times are UTC timestamps
const FROM = `(($3::date)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const UNTIL = `(($4::date + 1)::timestamp AT TIME ZONE $2 AT TIME ZONE 'UTC')`;
const within = (col: string) => `${col} >= ${FROM} AND ${col} < ${UNTIL}`;

export const RAW: Sources = {
  clicks: clickFacts(within('k."occurredAt"')),
  conversions: conversionFacts(within('c."occurredAt"')),
  posts: postFacts(within('p."postedAt"')),
};
