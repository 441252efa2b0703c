// GET /api/exports/{conversions|clicks}: the query (a date range in the
// workspace's calendar days, the ledger's filters, csv or ndjson) checked
// strictly (a typo is a 422, not a silently wider export), then the rows
// streamed. Everything is read inside the caller's workspace.
import { z } from "zod";
import { AppError } from "@/lib/api/errors";
import { parseQuery } from "@/lib/api/body";
import type { AuthContext } from "@/lib/auth/context";
import { conversionFilterShape } from "@/lib/conversions/ledger";
import { dayParam } from "@/lib/list/filters";
import { CLICK_COLUMNS, clickExport, clickFilterShape } from "./clicks";
import { CONVERSION_COLUMNS, conversionExport } from "./conversions";
import { CONTENT_TYPES, csvHeader, encoderFor, EXPORT_FORMATS, type ExportFormat, type ExportRow } from "./formats";
import { keysetStream, type BatchSource } from "./stream";

const range = { from: dayParam, to: dayParam, format: z.enum(EXPORT_FORMATS).default("csv") };
const ordered = (v: { from: string; to: string }) => v.from <= v.to;
const orderedError = { error: "to must be on or after from", path: ["to"] };

const schemas = {
  conversions: z.object(conversionFilterShape).partial().extend(range).strict().refine(ordered, orderedError),
  clicks: z.object(clickFilterShape).partial().extend(range).strict().refine(ordered, orderedError),
};

export const EXPORT_KINDS = ["conversions", "clicks"] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

function respond<K extends string>(kind: ExportKind, q: { from: string; to: string; format: ExportFormat }, columns: readonly K[], source: BatchSource<ExportRow<K>>): Response {
  const body = keysetStream(source, encoderFor(q.format, columns), { header: q.format === "csv" ? csvHeader(columns) : undefined });
  return new Response(body, {
    headers: {
      "content-type": CONTENT_TYPES[q.format],
      "content-disposition": `attachment; filename="${kind}-${q.from}-to-${q.to}.${q.format}"`,
      "cache-control": "no-store",
    },
  });
}

export async function exportResponse(ctx: AuthContext, kind: string, req: Request): Promise<Response> {
  const tz = ctx.workspace.timeZone;
  if (kind === "conversions") {
    const q = parseQuery(req, schemas.conversions);
    return respond(kind, q, CONVERSION_COLUMNS, await conversionExport(ctx.workspace.id, tz, q));
  }
  if (kind === "clicks") {
    const q = parseQuery(req, schemas.clicks);
    return respond(kind, q, CLICK_COLUMNS, await clickExport(ctx.workspace.id, tz, q));
  }
  throw new AppError("not_found", `No export named ${kind}: ${EXPORT_KINDS.join(" or ")}.`);
}
