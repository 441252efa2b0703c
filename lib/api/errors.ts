import { ZodError } from "zod";

// One error type for the whole app, mapped to RFC 9457 problem+json.
export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: { errors?: FieldError[]; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
}

const TITLES: Record<ErrorCode, string> = {
  bad_request: "Bad request",
  unauthorized: "Authentication required",
  forbidden: "Forbidden",
  not_found: "Not found",
  conflict: "Conflict",
  gone: "Gone",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  unprocessable: "Invalid input",
  rate_limited: "Too many requests",
  internal: "Internal error",
};

/**
 * A Prisma "known request" error, recognised by name and code rather than by
 * class: the client is one per process (lib/db/prisma.ts), made by whichever
 * bundle loaded first (the custom server's or Next.js's), so its errors are
 * instances of the other copy's class half of the time.
 */
function isPrismaKnownError(error: unknown): error is { code: string } {
  return error instanceof Error && error.name === "PrismaClientKnownRequestError" && typeof (error as { code?: unknown }).code === "string";
}

/** Turns anything thrown by a handler into an AppError; unknown errors become 500 without leaking detail. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const errors = error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
    return new AppError("unprocessable", `${errors.length} field(s) failed validation: ${errors.map((e) => e.path).join(", ")}`, { errors });
  }
  if (isPrismaKnownError(error)) {
    if (error.code === "P2002") return new AppError("conflict", "A record with these unique values already exists.");
    if (error.code === "P2025") return new AppError("not_found", "The record does not exist in this workspace.");
  }
  return new AppError("internal", "Something went wrong on our side; it has been logged.");
}

/** An answer as plain data, for handlers served both by Next.js (as a Response) and by the custom server's fast doors. */
export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export const jsonReply = (data: unknown, status: number): Reply => ({ status, headers: { "content-type": "application/json" }, body: JSON.stringify(data) });

export const toResponse = (reply: Reply): Response => new Response(reply.body, { status: reply.status, headers: reply.headers });

export function problemReply(error: AppError): Reply {
  const body: Problem = {
    type: `https://creatorledger.dev/problems/${error.code}`,
    title: TITLES[error.code],
    status: error.status,
    detail: error.message,
    ...(error.extra.errors ? { errors: error.extra.errors } : {}),
  };
  const headers: Record<string, string> = { "content-type": "application/problem+json" };
  if (error.extra.retryAfterSeconds) headers["retry-after"] = String(error.extra.retryAfterSeconds);
  return { status: error.status, headers, body: JSON.stringify(body) };
}

export const problemResponse = (error: AppError): Response => toResponse(problemReply(error));
