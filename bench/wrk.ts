// What the redirect benches share: a server started as a child process (ready
// once it prints so), and one wrk run against a URL with a browser's User-Agent.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

/** `cwd`: another checkout (its own code, this one's node_modules if it has none). */
export function startServer(args: string[], env: Record<string, string>, cwd?: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve) => child.stdout!.on("data", (d: Buffer) => /ready|Creator Ledger on/.test(d.toString()) && resolve(child)));
}

/** Resolves with what a stopped server printed as `redirects answered: N`. */
export function answeredOnStop(child: ChildProcess): Promise<number> {
  const answered = new Promise<number>((resolve) => child.stdout!.on("data", (d: Buffer) => {
    const m = /redirects answered: (\d+)/.exec(d.toString());
    if (m) resolve(Number(m[1]));
  }));
  child.kill("SIGTERM");
  return answered;
}

export interface WrkRun { rps: number; p99: number; requests: number; non3xx: number }

export function wrk(url: string, seconds = SECONDS): WrkRun {
  const out = execFileSync("wrk", ["-t2", `-c${CONNECTIONS}`, `-d${seconds}s`, "--latency", "-H", `User-Agent: ${UA}`, url], { encoding: "utf8" });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)![1]);
  const p99raw = /99%\s+([\d.]+)(us|ms|s)/.exec(out)!;
  const p99 = Number(p99raw[1]) * (p99raw[2] === "us" ? 0.001 : p99raw[2] === "s" ? 1000 : 1);
  const requests = Number(/(\d+) requests in/.exec(out)![1]);
  const non3xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  return { rps, p99, requests, non3xx };
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
