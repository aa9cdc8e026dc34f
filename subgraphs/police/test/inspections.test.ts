import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { type SeededSubgraph, startSeededSubgraph, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policeSubgraph } from '../src/server';

const police = generatePoliceSeed(generateHanoiSeed());

interface Page {
  edges: Array<{ node: { id: string; conductedOn: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

describe('inspections in the police subgraph', () => {
  let subgraph: SeededSubgraph<Record<string, unknown>>;
  // inspections and case files are not the public's: these read as a police officer
  let officer: Record<string, string>;
  beforeAll(async () => {
    subgraph = await startSeededSubgraph(policeSubgraph);
    officer = { authorization: `Bearer ${await testToken({ role: 'POLICE' })}` };
  });
  afterAll(() => subgraph?.close());

  const data = <T>(query: string, variables: Record<string, unknown> = {}) =>
    subgraph.data<T>(query, variables, officer);

  it('lists every seeded inspection newest first, page after page', async () => {
    const ids: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const { inspections }: { inspections: Page } = await data(
        'query ($after: String) { inspections(first: 400, after: $after) { edges { node { id conductedOn } } pageInfo { hasNextPage endCursor } totalCount } }',
        { after },
      );
      total = inspections.totalCount;
      ids.push(...inspections.edges.map((e) => e.node.id));
      dates.push(...inspections.edges.map((e) => e.node.conductedOn));
      after = inspections.pageInfo.hasNextPage ? inspections.pageInfo.endCursor : null;
    } while (after);
    expect(total).toBe(police.inspections.length);
    expect(new Set(ids).size).toBe(police.inspections.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  type Seeded = (typeof police.inspections)[number];
  it.each<[string, Record<string, string>, (i: Seeded) => boolean]>([
    ['kind', { kind: 'JOINT' }, (i) => i.kind === 'JOINT'],
    ['outcome', { outcome: 'NO_VIOLATION' }, (i) => i.outcome === 'NO_VIOLATION'],
    [
      'agency, led or joined',
      { agency: 'DONRE' },
      (i) => i.leadAgency === 'DONRE' || i.jointAgencies.includes('DONRE'),
    ],
    ['unit', { adminUnitCode: '017' }, (i) => i.adminUnitCode === '017'],
    [
      'period',
      { from: '2023-01-01', to: '2023-06-30' },
      (i) => i.conductedOn >= '2023-01-01' && i.conductedOn <= '2023-06-30',
    ],
  ])('filters by %s', async (_, filter, keep) => {
    const expected = police.inspections.filter(keep).length;
    expect(expected).toBeGreaterThan(0);
    const { inspections } = await data<{ inspections: { totalCount: number } }>(
      'query ($filter: InspectionFilter) { inspections(filter: $filter) { totalCount } }',
      { filter },
    );
    expect(inspections.totalCount).toBe(expected);
  });

  it('filters by facility, and an id that is not a UUID matches nothing rather than failing', async () => {
    const facilityId = police.inspections[0]?.facilityId;
    const { a, b } = await data<{ a: { totalCount: number }; b: { totalCount: number } }>(
      'query ($id: ID!) { a: inspections(filter: { facilityId: $id }) { totalCount } b: inspections(filter: { facilityId: "nope" }) { totalCount } }',
      { id: facilityId },
    );
    expect(a.totalCount).toBe(police.inspections.filter((i) => i.facilityId === facilityId).length);
    expect(b.totalCount).toBe(0);
  });

  it('shows an inspection with its team, facility and the violations it found', async () => {
    const seeded = police.inspections.find(
      (i) => i.kind === 'JOINT' && i.outcome === 'VIOLATIONS_FOUND',
    );
    if (!seeded) throw new Error('the seed has no joint inspection that found something');
    const found = police.violations.filter((v) => v.inspectionId === seeded.id);
    const { inspection } = await data<{ inspection: Record<string, unknown> }>(
      `query ($id: ID!) { inspection(id: $id) {
        id conductedOn kind leadAgency jointAgencies findings outcome
        facility { id } adminUnit { code } violations { id inspection { id } }
      } }`,
      { id: seeded.id },
    );
    expect(inspection).toEqual({
      id: seeded.id,
      conductedOn: seeded.conductedOn,
      kind: 'JOINT',
      leadAgency: seeded.leadAgency,
      jointAgencies: seeded.jointAgencies,
      findings: seeded.findings,
      outcome: 'VIOLATIONS_FOUND',
      facility: { id: seeded.facilityId },
      adminUnit: { code: seeded.adminUnitCode },
      violations: found.map((v) => ({ id: v.id, inspection: { id: seeded.id } })),
    });
  });

  it('answers null for an inspection that does not exist', async () => {
    const { inspection } = await data<{ inspection: null }>(
      '{ inspection(id: "00000000-0000-4000-8000-000000000000") { id } }',
    );
    expect(inspection).toBeNull();
  });

  it('gives each facility its inspections in one statement, whatever the number of facilities', async () => {
    const facilityIds = [...new Set(police.inspections.map((i) => i.facilityId))];
    const before = subgraph.running.database.statements;
    const { _entities } = await data<{
      _entities: Array<{ id: string; inspections: Array<{ id: string; violations: unknown[] }> }>;
    }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id inspections { id violations { id } } } } }',
      { r: facilityIds.map((id) => ({ __typename: 'Facility', id })) },
    );
    // one statement for the inspections, one for the violations they found
    expect(subgraph.running.database.statements - before).toBe(2);
    for (const facility of _entities) {
      expect(facility.inspections.map((i) => i.id).sort()).toEqual(
        police.inspections
          .filter((i) => i.facilityId === facility.id)
          .map((i) => i.id)
          .sort(),
      );
    }
  });

  it('resolves inspections as entities by id', async () => {
    const ids = police.inspections.slice(0, 3).map((i) => i.id);
    const { _entities } = await data<{ _entities: Array<{ id: string; conductedOn: string }> }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Inspection { id conductedOn } } }',
      { r: ids.map((id) => ({ __typename: 'Inspection', id })) },
    );
    expect(_entities.map((i) => i.id)).toEqual(ids);
  });
});
