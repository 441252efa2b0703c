// A thin view of a node:http request that handlers written against the Web
// Request shape can read (method, url, headers.get, text), and the sending
// of their plain-data Reply. Building real Request/Response objects costs
// the fast doors more CPU than the answer itself.
import type { IncomingMessage, ServerResponse } from "node:http";
import { AppError, type Reply } from "@/lib/api/errors";

export interface RequestView {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

async function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new AppError("payload_too_large", `The request body is over ${maxBytes} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export function requestView(req: IncomingMessage, maxBodyBytes: number): RequestView {
  return {
    method: req.method ?? "GET",
    url: `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`,
    headers: {
      get(name) {
        const v = req.headers[name.toLowerCase()];
        return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
      },
    },
    text: () => readBody(req, maxBodyBytes),
  };
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  res.writeHead(reply.status, { ...reply.headers, "content-length": Buffer.byteLength(reply.body) });
  res.end(reply.body);
}
