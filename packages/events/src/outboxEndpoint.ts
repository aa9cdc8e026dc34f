import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '@ipc-hub/db';
import { isUuid } from '@ipc-hub/db';
import type { Logger } from '@ipc-hub/logger';
import { HubEventOutbox } from './HubEventOutbox';

/** where a subgraph serves its outbox; like /graphql, only with the gateway's proof (startHttpService) */
export const OUTBOX_PATH = '/internal/hub-events';
/** where the reader says which events it now holds */
export const OUTBOX_RELAYED_PATH = '/internal/hub-events/relayed';

const MAX_BATCH = 500;
const MAX_BODY_BYTES = 100_000;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

function readJson(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('body too large'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

/**
 * The subgraph's outbox over HTTP, for the notifications service alone:
 * `GET /internal/hub-events?limit=N` answers `{ events: HubEventMessage[] }`
 * (those not yet relayed, oldest first), `POST /internal/hub-events/relayed`
 * with `{ ids: [...] }` marks them taken and removes a batch of events
 * relayed longer ago than the retention (`HUB_OUTBOX_RETENTION_DAYS`). Plugged into `startHttpService`'s
 * `otherPaths`, behind the same gateway proof that guards /graphql (the
 * notifications service holds the proof secret as the gateway does).
 */
export function outboxEndpoint(
  db: Database,
  agency: string,
  logger: Logger,
  /** days a relayed event is kept; each acknowledgement removes a batch of older ones */
  retentionDays: number,
) {
  const outbox = new HubEventOutbox(db, agency);
  return (request: IncomingMessage, response: ServerResponse, pathname: string): boolean => {
    if (pathname === OUTBOX_PATH && request.method === 'GET') {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const asked = Number(url.searchParams.get('limit') ?? 100);
      const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_BATCH) : 100;
      outbox.waiting(limit).then(
        (events) => send(response, 200, { events }),
        (error: unknown) => {
          logger.error({ err: error }, 'the outbox could not be read');
          send(response, 500, { error: 'outbox unavailable' });
        },
      );
      return true;
    }
    if (pathname === OUTBOX_RELAYED_PATH && request.method === 'POST') {
      readJson(request)
        .then(async (body) => {
          const ids = (body as { ids?: unknown }).ids;
          if (!Array.isArray(ids) || ids.length > MAX_BATCH || !ids.every(isUuidString)) {
            send(response, 400, { error: 'ids: a list of at most 500 event ids' });
            return;
          }
          const relayed = await outbox.markRelayed(ids);
          // the outbox stays the size of its retention: each acknowledgement clears a batch past it
          const pruned = await outbox.pruneRelayed(retentionDays);
          send(response, 200, { relayed, pruned });
        })
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'refused a malformed outbox acknowledgement');
          if (!response.headersSent) send(response, 400, { error: 'malformed body' });
        });
      return true;
    }
    return false;
  };
}

function isUuidString(value: unknown): value is string {
  return typeof value === 'string' && isUuid(value);
}
