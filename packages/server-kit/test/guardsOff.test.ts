import { createLogger } from '@ipc-hub/logger';
import { describe, expect, it } from 'vitest';
import { guardsTurnedOff } from '../src/subgraph/guardsOff';
import { type StartSubgraphOptions, startSubgraph } from '../src/subgraph/startSubgraph';

const logger = createLogger('guards-test', process.env.TEST_LOG_LEVEL ?? 'silent');

describe('a subgraph without its guards (pnpm bench only)', () => {
  it('names the guards turned off outside production', () => {
    expect(guardsTurnedOff('development', undefined)).toEqual([]);
    expect(guardsTurnedOff('production', undefined)).toEqual([]);
    expect(guardsTurnedOff('production', { gatewayProof: false, queryLimits: false })).toEqual([]);
    expect(guardsTurnedOff('test', { gatewayProof: true, queryLimits: true })).toEqual([
      'gatewayProof',
      'queryLimits',
    ]);
  });

  it('refuses either guard off when NODE_ENV=production', () => {
    expect(() => guardsTurnedOff('production', { gatewayProof: true })).toThrow(
      /refusing to start a subgraph without gatewayProof when NODE_ENV=production/,
    );
    expect(() => guardsTurnedOff('production', { queryLimits: true })).toThrow(
      /without queryLimits when NODE_ENV=production/,
    );
  });

  it('startSubgraph refuses before it touches the definition or opens a database', async () => {
    const touched: PropertyKey[] = [];
    // Any read of the definition (its database, its schema) is recorded: none may happen.
    const definition = new Proxy(
      {},
      {
        get(_, key) {
          touched.push(key);
          throw new Error(`definition.${String(key)} read`);
        },
      },
    ) as Parameters<typeof startSubgraph>[0];
    const config = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/never',
    } as unknown as StartSubgraphOptions['config'];
    await expect(
      startSubgraph(definition, { config, logger, guardsOff: { gatewayProof: true } }),
    ).rejects.toThrow(/refusing to start a subgraph without gatewayProof/);
    expect(touched).toEqual([]);
  });
});
