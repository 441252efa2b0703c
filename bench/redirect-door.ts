// The server bench/redirect-ceiling.ts measures: the fast door on its own
// node:http server (as app-server.ts serves /r), with the click write as
// production does it (DOOR_WRITE=db) or replaced by nothing (DOOR_WRITE=none:
// every other piece of the redirect still runs: link cache, visitor, IP hash,
// click id, location). Not a production entry point.
import http from "node:http";
import { stampClientIp } from "../lib/security/client-ip";
import { serveRedirect } from "../lib/tracking/doors";
import { trackingRuntime } from "../lib/tracking/runtime";

const runtime = trackingRuntime();
const deps = process.env.DOOR_WRITE === "none" ? { ...runtime.deps, record: () => Promise.resolve() } : runtime.deps;
let answered = 0;
const server = http.createServer((req, res) => {
  const ip = stampClientIp(req);
  serveRedirect(req, res, deps, req.url ?? "/", ip).then(
    () => void answered++,
    (e: unknown) => {
      console.error("[redirect] failed:", e);
      if (!res.headersSent) res.writeHead(500).end();
    },
  );
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log("ready"));
process.on("SIGTERM", () => {
  server.close();
  void runtime.writer.drain().then(() => {
    console.log(`redirects answered: ${answered}`);
    process.exit(0);
  });
});
