import type pg from 'pg';

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
 * without adding it to the shared lockfile.
 */
class CopyStatement implements pg.Submittable {
  readonly done: Promise<{ rows: number; output: Buffer }>;
  private readonly chunks: Buffer[] = [];
  private rows = 0;
  private settle!: (result: { rows: number; output: Buffer }) => void;
  private fail!: (error: Error) => void;

  constructor(
    private readonly text: string,
    private readonly input: Buffer | null,
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
    const input = this.input ?? Buffer.alloc(0);
    for (let start = 0; start < input.length; start += CHUNK) {
      copy.sendCopyFromChunk(input.subarray(start, start + CHUNK));
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
    this.fail(error);
  }

  handleReadyForQuery(): void {
    this.settle({ rows: this.rows, output: Buffer.concat(this.chunks) });
  }
}

/** Runs `copy … from stdin` with `input` (COPY's text format); returns the rows copied. */
export async function copyFrom(client: pg.Client, text: string, input: Buffer): Promise<number> {
  return (await client.query(new CopyStatement(text, input)).done).rows;
}

/** Runs `copy … to stdout`; returns what the server sent. */
export async function copyTo(client: pg.Client, text: string): Promise<Buffer> {
  return (await client.query(new CopyStatement(text, null)).done).output;
}
