import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Loaded from node_modules at run time, not bundled: the pg driver and
  // PGlite have native/wasm parts, geoip-country reads its data files
  // relative to its own package.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "bcryptjs", "geoip-country"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default nextConfig;
