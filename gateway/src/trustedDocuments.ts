import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { ServiceMetrics } from '@ipc-hub/telemetry';
import { type DocumentNode, GraphQLError, parse, print } from 'graphql';
import type { GatewayContext } from './GatewayContext';

/** The repository's manifests, one `<client>.json` per known client (`pnpm generate` writes them). */
export const TRUSTED_DOCUMENTS_DIR = new URL('../../trusted-documents/', import.meta.url);

/** A client's manifest: the operations it sends, by the hash of their normalized text. */
export interface TrustedDocumentManifest {
  client: string;
  operations: Record<string, string>;
}

/** A document's normal form (graphql-js `print` of its parse): formatting and comments do not count. */
export function normalizeDocument(document: string | DocumentNode): string {
  return print(typeof document === 'string' ? parse(document) : document);
}

/** the hash a document is registered under: SHA-256 of its normal form, hex */
export function documentHash(document: string | DocumentNode): string {
  return createHash('sha256').update(normalizeDocument(document)).digest('hex');
}

export class TrustedDocuments {
  /** hash → normalized document */
  readonly documents = new Map<string, string>();
  /** hash → the clients that registered it */
  readonly clients = new Map<string, string[]>();

  constructor(manifests: readonly TrustedDocumentManifest[]) {
    for (const manifest of manifests) {
      for (const [hash, document] of Object.entries(manifest.operations)) {
        if (documentHash(document) !== hash) {
          throw new Error(`${manifest.client}: ${hash} is not the hash of its document`);
        }
        this.documents.set(hash, document);
        this.clients.set(hash, [...(this.clients.get(hash) ?? []), manifest.client]);
      }
    }
  }

  /** every `<client>.json` in a folder */
  static load(dir: string | URL): TrustedDocuments {
    const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
    const path = typeof dir === 'string' ? dir : dir.pathname;
    return new TrustedDocuments(
      files.map(
        (name) => JSON.parse(readFileSync(join(path, name), 'utf8')) as TrustedDocumentManifest,
      ),
    );
  }

  /**
   * Apollo's persisted-query cache over the manifests: a request carrying
   * only `extensions.persistedQuery.sha256Hash` of a registered document is
   * answered from here. Documents other clients register at run time
   * (automatic persisted queries) are kept beside them in `others`.
   */
  persistedQueryCache(others: KeyValueCache<string>): KeyValueCache<string> {
    return {
      // Apollo prefixes its keys (`apq:<hash>`); the manifests know the hash alone.
      get: async (key) => this.documents.get(key.replace(/^apq:/, '')) ?? others.get(key),
      set: (key, value, options) => others.set(key, value, options),
      delete: (key) => others.delete(key),
    };
  }
}

export const OPERATION_NOT_REGISTERED = 'OPERATION_NOT_REGISTERED';

function notRegistered(): GraphQLError {
  return new GraphQLError(
    'Thao tác này chưa được đăng ký với hệ thống / This operation is not a registered trusted document',
    {
      extensions: {
        code: OPERATION_NOT_REGISTERED,
        reason: 'only registered operations are accepted here (docs/operations.md)',
        http: { status: 403 },
      },
    },
  );
}

export interface TrustedDocumentsPolicy {
  documents: TrustedDocuments;
  /** refuse what is not registered (production); false: accept any, as `pnpm start` does */
  only: boolean;
  /** roles that may send any operation */
  freeRoles: readonly string[];
  metrics?: ServiceMetrics;
}

/**
 * In production the gateway runs only the operations its known clients
 * registered: a document whose normal form's hash is in no manifest is
 * refused (403, OPERATION_NOT_REGISTERED, counted in metrics) before it is
 * planned, unless the caller's role asks freely. The verdict is kept per
 * exact text (Apollo's query hash), so each distinct text is normalized once.
 */
export function trustedDocumentsPlugin(
  policy: TrustedDocumentsPolicy,
): ApolloServerPlugin<GatewayContext> {
  const freeRoles = new Set(policy.freeRoles);
  const verdicts = new Map<string, boolean>();
  return {
    async requestDidStart() {
      if (!policy.only) return;
      return {
        async didResolveOperation({ contextValue, document, queryHash }) {
          if (freeRoles.has(contextValue.identity.role)) return;
          let registered = verdicts.get(queryHash);
          if (registered === undefined) {
            registered = policy.documents.documents.has(documentHash(document));
            // bounded: unregistered texts are refused, so only registered ones accumulate
            if (registered || verdicts.size < 10_000) verdicts.set(queryHash, registered);
          }
          if (!registered) {
            policy.metrics?.documentRefusals.inc({ reason: 'not_registered' });
            throw notRegistered();
          }
        },
      };
    },
  };
}
