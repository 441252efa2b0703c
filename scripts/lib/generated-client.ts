// The Prisma client is generated into lib/generated (not committed) by
// `npm install` (postinstall), `npm run dev` and `npm run build`. A script
// that needs it checks first, so a missing client reads as the command to run
// rather than "Cannot find package '@/lib'".
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** null when the generated client is there; otherwise what to tell the user. */
export function missingClientMessage(root = REPO_ROOT): string | null {
  if (existsSync(path.join(root, "lib", "generated", "prisma", "client.ts"))) return null;
  return [
    "✖ The Prisma client is not generated (lib/generated/prisma is missing).",
    "  Run `npm run db:generate` (or `npm install`, which runs it), then try again.",
  ].join("\n");
}

/** Exits with the command to run when the client is missing. Call before importing anything that loads it. */
export function requireGeneratedClient(): void {
  const message = missingClientMessage();
  if (!message) return;
  console.error(message);
  process.exit(1);
}
