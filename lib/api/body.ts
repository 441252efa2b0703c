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

/** Parses a JSON body against a schema: 400 for malformed JSON, 422 (with paths) for invalid fields. */
export async function parseJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  return schema.parse(parseJsonText(await req.text()));
}
