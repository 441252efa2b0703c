// npm run bench:seed: how long the demo seed takes (what `npm run dev` pays on
// an empty database), median of three runs into uniquely named copies that are
// removed afterwards. Generation and writes are timed apart.
import { randomBytes } from "node:crypto";

process.env.ENCRYPTION_KEY ??= "bench-seed-encryption-key";
const { prisma } = await import("../lib/db/prisma");
const { pool } = await import("../lib/db/pool");
const { removeDemo, seedDemo } = await import("../lib/seed/demo");

const runs: number[] = [];
for (let i = 0; i < 3; i++) {
  const tag = randomBytes(4).toString("hex");
  const copy = { slug: `bench-seed-${tag}`, emailDomain: `bench-${tag}.test` };
  const started = performance.now();
  const steps: string[] = [];
  let last = started;
  await seedDemo(prisma, pool, { ...copy, log: (m) => { const t = performance.now(); steps.push(`${Math.round(t - last)} ms ${m}`); last = t; } });
  runs.push(performance.now() - started);
  console.log(`run ${i + 1}: ${Math.round(runs[i])} ms\n  ${steps.join("\n  ")}`);
  await removeDemo(prisma, copy);
}
runs.sort((a, b) => a - b);
console.log(`median ${Math.round(runs[1])} ms`);
await prisma.$disconnect();
await pool.end();
