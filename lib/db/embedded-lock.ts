// One process owns an embedded database directory. Two PGlite instances on
// the same folder corrupt it (the next start aborts inside PGlite), so the
// owner keeps a lock file beside the data with its pid and, once serving, its
// URL. Another command finds the lock and connects to that URL instead; a
// lock whose process is gone (or whose URL no longer answers: a reused pid)
// is stale and is taken over.
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync, writeSync } from "node:fs";
import net from "node:net";

export interface LockInfo {
  pid: number;
  url: string | null;
  startedAt: string;
}

export type Claim =
  | { kind: "owner"; serving(url: string): void; release(): void }
  | { kind: "served"; pid: number; url: string };

const WAIT_FOR_OWNER_MS = 90_000;
// an unreadable lock older than this was left by a crash between create and write
const TORN_LOCK_MS = 5_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockInfo>;
    return typeof parsed.pid === "number" ? { pid: parsed.pid, url: parsed.url ?? null, startedAt: String(parsed.startedAt ?? "") } : null;
  } catch {
    return null; // missing, or caught between the owner's write and rename
  }
}

function answers(url: string): Promise<boolean> {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: u.hostname, port: Number(u.port), timeout: 2_000 });
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.once("timeout", () => done(false));
  });
}

/** Moves a stale lock aside, unless another process replaced it with a live one meanwhile. */
function takeOver(file: string, stale: LockInfo): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return; // someone else took it over first
  }
  const moved = readLock(aside);
  const same = moved ? moved.pid === stale.pid && moved.startedAt === stale.startedAt : stale.pid === -1;
  if (!same) {
    // it was a fresh lock written after we looked: put it back (link never overwrites)
    try { linkSync(aside, file); } catch { /* a newer owner exists anyway */ }
  } else {
    console.error(stale.pid === -1 ? `▸ Unreadable embedded-database lock ${file} (left by a crash): taking over.` : `▸ Stale embedded-database lock of process ${stale.pid} (no longer serving): taking over.`);
  }
  unlinkSync(aside);
}

function tornLock(file: string): boolean {
  try {
    return Date.now() - statSync(file).mtimeMs > TORN_LOCK_MS;
  } catch {
    return false; // gone meanwhile: the next attempt creates it
  }
}

function writeLock(file: string, info: LockInfo): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(info), { mode: 0o600 });
  renameSync(tmp, file);
}

/** Becomes the owner of `file`'s database, or finds the live owner's URL. */
export async function claimEmbeddedDatabase(file: string): Promise<Claim> {
  const deadline = Date.now() + WAIT_FOR_OWNER_MS;
  for (;;) {
    const mine: LockInfo = { pid: process.pid, url: null, startedAt: new Date().toISOString() };
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      return ownerClaim(file, mine);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    }
    const info = readLock(file);
    if (!info && tornLock(file)) takeOver(file, { pid: -1, url: null, startedAt: "" });
    else if (info && !alive(info.pid)) takeOver(file, info);
    else if (info?.url && info.pid !== process.pid) {
      if (await answers(info.url)) return { kind: "served", pid: info.pid, url: info.url };
      takeOver(file, info);
    } else if (Date.now() > deadline) {
      throw new Error(`The embedded database is locked by process ${info?.pid ?? "?"} (${file}), which has not started serving it. Stop that process, or delete the lock file if it is not running.`);
    } else {
      await sleep(200); // the owner is starting PGlite
    }
  }
}

function ownerClaim(file: string, mine: LockInfo): Claim {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off("exit", release);
    if (readLock(file)?.pid === process.pid) {
      try { unlinkSync(file); } catch { /* already gone */ }
    }
  };
  process.on("exit", release);
  return { kind: "owner", serving: (url) => writeLock(file, { ...mine, url }), release };
}
