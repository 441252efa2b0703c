import { prisma } from "../../lib/db/prisma";
console.log(await prisma.workspace.count());
await prisma.$disconnect();
