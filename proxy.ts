// Security headers on every page and API answer (lib/api/security-headers.ts).
// Not on the paths the fast doors answer (under a bare `next start` Next.js
// serves them, and the redirect and postbacks stay as lean there), nor on
// the pixel and Next's static files.
import { NextResponse } from "next/server";
import { securityHeaders } from "@/lib/api/security-headers";

const HEADERS = securityHeaders({
  https: process.env.NEXTAUTH_URL?.startsWith("https://") ?? false,
  dev: process.env.NODE_ENV === "development",
});

export function proxy() {
  const res = NextResponse.next();
  for (const [name, value] of HEADERS) res.headers.set(name, value);
  return res;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|r/|api/postback/|api/pixel).*)"],
};
