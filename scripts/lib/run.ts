import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const BIN = path.join(process.cwd(), "node_modules", ".bin");

/** Starts a local CLI (from node_modules/.bin) with inherited stdio. */
export function start(bin: string, args: string[], env: NodeJS.ProcessEnv = process.env): ChildProcess {
  return spawn(path.join(BIN, bin), args, { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...env } });
}

/** Runs a local CLI to completion; resolves with its exit code. */
export function run(bin: string, args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = start(bin, args, env);
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

export async function mustRun(bin: string, args: string[], env?: NodeJS.ProcessEnv): Promise<void> {
  const code = await run(bin, args, env);
  if (code !== 0) throw new Error(`${bin} ${args.join(" ")} exited with ${code}`);
}
