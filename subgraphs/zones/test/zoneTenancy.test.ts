import { generateHanoiSeed } from '@ipc-hub/seed';
import { type SeededSubgraph, startSeededSubgraph, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonesSubgraph } from '../src/server';

const seed = generateHanoiSeed();
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Facility { id zone { name } zoneTenancy { connectedToPlant } } }
}`;

describe('the zones subgraph', () => {
  let zones: SeededSubgraph<Record<string, unknown>>;
  // a tenancy's details are internal: these read as the Board
  let board: Record<string, string>;
  beforeAll(async () => {
    zones = await startSeededSubgraph(zonesSubgraph);
    board = { authorization: `Bearer ${await testToken({ role: 'HIZA' })}` };
  });
  afterAll(() => zones?.close());

  // The zone a facility is in is public, its tenancy's details are scoped: one statement each.
  it('resolves the zones and tenancies of 500 facilities in one SQL statement each', async () => {
    const facilities = seed.facilities.slice(0, 500);
    const before = zones.running.database.statements;
    const { body } = await zones.post(
      {
        query: ENTITIES,
        variables: {
          representations: facilities.map((f) => ({ __typename: 'Facility', id: f.id })),
        },
      },
      board,
    );
    expect(zones.running.database.statements - before).toBe(2);
    const answered = (
      body.data as {
        _entities: Array<{
          id: string;
          zone: { name: string } | null;
          zoneTenancy: { connectedToPlant: boolean } | null;
        }>;
      }
    )._entities;
    expect(answered).toHaveLength(500);
    for (const [i, facility] of facilities.entries()) {
      const tenancy = seed.zoneTenancies.find((t) => t.facilityId === facility.id);
      const zone = seed.zones.find((z) => z.id === tenancy?.zoneId);
      expect(answered[i]?.zone?.name ?? null).toBe(zone?.name ?? null);
      expect(answered[i]?.zoneTenancy?.connectedToPlant ?? null).toBe(
        tenancy?.connectedToPlant ?? null,
      );
    }
  });

  it('answers an id that is not a UUID with no zone rather than a database error', async () => {
    const { body } = await zones.post(
      {
        query: ENTITIES,
        variables: { representations: [{ __typename: 'Facility', id: "1' or '1'='1" }] },
      },
      board,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      _entities: [{ id: "1' or '1'='1", zone: null, zoneTenancy: null }],
    });
  });

  it('filters zones by kind and status', async () => {
    const { body } = await zones.post({
      query:
        '{ zones(filter: { kind: HIGH_TECH_PARK, status: OPERATING }) { totalCount edges { node { name wastewaterPlant { status capacityM3PerDay } } } } }',
    });
    expect(body.data).toEqual({
      zones: {
        totalCount: 1,
        edges: [
          {
            node: {
              name: 'Khu công nghệ cao Hòa Lạc',
              wastewaterPlant: { status: 'OPERATING', capacityM3PerDay: 6000 },
            },
          },
        ],
      },
    });
  });

  it('refuses a token it did not sign, even when called directly', async () => {
    const forged = `${(await testToken({ role: 'HIZA' })).slice(0, -4)}AAAA`;
    const { status, body } = await zones.post(
      { query: '{ zones { totalCount } }' },
      { authorization: `Bearer ${forged}` },
    );
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
