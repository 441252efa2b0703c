// An export as a byte stream read in keyset batches: the next batch is
// fetched only when the consumer pulls (the HTTP response drained what it
// had), so a slow client holds back the database reads instead of the rows
// piling up in memory, and no more than one batch is ever held.
import type { Cursor } from "@/lib/list/cursor";

export interface BatchSource<T> {
  /** rows after the cursor (null: from the start) in (time, id) order, at most `size` */
  fetch(after: Cursor | null, size: number): Promise<T[]>;
  cursorOf(row: T): Cursor;
}

export function keysetStream<T>(source: BatchSource<T>, encode: (row: T) => string, opts: { header?: string; batchSize?: number } = {}): ReadableStream<Uint8Array> {
  const size = opts.batchSize ?? 2_000;
  const encoder = new TextEncoder();
  let after: Cursor | null = null;
  let done = false;
  let headerSent = !opts.header;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(opts.header));
          return;
        }
        if (done) return controller.close();
        const rows = await source.fetch(after, size);
        if (rows.length < size) done = true;
        if (rows.length === 0) return controller.close();
        after = source.cursorOf(rows[rows.length - 1]);
        controller.enqueue(encoder.encode(rows.map(encode).join("")));
      },
    },
    // one chunk (a batch) buffered ahead at most
    { highWaterMark: 1 },
  );
}
