// Durable local spool for clicks the database could not take. A batch is
// appended as JSON lines and fsynced before its shoppers get their 302s, so a
// click is either committed in the database or on disk. Each process writes
// its own file; files are replayed (insert-on-conflict, so exactly once) when
// the database answers again, including files left by a crashed process.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { open, readdir, readFile, rename, unlink, type FileHandle } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import type { ClickRow } from "./click-store";

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

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  append(rows: readonly ClickRow[]): Promise<void> {
    return this.serial(() => this.appendNow(rows));
  }

  private async appendNow(rows: readonly ClickRow[]): Promise<void> {
    if (!this.file) {
      const name = path.join(this.dir, `clicks-${this.owner}-${Date.now()}-${randomBytes(3).toString("hex")}${OPEN_SUFFIX}`);
      this.file = { name, handle: await open(name, "a", 0o600) };
    }
    await this.file.handle.appendFile(rows.map((r) => `${JSON.stringify(r)}\n`).join(""));
    await this.file.handle.sync();
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

  async read(file: string): Promise<ClickRow[]> {
    const text = await readFile(file, "utf8");
    // a crash mid-write can leave a torn last line; everything before it was fsynced whole
    return text.split("\n").flatMap((line) => {
      if (!line) return [];
      try {
        return [JSON.parse(line) as ClickRow];
      } catch {
        return [];
      }
    });
  }

  async remove(file: string): Promise<void> {
    await unlink(file);
  }

  get pending(): boolean {
    return this.file !== null;
  }
}
