import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { pool } from "./pool";

// One client per process, also across Next.js dev hot reloads.
const g = globalThis as unknown as { __prisma?: PrismaClient };
export const prisma: PrismaClient = (g.__prisma ??= new PrismaClient({ adapter: new PrismaPg(pool) }));
export type { PrismaClient };
