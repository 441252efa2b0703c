// The page a shopper sees for an unknown or disabled link: friendly, static,
// and with no link onward (never an open redirect).
export const LINK_NOT_FOUND_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>Link not available</title>
<style>body{font-family:system-ui,sans-serif;display:flex;min-height:100vh;align-items:center;justify-content:center;margin:0;background:#f8fafc;color:#0f172a}
main{max-width:28rem;padding:2rem;text-align:center}h1{font-size:1.4rem}p{color:#475569}</style></head>
<body><main><h1>This link is not available</h1><p>The link you followed has expired or was mistyped. If a creator shared it with you, ask them for a fresh one.</p></main></body></html>`;

export const REDIRECT_HEADERS = {
  "cache-control": "private, no-store, max-age=0",
  "referrer-policy": "no-referrer-when-downgrade",
} as const;
