// Runs once when a Next.js server starts (next dev, next start, npm start).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMaintenance } = await import("@/lib/server/maintenance");
  startMaintenance();
}
