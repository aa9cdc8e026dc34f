import type { RunningSubgraph, SubgraphContext, SubgraphDefinition } from '@ipc-hub/server-kit';
import { expect, inject } from 'vitest';
import { startTestSubgraph } from './startTestSubgraph';
import { cloneDatabase } from './testDatabases';
import { gatewayProofHeaders } from './testSubgraphProof';

export interface SeededSubgraph<Schema extends Record<string, unknown>> {
  running: RunningSubgraph<Schema>;
  /**
   * POSTs a GraphQL request straight to the subgraph with the gateway's proof,
   * as the gateway would, but with the caller's own headers (token, forged ones)
   */
  post(
    body: { query: string; variables?: Record<string, unknown> },
    headers?: Record<string, string>,
  ): Promise<{
    status: number;
    body: {
      data?: unknown;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
  }>;
  /** `post`, for a query that must answer without errors (the test fails otherwise): its data. */
  data<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<T>;
  close(): Promise<void>;
}

/** One subgraph, without the gateway, on a fresh clone of its seeded template database. */
export async function startSeededSubgraph<
  Schema extends Record<string, unknown>,
  Context extends SubgraphContext,
>(definition: SubgraphDefinition<Schema, Context>): Promise<SeededSubgraph<Schema>> {
  const database = await cloneDatabase(inject('databaseTemplates'), definition.name);
  const running = await startTestSubgraph(definition, database);
  const seeded: SeededSubgraph<Schema> = {
    running,
    async post(body, headers = {}) {
      const response = await fetch(running.http.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...gatewayProofHeaders(definition.name),
          ...headers,
        },
        body: JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async data<T>(query: string, variables: Record<string, unknown> = {}, headers = {}) {
      const { body } = await seeded.post({ query, variables }, headers);
      expect(body.errors).toBeUndefined();
      return body.data as T;
    },
    async close() {
      await running.close();
      await database.drop();
    },
  };
  return seeded;
}
