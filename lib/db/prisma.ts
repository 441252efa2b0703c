import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { processSingleton } from "@/lib/process-singleton";
import { pool } from "./pool";

// One client per process, also across Next.js dev hot reloads.
export const prisma: PrismaClient = processSingleton("prisma", () => new PrismaClient({ adapter: new PrismaPg(pool) }));
export type { PrismaClient };
