import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time, not bundled: the pg driver and
  // PGlite have native/wasm parts, geoip-country reads its data files
  // relative to its own package.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "bcryptjs", "geoip-country"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    // Turbopack's build cache (on by default) speeds up the next local build;
    // a CI build starts from a fresh clone and never reads it, and writing it
    // cost 18 s of a 90 s build here
    turbopackFileSystemCacheForBuild: !process.env.CI,
  },
};

export default nextConfig;
