// CSV text → normalised rows and the problems a row shows on its own (format
// of each field, duplicates within the file). Problems that need the
// database (unknown campaign, coupon taken, destination) are found by plan.ts.
import { z } from "zod";
import { readCsvTable, type CsvTableSpec } from "@/lib/csv/table";
import { HANDLE_COLUMNS, IMPORT_COLUMNS, MAX_IMPORT_ROWS, type ImportColumn, type ImportProblem, type ImportRow } from "./schema";

const email = z.email();
const COUNTRY = /^[A-Z]{2}$/;
const HANDLE = /^[A-Za-z0-9._-]{1,100}$/;
export const COUPON = /^[A-Z0-9_-]{3,40}$/;

export interface ParsedFile {
  rows: ImportRow[];
  problems: ImportProblem[];
}

// headers as people write them: "E-Mail", "Coupon Code", "Country"
const IMPORT_CSV: CsvTableSpec<ImportColumn> = {
  columns: IMPORT_COLUMNS,
  required: ["name", "email"],
  aliases: { e_mail: "email", mail: "email", country: "audience_country", coupon: "coupon_code", code: "coupon_code", utm_campaign: "campaign", url: "destination" },
  maxRows: MAX_IMPORT_ROWS,
  verb: "import",
};

export function parseImportCsv(text: string): ParsedFile {
  const table = readCsvTable(text, IMPORT_CSV);
  if (table.problems.length) return table;
  const rows: ImportRow[] = table.rows.map((r) => {
    r.email = r.email.toLowerCase();
    r.audience_country = r.audience_country.toUpperCase();
    r.coupon_code = r.coupon_code.toUpperCase();
    for (const h of HANDLE_COLUMNS) r[h] = r[h].replace(/^@/, "");
    return r;
  });
  return { rows, problems: rowLevelProblems(rows) };
}

/** Problems each row shows without the database: field formats and duplicates within the file. */
export function rowLevelProblems(rows: ImportRow[]): ImportProblem[] {
  return rows.flatMap(rowProblems).concat(duplicates(rows));
}

function rowProblems(r: ImportRow): ImportProblem[] {
  const p: ImportProblem[] = [];
  const add = (column: ImportColumn, message: string) => p.push({ row: r.row, column, message });
  if (!r.name) add("name", "The name is missing.");
  else if (r.name.length > 200) add("name", "The name is over 200 characters.");
  if (!r.email) add("email", "The email is missing.");
  else if (!email.safeParse(r.email).success || r.email.length > 254) add("email", `"${r.email}" is not a valid email address.`);
  if (r.audience_country && !COUNTRY.test(r.audience_country)) add("audience_country", `"${r.audience_country}" is not a two-letter country code (e.g. US).`);
  for (const h of HANDLE_COLUMNS) if (r[h] && !HANDLE.test(r[h])) add(h, `"${r[h]}" is not a ${h} handle (letters, digits, . _ - only).`);
  if (r.coupon_code && !COUPON.test(r.coupon_code)) add("coupon_code", `"${r.coupon_code}" is not a coupon code (3–40 letters, digits, - or _).`);
  if ((r.coupon_code || r.destination) && !r.campaign) add("campaign", "A coupon code or destination needs a campaign.");
  return p;
}

/** The same email twice, or one coupon code for two different emails, within the file: the later row is refused. */
function duplicates(rows: ImportRow[]): ImportProblem[] {
  const p: ImportProblem[] = [];
  const byEmail = new Map<string, number>();
  const byCoupon = new Map<string, { row: number; email: string }>();
  for (const r of rows) {
    if (r.email) {
      const first = byEmail.get(r.email);
      if (first !== undefined) p.push({ row: r.row, column: "email", message: `${r.email} is already on row ${first} of this file.` });
      else byEmail.set(r.email, r.row);
    }
    if (r.coupon_code) {
      const first = byCoupon.get(r.coupon_code);
      if (first && first.email !== r.email) p.push({ row: r.row, column: "coupon_code", message: `${r.coupon_code} is already given to ${first.email} on row ${first.row} of this file.` });
      else if (!first) byCoupon.set(r.coupon_code, { row: r.row, email: r.email });
    }
  }
  return p;
}
