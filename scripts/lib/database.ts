// Which database a command uses: DATABASE_URL when set, else the embedded
// PGlite (data in .data/pglite, or in memory for a throwaway run). One
// process owns .data/pglite (lock file .data/pglite.lock); another command
// run meanwhile connects to the owner's server (lib/db/embedded-lock.ts).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { claimEmbeddedDatabase } from "../../lib/db/embedded-lock";
import { startEmbeddedDatabase } from "../../lib/db/pglite-server";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

// CL_DATA_DIR moves local data (embedded database, secrets, demo summary), e.g. for tests
export const DATA_DIR = process.env.CL_DATA_DIR ? path.resolve(process.env.CL_DATA_DIR) : path.join(process.cwd(), ".data");
const PREFERRED_PORT = 54329;

export async function openDatabase(opts: { ephemeral?: boolean } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => undefined };
  // children (next, vitest, playwright's server) inherit it: lib/db/sql.ts keeps statements unnamed on PGlite's shared session
  process.env.CL_EMBEDDED_DB = "1";
  if (opts.ephemeral) {
    const db = await startOn(undefined);
    return { url: db.url, embedded: true, stop: db.stop };
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const claim = await claimEmbeddedDatabase(path.join(DATA_DIR, "pglite.lock"));
  if (claim.kind === "served") {
    console.error(`▸ The embedded database is served by process ${claim.pid} (${claim.url}); using it.`);
    return { url: claim.url, embedded: true, stop: async () => undefined };
  }
  try {
    const dataDir = path.join(DATA_DIR, "pglite");
    mkdirSync(dataDir, { recursive: true });
    const db = await startOn(dataDir);
    claim.serving(db.url);
    return {
      url: db.url,
      embedded: true,
      stop: async () => {
        await db.stop();
        claim.release();
      },
    };
  } catch (e) {
    claim.release();
    throw e;
  }
}

function startOn(dataDir: string | undefined) {
  const start = (port: number) => startEmbeddedDatabase({ dataDir, port });
  return start(PREFERRED_PORT).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "EADDRINUSE") return start(0);
    throw e;
  });
}
