// The production HTTP server: /r/* and /api/postback/* answered by fast doors
// before Next.js sees the request (the framework costs ~20x on the redirect
// and about half of a postback's CPU), every other request handed to Next.js.
// The postback door runs the same handler as the Next.js route. Every request
// first gets its client IP stamped (lib/security/client-ip.ts) and its target
// put in origin form, so the doors, Next.js and everything behind it agree on
// who the client is and which path was asked for.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { handlePostback } from "@/lib/conversions/handle-postback";
import { serveRedirect } from "@/lib/tracking/doors";
import { requestView, sendReply } from "./node-io";
import { trackingRuntime } from "@/lib/tracking/runtime";
import { stampClientIp } from "@/lib/security/client-ip";

export interface AppServer {
  server: http.Server;
  port: number;
  /** 302s answered by the fast door, for the benchmark's exact count */
  redirects: { found: number; notFound: number };
  close(): Promise<void>;
}

const POSTBACK_PATH = /^\/api\/postback\/([^/?]+)\/?(?:\?|$)/;
// absolute-form targets (`GET http://host/r/x HTTP/1.1`, RFC 9112 §3.2.2): the path part
const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i;

/** The request target in origin form; absolute-form ones are rewritten on the request so every later reader sees the same path. */
function originFormTarget(req: http.IncomingMessage): string {
  const target = req.url ?? "/";
  // the common case costs one character comparison
  if (target.charCodeAt(0) === 47 /* "/" */) return target;
  const m = ABSOLUTE_FORM.exec(target);
  // anything else ("*" of OPTIONS, garbage) is left to Next.js as it came
  if (!m) return target;
  const rest = target.slice(m[0].length);
  req.url = rest.startsWith("/") ? rest : `/${rest}`;
  return req.url;
}
// a flood guard at the socket, well above the handler's own (logged) 64 KB limit
const POSTBACK_MAX_BODY = 1024 * 1024;
/** How long a stopping server lets in-flight requests finish before it drops their sockets. */
const CLOSE_GRACE_MS = 5_000;

function servePostback(req: http.IncomingMessage, res: http.ServerResponse, merchantId: string): void {
  handlePostback(requestView(req, POSTBACK_MAX_BODY), merchantId)
    .then((reply) => sendReply(res, reply))
    .catch((e: unknown) => {
      console.error("[postback] failed:", e);
      if (!res.headersSent) res.writeHead(500).end();
    });
}

export async function startAppServer(opts: { port: number; host?: string; withNext: boolean; dir?: string; dev?: boolean }): Promise<AppServer> {
  let nextHandler: http.RequestListener | null = null;
  const runtime = trackingRuntime();
  const redirects = { found: 0, notFound: 0 };

  const server = http.createServer((req, res) => {
    const ip = stampClientIp(req);
    const path = originFormTarget(req);
    if (path.startsWith("/r/")) {
      serveRedirect(req, res, runtime.deps, path, ip).then(
        (r) => void (r.status === 302 ? redirects.found++ : redirects.notFound++),
        (e: unknown) => {
          console.error("[redirect] failed:", e);
          if (!res.headersSent) res.writeHead(500).end();
        },
      );
      return;
    }
    // after /r: the redirect's path pays nothing for this door
    const postback = POSTBACK_PATH.exec(path);
    if (postback && (req.method === "POST" || req.method === "GET")) {
      // merchant ids are url-safe; anything escaped cannot be one, and the handler answers 404 for it
      servePostback(req, res, postback[1]);
      return;
    }
    if (nextHandler) return nextHandler(req, res);
    res.writeHead(404).end();
  });
  if (opts.withNext) {
    const { default: next } = await import("next");
    // dev: `npm run dev` serves through this same server (Turbopack, HMR over
    // httpServer's upgrade events), so dev and production share one front door
    const app = next({ dev: opts.dev ?? false, dir: opts.dir ?? process.cwd(), httpServer: server, port: opts.port, hostname: opts.host === "0.0.0.0" ? "localhost" : (opts.host ?? "localhost") });
    await app.prepare();
    const handle = app.getRequestHandler();
    nextHandler = (req, res) => void handle(req, res);
  }
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(opts.port, opts.host ?? "0.0.0.0", resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    redirects,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // close() waits for every open connection: idle keep-alive ones are
      // closed now, and one whose response is unfinished (a client that never
      // reads the body holds it for keepAliveTimeout, 65 s) gets a grace period
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await closed;
      clearTimeout(grace);
      await runtime.writer.drain();
    },
  };
}
