// One export row as a CSV line or an NDJSON line. CSV cells that a
// spreadsheet would run as a formula (=, +, -, @) are escaped; numbers stay numbers.
import { stringify } from "csv-stringify/sync";

export const EXPORT_FORMATS = ["csv", "ndjson"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportValue = string | number | boolean | null;
export type ExportRow<K extends string> = Record<K, ExportValue>;

export const CONTENT_TYPES: Record<ExportFormat, string> = { csv: "text/csv; charset=utf-8", ndjson: "application/x-ndjson; charset=utf-8" };

export function csvHeader(columns: readonly string[]): string {
  return stringify([columns]);
}

export function encoderFor<K extends string>(format: ExportFormat, columns: readonly K[]): (row: ExportRow<K>) => string {
  if (format === "ndjson") return (row) => `${JSON.stringify(row)}\n`;
  return (row) => stringify([columns.map((c) => row[c])], { escape_formulas: true, cast: { boolean: (b) => (b ? "true" : "false") } });
}
