import { zonedDay } from "@/lib/list/zoned-days";

const LINK = "text-indigo-700 underline";

/**
 * Download links for the analytics export of what the ledger shows: the
 * same filters, over the chosen days (the last 30 when none are chosen).
 */
export function ExportLinks({ query, timeZone, now = new Date() }: { query: Record<string, string>; timeZone: string; now?: Date }) {
  const range = { from: query.from ?? zonedDay(new Date(now.getTime() - 29 * 86_400_000), timeZone), to: query.to ?? zonedDay(now, timeZone) };
  const href = (kind: string, format: string, keep: Record<string, string>) => `/api/exports/${kind}?${new URLSearchParams({ ...keep, ...range, format })}`;
  const clickFilters = Object.fromEntries(Object.entries(query).filter(([k]) => ["creator", "campaign", "placement"].includes(k)));
  return (
    <p className="mb-3 flex flex-wrap gap-3 text-sm text-slate-600" data-testid="export-links">
      <span>Export {range.from} to {range.to} with UTMs:</span>
      <a className={LINK} href={href("conversions", "csv", query)} download>conversions (CSV)</a>
      <a className={LINK} href={href("conversions", "ndjson", query)} download>conversions (NDJSON)</a>
      <a className={LINK} href={href("clicks", "csv", clickFilters)} download>clicks (CSV)</a>
      <a className={LINK} href={href("clicks", "ndjson", clickFilters)} download>clicks (NDJSON)</a>
    </p>
  );
}
