// The two doors onto resolveRedirect(): the fast node:http door used by the
// custom server (`npm start`), and the Web Request door used by the Next.js
// route handlers (a deployment without the custom server: bare `next start`).
import type { IncomingMessage, ServerResponse } from "node:http";
import { clientIpOf } from "@/lib/security/client-ip";
import { LINK_NOT_FOUND_HTML, REDIRECT_HEADERS } from "./not-found-page";
import { resolveRedirect, type RedirectDeps, type RedirectResult } from "./resolve-redirect";

const COUNTRY_HEADER = process.env.TRUSTED_COUNTRY_HEADER?.toLowerCase() || null;

/** `/r/{code}` or `/r/{code}/{sub}`, sub also as `?sub=`; anything else is not ours. */
export function parseRedirectPath(pathname: string, search: URLSearchParams): { code: string; sub: string | null } | null {
  const m = /^\/r\/([^/]+)(?:\/([^/]*))?\/?$/.exec(pathname);
  if (!m) return null;
  return { code: safeDecode(m[1]), sub: (m[2] && safeDecode(m[2])) || search.get("sub") || null };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// ─── node:http door ───
/** `path` is the request target in origin form and `ip` the client IP, both decided once by the server (app-server.ts). */
export async function serveRedirect(req: IncomingMessage, res: ServerResponse, deps: RedirectDeps, path: string, ip: string): Promise<RedirectResult> {
  const url = new URL(path, "http://redirect.invalid");
  const target = parseRedirectPath(url.pathname, url.searchParams);
  const result: RedirectResult = target
    ? await resolveRedirect(
        {
          ...target,
          method: req.method ?? "GET",
          userAgent: req.headers["user-agent"] ?? "",
          referer: req.headers.referer ?? null,
          ip,
          trustedCountry: COUNTRY_HEADER ? ((req.headers[COUNTRY_HEADER] as string | undefined) ?? null) : null,
        },
        deps,
      )
    : { status: 404, reason: "unknown" };
  if (result.status === 302) {
    res.writeHead(302, { location: result.location, ...REDIRECT_HEADERS, "content-length": 0 });
    res.end();
  } else {
    res.writeHead(404, { "content-type": "text/html; charset=utf-8", ...REDIRECT_HEADERS });
    res.end(req.method === "HEAD" ? undefined : LINK_NOT_FOUND_HTML);
  }
  return result;
}

// ─── Web Request door (Next.js route handlers) ───
export async function redirectResponse(req: Request, code: string, sub: string | null, deps: RedirectDeps): Promise<Response> {
  const url = new URL(req.url);
  const result = await resolveRedirect(
    {
      code,
      sub: sub || url.searchParams.get("sub") || null,
      method: req.method,
      userAgent: req.headers.get("user-agent") ?? "",
      referer: req.headers.get("referer"),
      // stamped by our server; under a bare `next start` see clientIpOf
      ip: clientIpOf(req.headers),
      trustedCountry: COUNTRY_HEADER ? req.headers.get(COUNTRY_HEADER) : null,
    },
    deps,
  );
  if (result.status === 302) return new Response(null, { status: 302, headers: { location: result.location, ...REDIRECT_HEADERS } });
  return new Response(req.method === "HEAD" ? null : LINK_NOT_FOUND_HTML, { status: 404, headers: { "content-type": "text/html; charset=utf-8", ...REDIRECT_HEADERS } });
}
