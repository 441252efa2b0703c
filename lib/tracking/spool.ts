// Durable local spool for clicks the database could not take. A batch is
// appended as JSON lines and fsynced before its shoppers get their 302s, so a
// click is either committed in the database or on disk. Each process writes
// its own file; files are replayed (insert-on-conflict, so exactly once) when
// the database answers again, including files left by a crashed process.
//
// The spool is bounded (CLICK_SPOOL_MAX_BYTES): a long outage under traffic
// must not fill the disk the database and the app share. The bound is a byte
// counter (the directory is measured once at start, then kept up to date by
// appends and removals), so the full-or-not check costs no stat().
import { createReadStream, mkdirSync, readdirSync, statSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { open, readdir, rename, stat, unlink, type FileHandle } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import type { ClickRow } from "./click-store";

export const DEFAULT_SPOOL_MAX_BYTES = 256 * 1024 * 1024;

export function spoolMaxBytes(value = process.env.CLICK_SPOOL_MAX_BYTES): number {
  const n = Number(value);
  return value && Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_SPOOL_MAX_BYTES;
}

function directoryBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    try {
      total += statSync(path.join(dir, name)).size;
    } catch {
      // removed meanwhile by another process's replay
    }
  }
  return total;
}

const OPEN_SUFFIX = ".open.ndjson";
const SEALED_SUFFIX = ".sealed.ndjson";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

export class ClickSpool {
  private file: { name: string; handle: FileHandle } | null = null;
  private readonly owner = `${hostname()}~${process.pid}`;
  // appends and seals run one at a time: a seal must not close a file mid-append
  private chain: Promise<unknown> = Promise.resolve();

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Bytes of spool files on disk, as far as this process knows. */
  private bytes: number;

  constructor(readonly dir: string, readonly maxBytes = spoolMaxBytes()) {
    mkdirSync(dir, { recursive: true });
    this.bytes = directoryBytes(dir);
  }

  /** Appends the rows that fit under the bound, in order; resolves with how many were written (the rest are dropped). */
  append(rows: readonly ClickRow[]): Promise<number> {
    return this.serial(() => this.appendNow(rows));
  }

  private async appendNow(rows: readonly ClickRow[]): Promise<number> {
    if (this.bytes >= this.maxBytes) return 0; // full: not even a JSON.stringify per dropped click
    let text = "";
    let size = 0;
    let taken = 0;
    for (const row of rows) {
      const line = `${JSON.stringify(row)}\n`;
      const len = Buffer.byteLength(line);
      if (this.bytes + size + len > this.maxBytes) break;
      text += line;
      size += len;
      taken++;
    }
    if (taken === 0) return 0;
    if (!this.file) {
      const name = path.join(this.dir, `clicks-${this.owner}-${Date.now()}-${randomBytes(3).toString("hex")}${OPEN_SUFFIX}`);
      this.file = { name, handle: await open(name, "a", 0o600) };
    }
    // counted before the write: a failed write may still have put bytes on disk
    this.bytes += size;
    await this.file.handle.appendFile(text);
    await this.file.handle.sync();
    return taken;
  }

  /** Closes this process's file and marks it ready for replay. */
  seal(): Promise<void> {
    return this.serial(() => this.sealNow());
  }

  private async sealNow(): Promise<void> {
    const f = this.file;
    if (!f) return;
    this.file = null;
    await f.handle.close();
    await rename(f.name, f.name.replace(OPEN_SUFFIX, SEALED_SUFFIX));
  }

  /** Sealed files, plus open files whose writer (on this host) is gone. */
  async replayable(): Promise<string[]> {
    const out: string[] = [];
    for (const name of await readdir(this.dir)) {
      const full = path.join(this.dir, name);
      if (name.endsWith(SEALED_SUFFIX)) out.push(full);
      else if (name.endsWith(OPEN_SUFFIX) && full !== this.file?.name) {
        const m = /^clicks-(.+)~(\d+)-/.exec(name);
        if (m && m[1] === hostname() && !alive(Number(m[2]))) out.push(full);
      }
    }
    return out.sort();
  }

  /** The file's clicks, `size` at a time, read as a stream (a spool file can be far larger than memory should hold). */
  async *batches(file: string, size: number): AsyncGenerator<ClickRow[]> {
    const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
    let batch: ClickRow[] = [];
    for await (const line of lines) {
      if (!line) continue;
      try {
        batch.push(JSON.parse(line) as ClickRow);
      } catch {
        // a crash mid-write can leave a torn last line; everything before it was fsynced whole
        continue;
      }
      if (batch.length >= size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async remove(file: string): Promise<void> {
    const { size } = await stat(file);
    await unlink(file);
    this.bytes = Math.max(0, this.bytes - size);
  }

  get pending(): boolean {
    return this.file !== null;
  }
}
