// Embedded PostgreSQL (PGlite) served over the wire protocol, so the app, the
// migrations and the tests use the same `pg` driver against it as against a
// real server. PGlite has one backend session; pglite-socket multiplexes
// connections per *message*, which lets two clients' extended-protocol
// messages (Parse/Bind/Execute...) interleave and trample the unnamed
// statement. Here a connection owns the backend from its first message until
// PGlite answers ReadyForQuery in the idle state, so whole statements and
// whole transactions run without interleaving.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const READY_FOR_QUERY = 0x5a; // 'Z'
const TERMINATE = 0x58; // 'X'
const IDLE = 0x49; // 'I'

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Finds ReadyForQuery status bytes in a backend message stream split into arbitrary chunks. */
class ReadyScanner {
  private header = Buffer.alloc(0);
  private skip = 0;
  private wantStatus = false;
  lastStatus: number | null = null;

  feed(chunk: Uint8Array) {
    let i = 0;
    while (i < chunk.length) {
      if (this.wantStatus) {
        this.lastStatus = chunk[i];
        this.wantStatus = false;
        this.skip -= 1;
        i += 1;
      } else if (this.skip > 0) {
        const n = Math.min(this.skip, chunk.length - i);
        this.skip -= n;
        i += n;
      } else {
        const need = 5 - this.header.length;
        const part = Buffer.from(chunk.subarray(i, i + need));
        this.header = Buffer.concat([this.header, part]);
        i += part.length;
        if (this.header.length === 5) {
          this.skip = this.header.readInt32BE(1) - 4;
          this.wantStatus = this.header[0] === READY_FOR_QUERY && this.skip > 0;
          this.header = Buffer.alloc(0);
        }
      }
    }
  }
}

class Lock {
  private owner: object | null = null;
  private waiters: Array<{ who: object; go: () => void }> = [];
  async acquire(who: object) {
    if (this.owner === who) return;
    if (!this.owner) { this.owner = who; return; }
    await new Promise<void>((go) => this.waiters.push({ who, go }));
  }
  release(who: object) {
    if (this.owner !== who) return;
    const next = this.waiters.shift();
    this.owner = next?.who ?? null;
    next?.go();
  }
  drop(who: object) {
    this.waiters = this.waiters.filter((w) => w.who !== who);
    this.release(who);
  }
}

function serveConnection(db: PGlite, lock: Lock, socket: net.Socket) {
  if (db.closed) return socket.destroy();
  const me = {};
  let buffer = Buffer.alloc(0);
  let started = false;
  let chain = Promise.resolve();
  const scanner = new ReadyScanner();

  const runMessage = async (message: Uint8Array) => {
    await lock.acquire(me);
    scanner.lastStatus = null;
    await db.execProtocolRawStream(message, {
      onRawData: (data) => {
        scanner.feed(data);
        if (socket.writable) socket.write(data);
      },
    });
    if (scanner.lastStatus === IDLE) lock.release(me);
  };

  const enqueue = (message: Uint8Array) => {
    chain = chain.then(() => runMessage(message)).catch(() => { socket.destroy(); });
  };

  socket.setNoDelay(true);
  socket.on("data", (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (;;) {
      if (!started) {
        if (buffer.length < 8) return;
        const len = buffer.readInt32BE(0);
        if (buffer.length < len) return;
        const code = buffer.readInt32BE(4);
        const message = buffer.subarray(0, len);
        buffer = buffer.subarray(len);
        if (code === SSL_REQUEST || code === GSSENC_REQUEST) { socket.write("N"); continue; }
        if (code === CANCEL_REQUEST) { socket.end(); return; }
        started = true;
        enqueue(new Uint8Array(message));
        continue;
      }
      if (buffer.length < 5) return;
      const len = buffer.readInt32BE(1) + 1;
      if (buffer.length < len) return;
      const message = buffer.subarray(0, len);
      buffer = buffer.subarray(len);
      if (message[0] === TERMINATE) { socket.end(); return; }
      enqueue(new Uint8Array(message));
    }
  });
  socket.on("close", () => {
    chain = chain.then(async () => {
      // A client that vanished mid-transaction must not leave it open for the next one.
      if (!db.closed && db.isInTransaction()) await db.exec("ROLLBACK").catch(() => undefined);
      lock.drop(me);
    });
  });
  socket.on("error", () => socket.destroy());
}

/** Starts PGlite (data in `dataDir`, or in memory) listening on 127.0.0.1:`port` (0 = any free port). */
export async function startEmbeddedDatabase(opts: { dataDir?: string; port?: number }): Promise<EmbeddedDatabase> {
  const db = await PGlite.create(opts.dataDir ?? "memory://");
  const lock = new Lock();
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    serveConnection(db, lock, socket);
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
    });
  } catch (e) {
    // Port taken: close this instance before the caller retries on another
    // port, or the folder ends up opened twice in one process.
    await db.close();
    throw e;
  }
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await lock.acquire(server);
      await db.close();
    },
  };
}
