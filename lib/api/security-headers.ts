// Headers every page and API answer of the app carries (set by proxy.ts at
// request time, so HSTS follows the NEXTAUTH_URL the server runs with, not
// the one it was built with). The fast doors (/r, /api/postback) and the
// pixel are not pages and do not pass through here.
//
// The CSP allows inline scripts: Next.js inlines its bootstrap and RSC
// payload, and nonces would make every page dynamic and uncacheable. What it
// does forbid: framing by anyone (clickjacking), plugins, other origins for
// scripts, styles, connections and form targets, and <base> rewrites.
export function securityHeaders(opts: { https: boolean; dev: boolean }): [string, string][] {
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // dev: the HMR websocket
    `connect-src 'self'${opts.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
  const headers: [string, string][] = [
    ["content-security-policy", csp],
    ["x-content-type-options", "nosniff"],
    ["referrer-policy", "strict-origin-when-cross-origin"],
    // for browsers without CSP frame-ancestors
    ["x-frame-options", "DENY"],
  ];
  // only over https: on http a browser ignores it, and on localhost it would stick to every port
  if (opts.https) headers.push(["strict-transport-security", "max-age=31536000; includeSubDomains"]);
  return headers;
}
