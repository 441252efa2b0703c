import { headers } from "next/headers";
import { appOrigin } from "@/lib/api/same-origin";

// Where shoppers reach the redirect: APP_URL (as the demo seed prints links),
// else the app's own origin. Printed links and the builder use the same base.
export function publicOrigin(requestUrl?: string): string {
  const configured = process.env.APP_URL;
  if (configured) return new URL(configured).origin;
  return appOrigin(requestUrl);
}

/** For server components: the origin of the page's own request when nothing is configured. */
export async function pageOrigin(): Promise<string> {
  if (process.env.APP_URL || process.env.NEXTAUTH_URL) return publicOrigin();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export const trackingUrl = (origin: string, code: string, placement?: string) => `${origin}/r/${encodeURIComponent(code)}${placement ? `/${encodeURIComponent(placement)}` : ""}`;
