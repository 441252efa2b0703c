import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite and the pg driver are Node packages with wasm/native parts; load
  // them from node_modules at run time instead of bundling them.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@electric-sql/pglite", "bcryptjs"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
