import { urlVariables } from '@ipc-hub/registry';
import type { AnySubgraphDefinition, RunningSubgraph } from '@ipc-hub/server-kit';
import { reservePort } from '@ipc-hub/server-kit';
import { GraphQLClient } from 'graphql-request';
import { inject } from 'vitest';
import { startTestSubgraph } from './startTestSubgraph';
import { cloneDatabase, type TestDatabase } from './testDatabases';
import { TEST_SUBGRAPH_SECRET } from './testSubgraphProof';
import { TEST_SECRET } from './testToken';

export interface StartTestStackOptions {
  subgraphs: AnySubgraphDefinition[];
  /** starts the gateway with its environment-style configuration; returns its URL and a stop function */
  startGateway: (env: Record<string, string>) => Promise<{ url: string; close(): Promise<void> }>;
  /** gateway's per-subgraph timeout; short so that tests of slow agencies stay short */
  subgraphTimeoutMs?: number;
  /** variables of one subgraph's own, by subgraph name (e.g. a small `REQUEST_MAX_ROWS`) */
  subgraphEnv?: Record<string, Record<string, string>>;
}

export interface TestStack {
  gatewayUrl: string;
  subgraphs: Record<string, RunningSubgraph<Record<string, unknown>>>;
  /** a graphql-request client for the gateway, as PUBLIC or with a bearer token */
  client(token?: string): GraphQLClient;
  /** SQL statements each subgraph has issued so far */
  statements(): Record<string, number>;
  /** stops one subgraph, as when an agency's server goes down */
  stopSubgraph(name: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * The whole hub in this process: each subgraph on a free port with a fresh
 * clone of its seeded template database, and the real gateway in front.
 */
export async function startTestStack(options: StartTestStackOptions): Promise<TestStack> {
  const templates = inject('databaseTemplates');
  // The subgraphs ask other agencies through the gateway, which starts last:
  // its port is chosen first, and held until the gateway takes it.
  const reserved = await reservePort();
  const gatewayPort = reserved.port;
  const gatewayEnv = { HUB_GATEWAY_URL: `http://127.0.0.1:${gatewayPort}/graphql` };
  const databases: TestDatabase[] = [];
  const subgraphs: TestStack['subgraphs'] = {};
  const stopped = new Set<string>();
  try {
    await Promise.all(
      options.subgraphs.map(async (definition) => {
        const database = await cloneDatabase(templates, definition.name);
        databases.push(database);
        subgraphs[definition.name] = await startTestSubgraph(definition, database, {
          ...options.subgraphEnv?.[definition.name],
          ...gatewayEnv,
        });
      }),
    );
  } catch (error) {
    await reserved.release();
    await Promise.allSettled(Object.values(subgraphs).map((s) => s.close()));
    await Promise.allSettled(databases.map((d) => d.drop()));
    throw error;
  }
  const env: Record<string, string> = {
    PORT: String(gatewayPort),
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    HUB_JWT_SECRET: TEST_SECRET,
    HUB_SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
    SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs ?? 5_000),
    SHUTDOWN_GRACE_MS: '2000',
    // Tests send bursts from one address and one token: the limits have their own tests.
    RATE_LIMIT_PER_SECOND: '0',
    RATE_LIMIT_PUBLIC_PER_SECOND: '0',
    CITIZEN_REPORTS_PER_HOUR: '0',
  };
  for (const [name, running] of Object.entries(subgraphs)) {
    const variable = definitionOf(name)?.agency.urlVariable ?? urlVariables()[name];
    if (variable) env[variable] = running.http.url;
  }
  await reserved.release();
  const gateway = await options.startGateway(env);

  function definitionOf(name: string) {
    return options.subgraphs.find((definition) => definition.name === name);
  }

  return {
    gatewayUrl: gateway.url,
    subgraphs,
    client: (token) =>
      new GraphQLClient(
        gateway.url,
        token ? { headers: { authorization: `Bearer ${token}` } } : {},
      ),
    statements: () =>
      Object.fromEntries(
        Object.entries(subgraphs).map(([name, s]) => [name, s.database.statements]),
      ),
    async stopSubgraph(name) {
      const running = subgraphs[name];
      if (!running || stopped.has(name)) return;
      stopped.add(name);
      await running.http.close();
    },
    async close() {
      await gateway.close();
      await Promise.allSettled(
        Object.entries(subgraphs).map(([name, s]) =>
          stopped.has(name) ? s.database.close() : s.close(),
        ),
      );
      await Promise.allSettled(databases.map((d) => d.drop()));
    },
  };
}

declare module 'vitest' {
  interface ProvidedContext {
    databaseTemplates: import('./testDatabases').DatabaseTemplates;
  }
}
