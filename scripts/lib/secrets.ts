// Local secrets for a first run without configuration: NEXTAUTH_SECRET and
// ENCRYPTION_KEY come from the environment when set, otherwise from
// .data/secrets.json, created once with random values. Keeping them in a file
// (not regenerating per run) keeps sessions and sealed merchant secrets
// readable across restarts.
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./database";

const NAMES = ["NEXTAUTH_SECRET", "ENCRYPTION_KEY"] as const;
const SECRETS_FILE = path.join(DATA_DIR, "secrets.json");

function readFile(): Record<string, string> {
  if (!existsSync(SECRETS_FILE)) return {};
  const parsed: unknown = JSON.parse(readFileSync(SECRETS_FILE, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${SECRETS_FILE} is not a JSON object; fix or delete it`);
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parsed)) if (typeof v === "string") out[k] = v;
  return out;
}

export function ensureLocalSecrets(): void {
  const missing = NAMES.filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  const stored = readFile();
  let changed = false;
  for (const name of missing) {
    if (!stored[name]) {
      stored[name] = randomBytes(32).toString("base64url");
      changed = true;
    }
    process.env[name] = stored[name];
  }
  if (changed) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(SECRETS_FILE, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
    chmodSync(SECRETS_FILE, 0o600); // mode applies only when the file is created
  }
}
