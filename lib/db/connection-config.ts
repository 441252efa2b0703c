import type { PoolConfig } from "pg";

// pg Pool config from a postgres:// URL. Passing discrete fields (not a
// connectionString) matters: PrismaPg builds its shadow database config by
// overriding `database`, which a connectionString would silently win over.
export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  if (u.protocol !== "postgresql:" && u.protocol !== "postgres:") {
    throw new Error(`DATABASE_URL must be a postgresql:// URL (got ${u.protocol})`);
  }
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
  };
}

export function databaseName(url: string): string {
  return poolConfigFromUrl(url).database ?? "postgres";
}
