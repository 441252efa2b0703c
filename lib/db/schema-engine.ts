// Prisma's own schema engine, compiled to WebAssembly, driven through the pg
// driver adapter. It applies prisma/migrations exactly as `prisma migrate
// deploy` does (same _prisma_migrations bookkeeping and checksums) on
// machines where the CLI's native engine cannot be downloaded.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { poolConfigFromUrl } from "./connection-config";
import { repairMigrationNames } from "./migration-names";

export const PRISMA_DIR = path.join(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");
const FILTERS = { externalTables: [], externalEnums: [] };
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

interface PgField { dataTypeID: number }
interface HasPerformIO {
  performIO(query: unknown): Promise<{ fields: PgField[] }>;
  startTransaction?(isolation?: unknown): Promise<HasPerformIO>;
}

// adapter-pg 7.10 cannot decode pg_catalog's "char" columns, which the
// engine's schema describer reads; they are plain text for our purposes.
function readCharAsText<T extends object>(queryable: T): T {
  const q = queryable as unknown as HasPerformIO;
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (isolation) => readCharAsText(await start(isolation));
  }
  return queryable;
}

interface ScriptRunner {
  executeScript(script: string): Promise<void>;
  client?: { query(sql: string): Promise<unknown> };
  onError?(error: unknown): never;
}

// adapter-pg 7.10 runs a migration script by splitting it on every ";" (even
// one inside a comment or a string) and sending the pieces one by one. Prisma's
// native engine sends the whole script as one simple-protocol query, which
// PostgreSQL parses properly and runs as one implicit transaction: do that.
function wholeScripts<T extends object>(queryable: T): T {
  const q = queryable as unknown as ScriptRunner;
  const client = q.client;
  if (!client || !q.onError) return queryable;
  const onError = q.onError.bind(q);
  q.executeScript = async (script) => {
    try {
      await client.query(script);
    } catch (e) {
      onError(e);
    }
  };
  return queryable;
}

// The engine does not close its connections when freed; a session left open
// would keep holding Prisma's migration advisory lock, so we close them.
function adapterFactory(databaseUrl: string) {
  const factory = new PrismaPg({ ...poolConfigFromUrl(databaseUrl), max: 2 });
  const opened: { dispose(): Promise<void> }[] = [];
  const track = <T extends { dispose(): Promise<void> }>(a: T) => (opened.push(a), wholeScripts(readCharAsText(a)));
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => track(await connect());
  factory.connectToShadowDb = async () => track(await connectToShadowDb());
  return { adapter: bindMigrationAwareSqlAdapterFactory(factory), close: () => Promise.allSettled(opened.map((a) => a.dispose())) };
}

type EngineModule = typeof import("@prisma/schema-engine-wasm");
let enginePromise: Promise<EngineModule> | undefined;

// The package is built for bundlers; in Node we instantiate the wasm ourselves.
async function loadEngine(): Promise<EngineModule> {
  enginePromise ??= (async () => {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void }; __prismaPanic?: string };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m: string) => { g.__prismaPanic = m; } };
    const bg = (await import("@prisma/schema-engine-wasm/schema_engine_bg")) as unknown as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), { "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return bg;
  })();
  return enginePromise;
}

async function schemaFiles() {
  return [{ path: SCHEMA_PATH, content: await readFile(SCHEMA_PATH, "utf8") }];
}

async function withEngine<T>(databaseUrl: string | undefined, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngine();
  const files = await schemaFiles();
  const log = (line: string) => { if (process.env.PRISMA_ENGINE_DEBUG) console.error(line); };
  // The engine requires an adapter even for database-free diffs; the pool
  // connects lazily, so an unreachable placeholder is never dialled.
  const { adapter, close } = adapterFactory(databaseUrl ?? "postgresql://unused@127.0.0.1:1/unused");
  const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, log, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await close();
  }
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const names = (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: lockPath, content: await readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      names.map(async (name) => {
        const content = await readFile(path.join(dir, name, "migration.sql"), "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (e: Error) => ({ tag: "error" as const, value: e.message }),
        );
        // Prisma's own layout: the engine records `path` as migration_name, so
        // it must be the bare folder name, never where this checkout lives.
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

/** What `prisma migrate deploy` does: apply every unapplied migration. */
export async function applyMigrations(databaseUrl: string, opts: { migrationsDir?: string } = {}): Promise<string[]> {
  const migrationsList = await readMigrations(opts.migrationsDir);
  await repairMigrationNames(databaseUrl, migrationsList.migrationDirectories.map((d) => d.path));
  return withEngine(databaseUrl, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList, filters: FILTERS });
    return out.appliedMigrationNames;
  });
}

/** SQL taking `from` to the current schema.prisma; "" when nothing differs. */
export async function diffToSchema(from: DiffTarget, databaseUrl?: string): Promise<string> {
  const files = await schemaFiles();
  return withEngine(databaseUrl, async (engine) => {
    const out = await engine.diff({ from, to: { tag: "schemaDatamodel", files }, script: true, exitCode: true, filters: FILTERS });
    return out.exitCode === 2 ? (out.stdout ?? "") : "";
  });
}

export async function datasourceTarget(): Promise<DiffTarget> {
  return { tag: "schemaDatasource", files: await schemaFiles(), configDir: process.cwd() };
}
