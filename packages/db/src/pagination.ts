import { badUserInput } from '@ipc-hub/errors';

/** Relay arguments every list of the hub takes. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageWindow {
  /** rows to fetch: one more than the page, to know whether another follows */
  fetch: number;
  size: number;
  /** the sort key of the last row already seen, or null for the first page */
  after: unknown[] | null;
}

export interface Connection<Node> {
  edges: Array<{ cursor: string; node: Node }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** resolved only when the client asks for it: a count costs a statement */
  totalCount: () => Promise<number>;
}

export const DEFAULT_PAGE_SIZE = 50;
/** Large enough for a dashboard of 1 000 facilities; larger pages are refused, not clipped. */
export const MAX_PAGE_SIZE = 1000;

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, arity: number): unknown[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === arity) return key;
  } catch {
    // fall through to the input error below
  }
  throw badUserInput('after', {
    vi: 'Con trỏ phân trang không hợp lệ',
    en: 'after is not a cursor this list returned',
  });
}

/** Validates `first`/`after` and says how many rows to fetch. */
export function pageWindow(args: PageArgs, keyArity: number): PageWindow {
  const size = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw badUserInput('first', {
      vi: `first phải từ 0 đến ${MAX_PAGE_SIZE}`,
      en: `first must be between 0 and ${MAX_PAGE_SIZE}`,
    });
  }
  return {
    size,
    fetch: size + 1,
    after: args.after ? decodeCursor(args.after, keyArity) : null,
  };
}

/** A page of a Relay connection, without a count: a list that offers no `totalCount`. */
export function toPage<Row, Node = Row>(
  rows: Row[],
  window: PageWindow,
  keyOf: (row: Row) => unknown[],
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Omit<Connection<Node>, 'totalCount'> {
  const page = rows.slice(0, window.size);
  // A cursor is encoded when it is read: a dashboard reading 1 000 nodes and no cursor pays for none.
  const edges = page.map((row) => ({
    node: toNode(row),
    get cursor() {
      return encodeCursor(keyOf(row));
    },
  }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > window.size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** Builds a Relay connection from rows fetched with `window.fetch` as the limit. */
export function toConnection<Row, Node = Row>(
  rows: Row[],
  window: PageWindow,
  keyOf: (row: Row) => unknown[],
  count: () => Promise<number>,
  toNode: (row: Row) => Node = (row) => row as unknown as Node,
): Connection<Node> {
  return { ...toPage(rows, window, keyOf, toNode), totalCount: count };
}

/** A list resolver's whole job: validate the page, fetch it, wrap it as a connection. */
export async function loadConnection<Row>(options: {
  args: PageArgs;
  keyArity: number;
  keyOf: (row: Row) => unknown[];
  fetch: (window: PageWindow) => Promise<Row[]>;
  count: () => Promise<number>;
}): Promise<Connection<Row>> {
  const window = pageWindow(options.args, options.keyArity);
  const rows = await options.fetch(window);
  return toConnection(rows, window, options.keyOf, options.count);
}
