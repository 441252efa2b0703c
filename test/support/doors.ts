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
  // the app's own origin is the address the tests call (CSRF checks and next-auth compare against it)
  const fullEnv = { ...process.env, PORT: String(port), FAST_DOORS_ONLY: "1", NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_URL: `http://127.0.0.1:${port}`, ...env };
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
      if (Date.now() > deadline) {
        child.kill("SIGKILL"); // not left behind holding its port and the database
        throw new Error(`${kind} door did not start:\n${output}`);
      }
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

// ─── signed-in sessions over real HTTP (next-auth's credentials flow) ───

/** A tiny cookie jar: name → value, from Set-Cookie answers. */
export class CookieJar {
  readonly cookies = new Map<string, string>();
  /** the raw Set-Cookie lines seen, for attribute checks (Secure, HttpOnly) */
  readonly setCookieLines: string[] = [];
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      this.setCookieLines.push(line);
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === "" || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  sessionCookie(): string | undefined {
    return [...this.cookies].find(([k]) => k.endsWith("next-auth.session-token"))?.[1];
  }
}

export interface SignInResult {
  jar: CookieJar;
  /** next-auth's error code from the answer's URL (CredentialsSignin, RateLimited), or null when signed in */
  error: string | null;
}

/** Signs in through next-auth's credentials callback like the login form does; `headers` go on both requests. */
export async function signIn(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<SignInResult> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers });
  jar.take(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { ...headers, "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/" }),
  });
  jar.take(res);
  const body = res.headers.get("content-type")?.includes("json") ? ((await res.json()) as { url?: string }) : { url: res.headers.get("location") ?? "" };
  const error = new URL(body.url ?? "", baseUrl).searchParams.get("error");
  if (!error && !jar.sessionCookie()) throw new Error(`sign-in neither failed nor set a session (status ${res.status})`);
  return { jar, error };
}

/** Signs out through next-auth (POST /api/auth/signout with its CSRF token). */
export async function signOut(baseUrl: string, jar: CookieJar): Promise<number> {
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`, { headers: { cookie: jar.header() } });
  jar.take(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${baseUrl}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, json: "true", callbackUrl: "/login" }),
  });
  await res.text();
  return res.status;
}

/** One raw HTTP/1.1 exchange over a socket, for request targets fetch() cannot send (absolute-form). */
export function rawHttp(url: string, requestText: string): Promise<string> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(u.port), u.hostname, () => socket.write(requestText));
    let out = "";
    socket.setEncoding("utf8");
    socket.on("data", (d: string) => {
      out += d;
      // one answer is enough: headers done and, for a 302 or 404, the body follows its length
      if (/\r\n\r\n/.test(out)) {
        const len = Number(/content-length:\s*(\d+)/i.exec(out)?.[1] ?? "0");
        if (Buffer.byteLength(out.slice(out.indexOf("\r\n\r\n") + 4)) >= len) socket.end();
      }
    });
    socket.on("end", () => resolve(out));
    socket.on("error", reject);
  });
}
