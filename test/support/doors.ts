// Starts real server processes for the redirect tests: the fast door is
// `npm start`'s script in redirect-only mode, the portable door is
// `next start` (serving app/r/*). Both talk to the test database.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

export type DoorKind = "fast" | "next";
export const DOORS: DoorKind[] = ["fast", "next"];

export interface RunningDoor {
  kind: DoorKind;
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const BIN = path.join(process.cwd(), "node_modules", ".bin");

export async function startDoor(kind: DoorKind, env: Record<string, string> = {}): Promise<RunningDoor> {
  const port = await freePort();
  const fullEnv = { ...process.env, PORT: String(port), FAST_DOORS_ONLY: "1", NEXT_TELEMETRY_DISABLED: "1", ...env };
  // `node --import tsx` (not the tsx CLI) so a SIGKILL hits the server itself, not a wrapper
  const child =
    kind === "fast"
      ? spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: fullEnv, stdio: ["ignore", "pipe", "pipe"] })
      : spawn(path.join(BIN, "next"), ["start", "--port", String(port)], { env: fullEnv, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} door exited early:\n${output}`);
    try {
      await fetch(`${url}/r/__ready__`, { redirect: "manual" });
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${kind} door did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  return {
    kind,
    url,
    child,
    async stop(signal: NodeJS.Signals = "SIGTERM") {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    },
  };
}

export const BROWSER_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
export const PHONE_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/** One request with no redirect following; returns status, Location and body. */
export async function hit(url: string, init: RequestInit = {}) {
  const res = await fetch(url, { redirect: "manual", ...init, headers: { "user-agent": BROWSER_UA, ...(init.headers ?? {}) } });
  return { status: res.status, location: res.headers.get("location"), body: init.method === "HEAD" ? "" : await res.text(), headers: res.headers };
}
