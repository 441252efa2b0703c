// The row-by-row report of a run: every row of the file once, with what
// happened to it and why, as JSON on the job and as CSV for download.
import { stringify } from "csv-stringify/sync";
import type { RowPlan } from "./plan";
import type { ImportOutcome, ImportRow, ReportLine } from "./schema";

export interface Rejection {
  row: number;
  reason: string;
}

export function buildReport(rows: ImportRow[], written: RowPlan[], rejections: Rejection[], failure: string | null) {
  const done = new Map(written.map((p) => [p.row, p]));
  const why = new Map<number, string[]>();
  for (const r of rejections) why.set(r.row, [...(why.get(r.row) ?? []), r.reason]);
  const lines: ReportLine[] = rows.map((r) => {
    const p = done.get(r.row);
    if (p) return { row: r.row, name: r.name, email: r.email, outcome: p.outcome, reason: p.outcome === "created" ? "new creator" : p.outcome === "updated" ? `changed: ${p.changes.join(", ")}` : "already up to date" };
    const reasons = why.get(r.row);
    return { row: r.row, name: r.name, email: r.email, outcome: "rejected", reason: reasons?.join("; ") ?? `not imported: ${failure ?? "refused"}` };
  });
  const count = (o: ImportOutcome) => lines.filter((l) => l.outcome === o).length;
  return { lines, counts: { created: count("created"), updated: count("updated"), unchanged: count("unchanged"), rejected: count("rejected") } };
}

/** CSV of the report; escape_formulas: a name or reason starting with = + - @ opens as text in a spreadsheet, not as a formula. */
export function reportCsv(lines: ReportLine[]): string {
  return stringify([["row", "name", "email", "outcome", "reason"], ...lines.map((l) => [l.row, l.name, l.email, l.outcome, l.reason])], { escape_formulas: true });
}
