import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { poolConfigFromUrl } from "./connection-config";

// Without DATABASE_URL (e.g. during `next build`) queries fail on a host whose
// name says why; nothing connects until the first query.
const url = process.env.DATABASE_URL ?? "postgresql://postgres@database-url-not-set:5432/postgres";

function createClient() {
  const adapter = new PrismaPg({ ...poolConfigFromUrl(url), max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  return new PrismaClient({ adapter });
}

// One client per process, also across Next.js dev hot reloads.
const g = globalThis as unknown as { __prisma?: PrismaClient };
export const prisma: PrismaClient = (g.__prisma ??= createClient());
export type { PrismaClient };
