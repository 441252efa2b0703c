// An uploaded CSV as a table of known columns: the checks every upload makes
// before its own (valid CSV, a header, required columns present, no unknown
// column, a row count within the limit), with headers read the way people
// write them ("E-Mail", "Posted at"). Each upload names its columns, aliases
// and limit; the per-field checks stay with the upload.
import { parse } from "csv-parse/sync";

export interface CsvTableSpec<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  /** header spellings (lower case, spaces and dashes as "_") that mean a column */
  aliases: Readonly<Record<string, C>>;
  maxRows: number;
  /** "import" or "upload", for the message when the file is too long */
  verb: string;
}

export interface CsvFileProblem<C extends string> {
  row: 0;
  column: C | "file";
  message: string;
}

export type CsvTableRow<C extends string> = { row: number } & Record<C, string>;

function headerKey<C extends string>(name: string, aliases: Readonly<Record<string, C>>): string {
  const h = name.trim().toLowerCase().replace(/[\s-]+/g, "_");
  return aliases[h] ?? h;
}

/** Rows numbered from 1 (the header is row 0), every known column present ("" when the file has none). */
export function readCsvTable<C extends string>(text: string, spec: CsvTableSpec<C>): { rows: CsvTableRow<C>[]; problems: CsvFileProblem<C>[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ""), { skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    return { rows: [], problems: [{ row: 0, column: "file", message: `The file is not valid CSV: ${(e as Error).message}` }] };
  }
  const [head, ...body] = records;
  if (!head) return { rows: [], problems: [{ row: 0, column: "file", message: "The file is empty." }] };
  const columns = head.map((h) => headerKey(h, spec.aliases));
  const known = spec.columns as readonly string[];
  const problems: CsvFileProblem<C>[] = [
    ...spec.required.filter((c) => !columns.includes(c)).map((c) => ({ row: 0 as const, column: c, message: `The header has no "${c}" column.` })),
    ...columns.filter((c) => c && !known.includes(c)).map((c) => ({ row: 0 as const, column: "file" as const, message: `Unknown column "${c}" (expected: ${spec.columns.join(", ")}).` })),
  ];
  if (body.length === 0) problems.push({ row: 0, column: "file", message: "The file has a header but no rows." });
  if (body.length > spec.maxRows) problems.push({ row: 0, column: "file", message: `The file has ${body.length} rows; ${spec.verb} at most ${spec.maxRows} at a time.` });
  if (problems.length) return { rows: [], problems };
  const rows = body.map((cells, i) => {
    const fields = Object.fromEntries(spec.columns.map((c) => [c, cells[columns.indexOf(c)] ?? ""])) as Record<C, string>;
    return { row: i + 1, ...fields };
  });
  return { rows, problems: [] };
}
