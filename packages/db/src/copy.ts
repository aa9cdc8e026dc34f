import type pg from 'pg';
import type { Database } from './openDatabase';

/**
 * What node-postgres's `Connection` does for COPY; @types/pg leaves these
 * methods out, the library has them (pg-copy-streams drives the same ones).
 */
interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** Bytes per CopyData message, as psql sends them. */
const CHUNK = 64 * 1024;

/**
 * One COPY statement handed to node-postgres as a `Submittable`: the client
 * calls `submit` when the connection is free and then the `handle…` method
 * of each message the server answers with. COPY FROM STDIN sends `input`
 * when the server asks for it (CopyInResponse); COPY TO STDOUT keeps the
 * CopyData the server sends. This is the protocol pg-copy-streams speaks,
 * without the dependency.
 */
class CopyStatement implements pg.Submittable {
  readonly done: Promise<{ rows: number; output: Buffer }>;
  private readonly chunks: Buffer[] = [];
  private rows = 0;
  private settle!: (result: { rows: number; output: Buffer }) => void;
  private fail!: (error: Error) => void;

  constructor(
    private readonly text: string,
    private readonly input: Uint8Array | null,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = resolve;
      this.fail = reject;
    });
  }

  submit(connection: pg.Connection): void {
    (connection as unknown as CopyConnection).query(this.text);
  }

  handleCopyInResponse(connection: pg.Connection): void {
    const copy = connection as unknown as CopyConnection;
    const input = this.input ?? new Uint8Array(0);
    for (let start = 0; start < input.length; start += CHUNK) {
      copy.sendCopyFromChunk(
        Buffer.from(input.buffer, input.byteOffset + start, Math.min(CHUNK, input.length - start)),
      );
    }
    copy.endCopyFrom();
  }

  handleCopyData(message: { chunk: Buffer }): void {
    // a view into the parser's buffer, which it reuses for the next messages: copy it
    this.chunks.push(Buffer.from(message.chunk));
  }

  handleCommandComplete(message: { text: string }): void {
    // the command tag is `COPY <rows>`
    this.rows = Number(message.text.split(' ').at(-1));
  }

  handleError(error: Error): void {
    // node-postgres lets go of a statement that failed (it is not told ReadyForQuery)
    // and sends nothing more on the connection until the server is ready again
    this.fail(error);
  }

  handleReadyForQuery(): void {
    this.settle({ rows: this.rows, output: Buffer.concat(this.chunks) });
  }
}

/** Runs `copy … from stdin` on a node-postgres client with `input`; returns the rows copied. */
export async function copyFromStdin(
  client: pg.ClientBase,
  text: string,
  input: Uint8Array,
): Promise<number> {
  return (await client.query(new CopyStatement(text, input)).done).rows;
}

/** Runs `copy … to stdout` on a node-postgres client; returns what the server sent. */
export async function copyToStdout(client: pg.ClientBase, text: string): Promise<Buffer> {
  return (await client.query(new CopyStatement(text, null)).done).output;
}

/** What PGlite (or one of its transactions) offers for COPY: a statement that reads `/dev/blob`. */
interface PgliteLike {
  query(
    text: string,
    params?: unknown[],
    options?: { blob?: Blob },
  ): Promise<{ affectedRows?: number }>;
}

/** The driver's client under a drizzle handle: drizzle keeps it on its session (not in its types). */
function driverClient(db: Database): {
  client: unknown;
  logQuery: (text: string) => void;
} {
  const session = (
    db as unknown as {
      session?: { client?: unknown; logger?: { logQuery?: (q: string, p: unknown[]) => void } };
    }
  ).session;
  if (!session?.client) throw new Error('copyInto: this drizzle handle has no driver client');
  return {
    client: session.client,
    logQuery: (text) => session.logger?.logQuery?.(text, []),
  };
}

/** node-postgres's pool, told by its shape: drizzle may hold another copy of the module. */
function isPool(client: unknown): client is pg.Pool {
  return typeof (client as pg.Pool).connect === 'function' && 'totalCount' in (client as object);
}

/** A node-postgres client (a pooled one among them), told by its connection's COPY support. */
function isClient(client: unknown): client is pg.ClientBase {
  const connection = (client as { connection?: Partial<CopyConnection> }).connection;
  return typeof connection?.sendCopyFromChunk === 'function';
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * `COPY table (columns) FROM …` of `data` (COPY's binary format, e.g. from
 * `BinaryCopy`) on the handle's connection — inside the caller's
 * transaction when `db` is one: from STDIN on PostgreSQL, from PGlite's
 * `/dev/blob` on the embedded database. Returns the rows copied. The
 * fastest way rows enter a table; a constraint the rows break fails the
 * whole statement (run it in a savepoint to try another way after).
 */
export async function copyInto(
  db: Database,
  table: string,
  columns: readonly string[],
  data: Uint8Array,
): Promise<number> {
  for (const name of [table, ...columns]) {
    if (!IDENTIFIER.test(name)) throw new Error(`copyInto: ${name} is not a plain identifier`);
  }
  const { client, logQuery } = driverClient(db);
  const target = `${table} (${columns.join(', ')})`;
  if (isClient(client) || isPool(client)) {
    const text = `copy ${target} from stdin with (format binary)`;
    logQuery(text);
    if (isClient(client)) return copyFromStdin(client, text, data);
    // outside a transaction: a connection of the pool's for this one statement
    const connection = await client.connect();
    try {
      return await copyFromStdin(connection, text, data);
    } finally {
      connection.release();
    }
  }
  const text = `copy ${target} from '/dev/blob' with (format binary)`;
  logQuery(text);
  const result = await (client as PgliteLike).query(text, [], {
    // a Blob's parts are typed as views of a plain ArrayBuffer, which a Buffer's always is
    blob: new Blob([data as Uint8Array<ArrayBuffer>]),
  });
  return result.affectedRows ?? 0;
}

/** The column types `BinaryCopy` writes; a timestamp is given as milliseconds since 1970. */
export type CopyColumnType = 'int2' | 'int4' | 'float4' | 'float8' | 'timestamptz';

const SIZE: Record<CopyColumnType, number> = {
  int2: 2,
  int4: 4,
  float4: 4,
  float8: 8,
  timestamptz: 8,
};
const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** PostgreSQL's epoch (2000-01-01) in JavaScript's milliseconds */
const POSTGRES_EPOCH_MS = 946_684_800_000;
const TWO_TO_32 = 2 ** 32;

/** How each type's value is written (big-endian); each returns the offset after it. */
const WRITE: Record<CopyColumnType, (buffer: Buffer, value: number, at: number) => number> = {
  int2: (buffer, value, at) => buffer.writeInt16BE(value, at),
  int4: (buffer, value, at) => buffer.writeInt32BE(value, at),
  float4: (buffer, value, at) => buffer.writeFloatBE(value, at),
  float8: (buffer, value, at) => buffer.writeDoubleBE(value, at),
  timestamptz: (buffer, value, at) => {
    // microseconds since 2000-01-01 as a signed 64-bit integer, in two halves
    const micros = (value - POSTGRES_EPOCH_MS) * 1000;
    const high = Math.floor(micros / TWO_TO_32);
    return buffer.writeUInt32BE(micros - high * TWO_TO_32, buffer.writeInt32BE(high, at));
  },
};

/**
 * Rows of numbers in COPY's binary format (a header, per row a field count
 * and each field's length and bytes, big-endian, then a trailer): written
 * straight into one buffer of the exact size, with no text to format or for
 * the server to parse. NULLs are not written: every column is NOT NULL.
 */
export class BinaryCopy {
  private readonly buffer: Buffer;
  private offset: number;
  private written = 0;

  constructor(
    private readonly types: readonly CopyColumnType[],
    private readonly rows: number,
  ) {
    const rowSize = 2 + types.reduce((sum, type) => sum + 4 + SIZE[type], 0);
    this.buffer = Buffer.allocUnsafe(SIGNATURE.length + 8 + rows * rowSize + 2);
    SIGNATURE.copy(this.buffer, 0);
    this.buffer.writeInt32BE(0, SIGNATURE.length); // flags: no OIDs
    this.buffer.writeInt32BE(0, SIGNATURE.length + 4); // no header extension
    this.offset = SIGNATURE.length + 8;
  }

  /** One row: a value per column, in the columns' order. */
  row(...values: number[]): void {
    if (this.written === this.rows) throw new RangeError(`BinaryCopy holds ${this.rows} rows`);
    const { buffer, types } = this;
    let at = buffer.writeInt16BE(types.length, this.offset);
    for (let i = 0; i < types.length; i += 1) {
      const type = types[i] as CopyColumnType;
      const value = values[i] as number;
      at = WRITE[type](buffer, value, buffer.writeInt32BE(SIZE[type], at));
    }
    this.offset = at;
    this.written += 1;
  }

  /** The rows with the trailer; every announced row must have been written. */
  finish(): Buffer {
    if (this.written !== this.rows) {
      throw new RangeError(`BinaryCopy: ${this.written} of ${this.rows} rows written`);
    }
    this.offset = this.buffer.writeInt16BE(-1, this.offset);
    return this.buffer.subarray(0, this.offset);
  }
}
