import type { z } from "zod";
import { AppError } from "./errors";

/** Parses a JSON body against a schema: 400 for malformed JSON, 422 (with paths) for invalid fields. */
export async function parseJson<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  return schema.parse(body);
}
