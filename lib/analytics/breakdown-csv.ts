// A breakdown as CSV: the same view the page renders (rows, order, cell
// text), so the file is what the table shows. escape_formulas: a creator or
// campaign named =HYPERLINK(...) opens as text in a spreadsheet.
import { stringify } from "csv-stringify/sync";
import type { SearchParams } from "@/lib/list/params";
import { loadBreakdown, type ReportWorkspace } from "./report";
import type { Dimension } from "./types";

export async function breakdownCsv(ws: ReportWorkspace, dim: Dimension, params: SearchParams): Promise<{ csv: string; filename: string }> {
  const { filters, view } = await loadBreakdown(ws, dim, params);
  return {
    csv: stringify([view.headers, ...view.cells], { escape_formulas: true }),
    filename: `breakdown-${dim}-${filters.from}-to-${filters.to}.csv`,
  };
}
