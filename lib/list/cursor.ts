// Keyset ("cursor") pagination for ledgers listed newest first. A page is
// "the rows before (or after) this (time, id)", read on an index that has the
// time and id after the workspace (and the filter's column), so the
// thousandth page costs what the first does; an offset would scan and throw
// away every row before it. The cursor in the URL is only a time and an id;
// a malformed one is ignored (first page), never an error.

export interface Cursor {
  at: Date;
  id: string;
}

/** older: rows after this one in the newest-first order; newer: rows before it. */
export type CursorDirection = "older" | "newer";

export interface CursorRequest {
  cursor: Cursor | null;
  direction: CursorDirection;
}

export interface CursorPage<T> {
  rows: T[];
  /** the cursor of the next older page (null: this is the oldest) */
  older: string | null;
  /** the cursor of the next newer page (null: this is the newest) */
  newer: string | null;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.at.getTime()}.${c.id}`).toString("base64url");
}

export function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw || raw.length > 200) return null;
  const text = Buffer.from(raw, "base64url").toString();
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{1,64})$/.exec(text);
  return m ? { at: new Date(Number(m[1])), id: m[2] } : null;
}

/** The page asked for by the URL: `older=<cursor>` or `newer=<cursor>`, else the newest page. */
export function cursorRequest(params: { older?: string; newer?: string }): CursorRequest {
  const newer = decodeCursor(params.newer);
  if (newer) return { cursor: newer, direction: "newer" };
  return { cursor: decodeCursor(params.older), direction: "older" };
}

type Bound<K extends string> = Record<K, { lte: Date } | { gte: Date }>;
type Strict<K extends string> = Record<K, { lt: Date } | { gt: Date }>;

/**
 * The Prisma condition for rows past the cursor on (field, id). The plain
 * bound on the time column is what the index range scan uses; the OR only
 * settles ties at the cursor's exact time.
 */
export function keysetWhere<K extends string>(field: K, req: CursorRequest) {
  if (!req.cursor) return {};
  const { at, id } = req.cursor;
  const older = req.direction === "older";
  const bound = { [field]: older ? { lte: at } : { gte: at } } as Bound<K>;
  const strict = { [field]: older ? { lt: at } : { gt: at } } as Strict<K>;
  return { AND: [bound, { OR: [strict, { id: older ? { lt: id } : { gt: id } }] }] };
}

/** The sort for a keyset read: newest first for older pages, oldest first (then reversed) for newer ones. */
export function keysetOrder<K extends string>(field: K, req: CursorRequest) {
  const dir = req.direction === "older" ? ("desc" as const) : ("asc" as const);
  return [{ [field]: dir } as Record<K, "asc" | "desc">, { id: dir }];
}

/**
 * Turns a read of `size + 1` rows (in keysetOrder) into a newest-first page
 * with the cursors of its neighbours; the extra row only says whether more exist.
 */
export function toCursorPage<T extends { id: string }>(read: T[], size: number, req: CursorRequest, at: (row: T) => Date): CursorPage<T> {
  const more = read.length > size;
  const slice = read.slice(0, size);
  const rows = req.direction === "older" ? slice : slice.reverse();
  const first = rows[0];
  const last = rows[rows.length - 1];
  const olderExists = req.direction === "older" ? more : req.cursor !== null;
  const newerExists = req.direction === "older" ? req.cursor !== null : more;
  return {
    rows,
    older: olderExists && last ? encodeCursor({ at: at(last), id: last.id }) : null,
    newer: newerExists && first ? encodeCursor({ at: at(first), id: first.id }) : null,
  };
}

/** The bound, sort and size a keyset read passes to its findMany, beside its own filter and select. */
export interface KeysetQuery<K extends string> {
  where: ReturnType<typeof keysetWhere<K>>;
  orderBy: ReturnType<typeof keysetOrder<K>>;
  take: number;
}

/** One page of a ledger keyed on (field, id): `find` runs the read, this turns it into a page with its neighbours' cursors. */
export async function readKeysetPage<K extends string, T extends { id: string } & Record<K, Date>>(
  field: K,
  size: number,
  req: CursorRequest,
  find: (q: KeysetQuery<K>) => Promise<T[]>,
): Promise<CursorPage<T>> {
  const read = await find({ where: keysetWhere(field, req), orderBy: keysetOrder(field, req), take: size + 1 });
  return toCursorPage(read, size, req, (r) => r[field]);
}
