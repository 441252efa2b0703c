import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI downloads its native schema engine on generate, which cannot
// succeed offline. Generate never runs the engine, so where it is absent we
// point the variable at an existing file. Machines that have the engine keep
// full `prisma migrate` on the same migration files; ours apply them through
// the same engine compiled to wasm (lib/db/schema-engine.ts).
const engineDir = path.join(process.cwd(), "node_modules", "@prisma", "engines");
const hasNativeEngine = existsSync(engineDir) && readdirSync(engineDir).some((f) => f.startsWith("schema-engine"));
if (!hasNativeEngine) process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(engineDir, "package.json");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx scripts/db-seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
