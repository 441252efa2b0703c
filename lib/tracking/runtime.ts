// The tracking singletons of one process: link cache, IP hasher, click
// writer. Both doors in a process share them.
import path from "node:path";
import { pool } from "@/lib/db/pool";
import { processSingleton } from "@/lib/process-singleton";
import { ClickWriter } from "./click-writer";
import { IpHasher } from "./ip-hash";
import { LinkLookup } from "./link-lookup";
import type { RedirectDeps } from "./resolve-redirect";
import { ClickSpool } from "./spool";

export const SPOOL_DIR = process.env.CLICK_SPOOL_DIR ?? path.join(process.cwd(), ".data", "spool");
const SALT_REFRESH_MS = 10 * 60_000;

interface Runtime {
  deps: RedirectDeps;
  writer: ClickWriter;
}

function create(): Runtime {
  const writer = new ClickWriter(pool, new ClickSpool(SPOOL_DIR));
  const hasher = new IpHasher(pool);
  const refresh = () => hasher.refresh().catch((e: Error) => console.error("[clicks] ip salt refresh failed:", e.message));
  setInterval(refresh, SALT_REFRESH_MS).unref();
  return { writer, deps: { links: new LinkLookup(pool), hasher, record: (row) => writer.record(row) } };
}

export function trackingRuntime(): Runtime {
  return processSingleton("trackingRuntime", create);
}
