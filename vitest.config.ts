import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests. Integration tests use the database in
// DATABASE_URL (scripts/test.ts provides one: yours, or embedded PGlite) and
// share it, so each test creates its own workspace rather than wiping tables.
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["test/**/*.test.ts", "lib/**/*.test.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
