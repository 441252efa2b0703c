import { z } from "zod";

// One schema per boundary: the upload (the page sends the file's text) and the run (the mode).
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_ROWS = 20_000;

export const uploadImportSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  csv: z.string().min(1, { error: "The file is empty." }).max(MAX_IMPORT_BYTES, { error: `The file is over ${MAX_IMPORT_BYTES / 1_000_000} MB.` }),
});

export const IMPORT_MODES = ["all", "valid"] as const;
export const runImportSchema = z.object({ mode: z.enum(IMPORT_MODES, { error: "Choose all (all or nothing) or valid (valid rows only)." }) });

export type UploadImportInput = z.infer<typeof uploadImportSchema>;
export type ImportMode = (typeof IMPORT_MODES)[number];

/** The columns a file may have; `name`, `email` are required, the rest optional. */
export const IMPORT_COLUMNS = ["name", "email", "audience_country", "instagram", "tiktok", "youtube", "campaign", "coupon_code", "destination"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const HANDLE_COLUMNS = ["instagram", "tiktok", "youtube"] as const;

/** One data row, normalised (email lower case, country and coupon upper case, handles without "@"); "" = not given. */
export type ImportRow = { row: number } & Record<ImportColumn, string>;

export interface ImportProblem {
  /** 1-based data row (the header is row 0), or 0 for the file itself */
  row: number;
  column: ImportColumn | "file";
  message: string;
}

export type ImportOutcome = "created" | "updated" | "unchanged" | "rejected";
export interface ReportLine {
  row: number;
  name: string;
  email: string;
  outcome: ImportOutcome;
  reason: string;
}
