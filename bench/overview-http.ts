// The Overview (/app) as a signed-in owner gets it: the production server
// `npm start` runs (scripts/start.ts, Next.js loaded, the maintenance pass on),
// a real sign-in through next-auth's credentials flow, then whole-page loads
// timed to the last byte of the server-rendered HTML. The baseline, in the
// same run and alternating with it, is /login: a server-rendered page of the
// same app that reads no report data. Needs a production build (npm run build).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort, signIn } from "../test/support/doors";
import { hashPassword } from "../lib/auth/password";
import { newId } from "../lib/ids";
import type { Pool } from "pg";

const PASSWORD = "bench-overview-password";

async function timed(url: string, cookie: string): Promise<{ ms: number; status: number; html: string }> {
  const t = performance.now();
  const res = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const html = await res.text();
  return { ms: performance.now() - t, status: res.status, html };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Prints the Overview's and /login's load times (ms) over `loads` alternating loads; returns false when there is no build. */
export async function benchOverviewHttp(pool: Pool, workspaceId: string, loads = 10): Promise<boolean> {
  if (!existsSync(".next/BUILD_ID")) {
    console.log("\nthe Overview over HTTP: skipped, no production build (run npm run build first)");
    return false;
  }
  const userId = newId("usr");
  const email = `${userId.toLowerCase()}@bench.test`; // sign-in lowercases the address
  await pool.query(`INSERT INTO "User" (id, email, name, "passwordHash") VALUES ($1, $2, 'Bench owner', $3)`, [userId, email, await hashPassword(PASSWORD)]);
  await pool.query(`INSERT INTO "Membership" (id, "workspaceId", "userId", role) VALUES ($1, $2, $3, 'owner')`, [newId("mem"), workspaceId, userId]);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), NEXTAUTH_URL: base, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    for (let waited = 0; ; waited += 200) {
      if (waited > 90_000) throw new Error("the server did not answer /login within 90 s");
      const ok = await fetch(`${base}/login`).then((r) => r.ok, () => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const { jar, error } = await signIn(base, email, PASSWORD);
    if (error) throw new Error(`bench sign-in refused: ${error}`);
    const cookie = jar.header();
    for (let i = 0; i < 2; i++) await timed(`${base}/app`, cookie); // compile caches, first connections
    const app: number[] = [];
    const login: number[] = [];
    let bytes = 0;
    for (let i = 0; i < loads; i++) {
      const page = await timed(`${base}/app`, cookie);
      // a redirect to /login or an error page would time the wrong thing
      if (page.status !== 200 || !page.html.includes("Overview")) throw new Error(`/app answered ${page.status} without the Overview`);
      app.push(page.ms);
      bytes = page.html.length;
      login.push((await timed(`${base}/login`, "")).ms);
    }
    console.log(`\nthe Overview over HTTP (npm start, signed in, default filters), ${loads} loads alternating with /login:`);
    console.log(`  /app   p50 ${median(app).toFixed(1)} ms, max ${Math.max(...app).toFixed(1)} ms (${(bytes / 1024).toFixed(0)} KB of HTML)`);
    console.log(`  /login p50 ${median(login).toFixed(1)} ms, max ${Math.max(...login).toFixed(1)} ms; the Overview is ${(median(app) / median(login)).toFixed(1)}x /login`);
    return true;
  } finally {
    child.kill("SIGTERM");
    await pool.query(`DELETE FROM "User" WHERE id = $1`, [userId]);
  }
}
