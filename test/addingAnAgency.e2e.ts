import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway } from '@ipc-hub/gateway';
import { composeSupergraph } from '@ipc-hub/gateway/compose';
import { loadGatewayConfig } from '@ipc-hub/gateway/config';
import { AGENCIES, type Agency, registryOf } from '@ipc-hub/registry';
import { type RunningSubgraph, readSubgraphSdl } from '@ipc-hub/server-kit';
import {
  startTestStack,
  startTestSubgraph,
  type TestStack,
  testLogger,
  testToken,
} from '@ipc-hub/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scaffoldSubgraph } from '../tools/codegen/src/scaffoldSubgraph';
import { ALL_SUBGRAPHS, loadSubgraphDefinition } from './support/subgraphDefinitions';

/** A fifth agency, as its entry in the registry would read. */
const CONSTRUCTION: Agency = {
  subgraph: 'construction',
  role: 'DOC',
  nameVi: 'Sở Xây dựng',
  nameEn: 'Department of Construction',
  packageName: '@ipc-hub/construction',
  defaultPort: 4005,
  urlVariable: 'CONSTRUCTION_URL',
  database: 'ipc_construction',
};

/**
 * Adding an agency touches the registry and the new subgraph's folder only:
 * a fifth subgraph scaffolded from tools/codegen/templates/subgraph, with one
 * more registry entry, composes with the four and answers through the real
 * gateway.
 */
describe('adding an agency', () => {
  // inside test/ so that the scaffold's imports resolve to the workspace's packages
  const folder = mkdtempSync(join(import.meta.dirname, '.scaffold-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'ipc-hub-fifth-'));
  let fifth: RunningSubgraph<Record<string, unknown>>;
  let hub: TestStack;
  const registry = registryOf([...AGENCIES, CONSTRUCTION]);

  beforeAll(async () => {
    // the extended registry, as packages/registry would export it
    writeFileSync(
      join(folder, 'registry.ts'),
      `import { registryOf } from '@ipc-hub/registry';
const registry = registryOf(${JSON.stringify(registry.agencies)});
export function agencyOf(subgraph: string) {
  const found = registry.find(subgraph);
  if (!found) throw new Error(\`no agency runs \${subgraph}\`);
  return found;
}
`,
    );
    scaffoldSubgraph(join(folder, 'construction'), CONSTRUCTION, {
      registryModule: '../../registry',
    });
    // found as the harness finds the registered ones (support/subgraphDefinitions.ts), from its folder
    const constructionSubgraph = await loadSubgraphDefinition(
      CONSTRUCTION,
      join(folder, 'construction'),
    );
    fifth = await startTestSubgraph(
      constructionSubgraph,
      { dataDir, drop: async () => {} },
      { HUB_SEED: 'true' },
    );

    hub = await startTestStack({
      subgraphs: ALL_SUBGRAPHS,
      startGateway: async (env) => {
        const urls: Record<string, string> = {
          ...Object.fromEntries(
            AGENCIES.map((agency) => [agency.subgraph, env[agency.urlVariable] ?? '']),
          ),
          construction: fifth.http.url,
        };
        const { supergraphSdl } = composeSupergraph(
          registry.agencies.map((agency) => ({
            name: agency.subgraph,
            url: urls[agency.subgraph] ?? '',
            sdl: readSubgraphSdl(
              agency.subgraph === 'construction'
                ? join(folder, 'construction/schema.graphql')
                : new URL(`../subgraphs/${agency.subgraph}/schema.graphql`, import.meta.url),
            ),
          })),
        );
        const gateway = await startGateway(
          loadGatewayConfig(env),
          testLogger('gateway'),
          supergraphSdl,
        );
        return { url: gateway.http.url, close: gateway.close };
      },
    });
  });
  afterAll(async () => {
    await hub?.close();
    await fifth?.close();
    rmSync(folder, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes the new agency into the derived lists', () => {
    expect(registry.subgraphNames).toEqual([
      'environment',
      'industry',
      'zones',
      'police',
      'construction',
    ]);
    expect(registry.roles).toContain('DOC');
    expect(registry.urlVariables.construction).toBe('CONSTRUCTION_URL');
    expect(() => registryOf([...AGENCIES, { ...CONSTRUCTION, defaultPort: 4001 }])).toThrow(
      /port 4001/,
    );
  });

  it("answers the fifth agency's field through the gateway, with the four others'", async () => {
    const answer = await hub.client().request<{
      constructionNotices: Array<{ id: string; title: string }>;
      zones: { totalCount: number };
    }>('{ constructionNotices { id title } zones(first: 1) { totalCount } }');
    expect(answer.constructionNotices).toEqual([{ id: 'DOC-0001', title: 'Sở Xây dựng' }]);
    expect(answer.zones.totalCount).toBeGreaterThan(0);
  });

  it("refuses another agency's write to the new agency's mutation, writes nothing, and audits the refusal", async () => {
    const donre = await testToken({ role: 'DONRE', sub: 'can.bo@stnmt.hanoi' });
    await expect(
      hub
        .client(donre)
        .request('mutation { publishConstructionNotice(title: "Không được") { id } }'),
    ).rejects.toMatchObject({
      response: {
        errors: [
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
        ],
      },
    });
    const answer = await hub
      .client()
      .request<{ constructionNotices: unknown[] }>('{ constructionNotices { id } }');
    expect(answer.constructionNotices).toHaveLength(1);
    const rows = (await fifth.database.db.execute(
      sql`select role, outcome, denied_fields from audit_log order by seq desc limit 1`,
    )) as unknown as { rows: Array<{ role: string; outcome: string; denied_fields: string[] }> };
    expect(rows.rows[0]).toEqual({
      role: 'DONRE',
      outcome: 'DENIED',
      denied_fields: ['Mutation.publishConstructionNotice'],
    });
  });
});
