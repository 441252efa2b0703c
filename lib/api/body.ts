import type { z } from "zod";
import { AppError } from "./errors";

/** JSON text → value; malformed JSON is a 400 that says so. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

/** application/json or any +json type; anything else (text/plain, forms: what a cross-site form can send) is refused. */
export function isJsonContentType(contentType: string | null): boolean {
  const type = contentType?.split(";")[0].trim().toLowerCase() ?? "";
  return type === "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

/** Parses a JSON body against a schema: 415 unless sent as JSON, 400 for malformed JSON, 422 (with paths) for invalid fields. */
export async function parseJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  if (!isJsonContentType(req.headers.get("content-type"))) {
    throw new AppError("unsupported_media_type", "Send the body as JSON (Content-Type: application/json).");
  }
  return schema.parse(parseJsonText(await req.text()));
}

/** Parses a request's query string against a schema (first value of each key; empty values left out): 422 with paths for invalid ones. */
export function parseQuery<S extends z.ZodType>(req: Request, schema: S): z.infer<S> {
  const values: Record<string, string> = {};
  for (const [k, v] of new URL(req.url).searchParams) if (!(k in values) && v.trim() !== "") values[k] = v.trim();
  return schema.parse(values);
}
