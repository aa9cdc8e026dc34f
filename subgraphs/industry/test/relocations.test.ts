import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { todayInHanoi as today } from '@ipc-hub/server-kit';
import { type SeededSubgraph, startSeededSubgraph, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industrySubgraph } from '../src/server';

const base = generateHanoiSeed();
const seed = generateIndustrySeed(base);

interface CaseNode {
  id: string;
  status: string;
  deadline: string;
  overdue: boolean;
  facility: { id: string };
  destination: { __typename: string; id: string; name?: string } | null;
  supportGranted: string | null;
}

const CASE_FIELDS = `id status deadline overdue facility { id } supportGranted
  destination { __typename ... on IndustrialZone { id } ... on IndustrialCluster { id name } }`;

describe('relocation cases and certifications in the industry subgraph', () => {
  let industry: SeededSubgraph<Record<string, unknown>>;
  let headers: Record<string, string>;
  beforeAll(async () => {
    industry = await startSeededSubgraph(industrySubgraph);
    headers = { authorization: `Bearer ${await testToken({ role: 'DOIT' })}` };
  });
  afterAll(() => industry?.close());

  const data = <T>(query: string, variables: Record<string, unknown> = {}) =>
    industry.data<T>(query, variables, headers);

  async function allCases(filter: Record<string, unknown>): Promise<CaseNode[]> {
    const nodes: CaseNode[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        relocationCases: {
          totalCount: number;
          edges: Array<{ node: CaseNode }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await data(
        `query ($filter: RelocationCaseFilter, $after: String) {
          relocationCases(filter: $filter, first: 100, after: $after) {
            totalCount edges { node { ${CASE_FIELDS} } } pageInfo { hasNextPage endCursor } } }`,
        { filter, after },
      );
      nodes.push(...page.relocationCases.edges.map((e) => e.node));
      if (!page.relocationCases.pageInfo.hasNextPage) {
        expect(page.relocationCases.totalCount).toBe(nodes.length);
        return nodes;
      }
      after = page.relocationCases.pageInfo.endCursor;
    }
  }

  it('lists every seeded case in deadline order, page after page', async () => {
    const nodes = await allCases({});
    expect(nodes.map((n) => n.id).sort()).toEqual(seed.relocationCases.map((c) => c.id).sort());
    const deadlines = nodes.map((n) => n.deadline);
    expect([...deadlines].sort()).toEqual(deadlines);
  });

  it('filters cases by status and gives each its destination: a zone reference or the cluster itself', async () => {
    const nodes = await allCases({ status: 'COMPLETED' });
    const expected = seed.relocationCases.filter((c) => c.status === 'COMPLETED');
    expect(nodes).toHaveLength(expected.length);
    const clusters = new Map(base.clusters.map((c) => [c.id, c.name]));
    for (const node of nodes) {
      const seeded = expected.find((c) => c.id === node.id);
      expect(node.facility.id).toBe(seeded?.facilityId);
      if (seeded?.destinationZoneId) {
        expect(node.destination).toEqual({
          __typename: 'IndustrialZone',
          id: seeded.destinationZoneId,
        });
      } else {
        expect(node.destination).toEqual({
          __typename: 'IndustrialCluster',
          id: seeded?.destinationClusterId,
          name: clusters.get(seeded?.destinationClusterId ?? ''),
        });
      }
      expect(node.supportGranted).toBe(
        seeded?.supportGrantedVnd == null ? null : String(seeded.supportGrantedVnd),
      );
    }
  });

  it('filters by reason, destination and facility', async () => {
    const cluster = seed.relocationCases.find((c) => c.destinationClusterId)?.destinationClusterId;
    const zone = seed.relocationCases.find((c) => c.destinationZoneId)?.destinationZoneId;
    const one = seed.relocationCases[0];
    if (!cluster || !zone || !one) throw new Error('the seed has cases to both kinds of place');
    const count = async (filter: Record<string, unknown>) =>
      (
        await data<{ relocationCases: { totalCount: number } }>(
          'query ($f: RelocationCaseFilter) { relocationCases(filter: $f) { totalCount } }',
          { f: filter },
        )
      ).relocationCases.totalCount;
    expect(await count({ reason: 'SERIOUS_POLLUTION' })).toBe(
      seed.relocationCases.filter((c) => c.reason === 'SERIOUS_POLLUTION').length,
    );
    expect(await count({ destinationClusterId: cluster })).toBe(
      seed.relocationCases.filter((c) => c.destinationClusterId === cluster).length,
    );
    expect(await count({ destinationZoneId: zone })).toBe(
      seed.relocationCases.filter((c) => c.destinationZoneId === zone).length,
    );
    expect(await count({ facilityId: one.facilityId })).toBe(1);
    expect(await count({ facilityId: 'not-an-id' })).toBe(0);
  });

  it('tells overdue cases — open past their deadline — from the others', async () => {
    const day = today();
    const overdue = seed.relocationCases.filter(
      (c) => (c.status === 'PLANNED' || c.status === 'IN_PROGRESS') && c.deadline < day,
    );
    expect(overdue.length).toBeGreaterThan(0);
    const nodes = await allCases({ overdue: true });
    expect(nodes.map((n) => n.id).sort()).toEqual(overdue.map((c) => c.id).sort());
    expect(nodes.every((n) => n.overdue)).toBe(true);
    const others = await allCases({ overdue: false });
    expect(others).toHaveLength(seed.relocationCases.length - overdue.length);
    expect(others.some((n) => n.overdue)).toBe(false);
  });

  it('reads one case by id, and none for an unknown id', async () => {
    const one = seed.relocationCases[0];
    if (!one) throw new Error('the seed has cases');
    const read = await data<{ a: { id: string; status: string } | null; b: null }>(
      `query ($id: ID!) { a: relocationCase(id: $id) { id status } b: relocationCase(id: "7f0c2b1e-0000-4000-8000-000000000000") { id } }`,
      { id: one.id },
    );
    expect(read).toEqual({ a: { id: one.id, status: one.status }, b: null });
  });

  it('gives each facility its relocation case and certifications through _entities', async () => {
    const certified = seed.certifications[0];
    const relocated = seed.relocationCases.find((c) => c.status === 'COMPLETED');
    const neither = base.facilities.find(
      (f) =>
        !seed.certifications.some((c) => c.facilityId === f.id) &&
        !seed.relocationCases.some((c) => c.facilityId === f.id),
    );
    if (!certified || !relocated || !neither) throw new Error('the seed has all three');
    const answer = await data<{
      _entities: Array<{
        relocation: { id: string; status: string } | null;
        certifications: Array<{ id: string; kind: string; number: string }>;
      }>;
    }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility {
        relocation { id status } certifications { id kind number } } } }`,
      {
        r: [certified.facilityId, relocated.facilityId, neither.id].map((id) => ({
          __typename: 'Facility',
          id,
        })),
      },
    );
    const [first, second, third] = answer._entities;
    expect(first?.certifications).toEqual(
      seed.certifications
        .filter((c) => c.facilityId === certified.facilityId)
        .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn))
        .map(({ id, kind, number }) => ({ id, kind, number })),
    );
    expect(second?.relocation).toEqual({ id: relocated.id, status: 'COMPLETED' });
    expect(third).toEqual({ relocation: null, certifications: [] });
  });

  it('resolves a relocation case and a certification by their keys', async () => {
    const relocation = seed.relocationCases[1];
    const certification = seed.certifications[1];
    if (!relocation || !certification) throw new Error('the seed has both');
    const answer = await data<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) {
        ... on RelocationCase { id reason openedOn }
        ... on Certification { id issuer issuedOn validUntil } } }`,
      {
        r: [
          { __typename: 'RelocationCase', id: relocation.id },
          { __typename: 'Certification', id: certification.id },
        ],
      },
    );
    expect(answer._entities).toEqual([
      { id: relocation.id, reason: relocation.reason, openedOn: relocation.openedOn },
      {
        id: certification.id,
        issuer: certification.issuer,
        issuedOn: certification.issuedOn,
        validUntil: certification.validUntil,
      },
    ]);
  });
});
