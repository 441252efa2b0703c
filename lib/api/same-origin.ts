// The cross-site request check for everything that changes state with a
// cookie session: route handlers (withWorkspace) and server actions. Browsers
// send Origin on every non-GET request (and Sec-Fetch-Site on modern ones), a
// cross-site page cannot forge either, so "our origin or same-origin" is the
// test. A request with neither is not from a browser we serve, and the
// session cookie is no business of a non-browser client: refused as well.
import type { HeaderReader } from "@/lib/security/client-ip";
import { AppError } from "./errors";

/** The app's own origin: NEXTAUTH_URL (what sign-in links and cookies are built for), else the request's own. */
export function appOrigin(requestUrl?: string): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  if (requestUrl) return new URL(requestUrl).origin;
  throw new AppError("internal", "NEXTAUTH_URL is not set, so the app does not know its own origin.");
}

export function isSameOrigin(headers: HeaderReader, expectedOrigin: string): boolean {
  const origin = headers.get("origin");
  if (origin !== null) return origin === expectedOrigin;
  return headers.get("sec-fetch-site") === "same-origin";
}

/** Throws 403 unless the request comes from a page of this app. */
export function assertSameOrigin(headers: HeaderReader, expectedOrigin = appOrigin()): void {
  if (!isSameOrigin(headers, expectedOrigin)) {
    throw new AppError("forbidden", "Cross-site request refused: state-changing calls must come from this app's own pages.");
  }
}
