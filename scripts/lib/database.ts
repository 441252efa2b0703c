// Which database a command uses: DATABASE_URL when set, else the embedded
// PGlite (data in .data/pglite, or in memory for a throwaway run).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase } from "../../lib/db/pglite-server";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const DATA_DIR = path.join(process.cwd(), ".data");
const PREFERRED_PORT = 54329;

export async function openDatabase(opts: { ephemeral?: boolean } = {}): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => undefined };
  let dataDir: string | undefined;
  if (!opts.ephemeral) {
    dataDir = path.join(DATA_DIR, "pglite");
    mkdirSync(dataDir, { recursive: true });
  }
  const start = (port: number) => startEmbeddedDatabase({ dataDir, port });
  const db = await start(PREFERRED_PORT).catch((e: NodeJS.ErrnoException) => {
    if (e.code === "EADDRINUSE") return start(0);
    throw e;
  });
  // children (next, vitest, playwright's server) inherit it: lib/db/sql.ts keeps statements unnamed on PGlite's shared session
  process.env.CL_EMBEDDED_DB = "1";
  return { url: db.url, embedded: true, stop: db.stop };
}
