import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { type SeededSubgraph, startSeededSubgraph, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonesSubgraph } from '../src/server';

const base = generateHanoiSeed();
const own = generateZonesSeed(base);
const projects = own.investmentProjects;
const zoneByCode = (code: string) => {
  const zone = base.zones.find((z) => z.code === code);
  if (!zone) throw new Error(`no zone ${code}`);
  return zone;
};

type Page = {
  investmentProjects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; registeredOn: string } }>;
  };
};

describe('investment projects and plant deadlines in the zones subgraph', () => {
  let zones: SeededSubgraph<Record<string, unknown>>;
  let hiza: string;
  beforeAll(async () => {
    zones = await startSeededSubgraph(zonesSubgraph);
    hiza = await testToken({ role: 'HIZA' });
  });
  afterAll(() => zones?.close());

  const post = async (query: string, variables: Record<string, unknown> = {}) =>
    (await zones.post({ query, variables }, { authorization: `Bearer ${hiza}` })).body;

  it('counts the seeded projects of a zone by status and fit with the planning', async () => {
    const zone = zoneByCode('QUANGMINH');
    const body = await post(
      `query ($zoneId: ID!) {
        all: investmentProjects(filter: { zoneId: $zoneId }) { totalCount }
        outOfLine: investmentProjects(filter: { zoneId: $zoneId, inLineWithPlanning: false }) { totalCount }
        operating: investmentProjects(filter: { zoneId: $zoneId, status: OPERATING }) { totalCount }
        in2015: investmentProjects(filter: { zoneId: $zoneId, registeredFrom: "2015-01-01", registeredTo: "2015-12-31" }) { totalCount }
      }`,
      { zoneId: zone.id },
    );
    const ofZone = projects.filter((p) => p.zoneId === zone.id);
    expect(body.data).toEqual({
      all: { totalCount: ofZone.length },
      outOfLine: { totalCount: ofZone.filter((p) => !p.inLineWithPlanning).length },
      operating: { totalCount: ofZone.filter((p) => p.status === 'OPERATING').length },
      in2015: { totalCount: ofZone.filter((p) => p.registeredOn.startsWith('2015')).length },
    });
  });

  it('pages through every project, most recently registered first, without repeating one', async () => {
    const seen: Array<{ id: string; registeredOn: string }> = [];
    let after: string | null = null;
    for (;;) {
      const body = await post(
        'query ($after: String) { investmentProjects(first: 200, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id registeredOn } } } }',
        { after },
      );
      const page = (body.data as Page).investmentProjects;
      expect(page.totalCount).toBe(projects.length);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen.map((p) => p.id)).size).toBe(projects.length);
    const dates = seen.map((p) => p.registeredOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('refuses a registration period that ends before it starts', async () => {
    const body = await post(
      '{ investmentProjects(filter: { registeredFrom: "2020-01-01", registeredTo: "2019-12-31" }) { totalCount } }',
    );
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'filter.registeredTo',
    });
  });

  it('resolves 400 projects through _entities in one SQL statement', async () => {
    const sample = projects.slice(0, 400);
    const before = zones.running.database.statements;
    const body = await post(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on InvestmentProject { id name status capitalVnd facility { id } } } }',
      { r: sample.map((p) => ({ __typename: 'InvestmentProject', id: p.id })) },
    );
    expect(zones.running.database.statements - before).toBe(1);
    const answered = (body.data as { _entities: Array<Record<string, unknown>> })._entities;
    expect(answered.map((p) => p.id)).toEqual(sample.map((p) => p.id));
    expect(answered[0]).toEqual({
      id: sample[0]?.id,
      name: sample[0]?.name,
      status: sample[0]?.status,
      capitalVnd: sample[0]?.capitalVnd?.toString() ?? null,
      facility: sample[0]?.facilityId ? { id: sample[0].facilityId } : null,
    });
  });

  it('gives every tenant facility its projects in one SQL statement', async () => {
    const facilities = base.zoneTenancies.slice(0, 300).map((t) => t.facilityId);
    const before = zones.running.database.statements;
    const body = await post(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id investmentProjects { id } } } }',
      { r: facilities.map((id) => ({ __typename: 'Facility', id })) },
    );
    expect(zones.running.database.statements - before).toBe(1);
    const answered = (
      body.data as { _entities: Array<{ investmentProjects: Array<{ id: string }> }> }
    )._entities;
    facilities.forEach((id, i) => {
      const expected = projects.filter((p) => p.facilityId === id).map((p) => p.id);
      expect(answered[i]?.investmentProjects.map((p) => p.id).sort()).toEqual(expected.sort());
    });
  });

  it('shows the plan’s deadline for the two zones it names: Sài Đồng B missed it, Thạch Thất – Quốc Oai met it', async () => {
    const body = await post(
      '{ zones(first: 50) { edges { node { code wastewaterPlant { commissionedOn deadline { dueBy decision setOn met } } } } } }',
    );
    const nodes = (
      body.data as {
        zones: {
          edges: Array<{
            node: {
              code: string;
              wastewaterPlant: { commissionedOn: string | null; deadline: unknown };
            };
          }>;
        };
      }
    ).zones.edges.map((e) => e.node);
    const deadlineOf = (code: string) => nodes.find((n) => n.code === code)?.wastewaterPlant;
    expect(deadlineOf('SAIDONGB')).toEqual({
      commissionedOn: '2013-06-25',
      deadline: {
        dueBy: '2013-05-31',
        decision: 'Kế hoạch 75/KH-UBND ngày 22/5/2012, mục II.2.2 và III.2',
        setOn: '2012-05-22',
        met: false,
      },
    });
    expect(deadlineOf('THACHTHATQUOCOAI')?.deadline).toMatchObject({ met: true });
    expect(nodes.filter((n) => n.wastewaterPlant.deadline !== null)).toHaveLength(2);
  });

  it.each(['DONRE', 'DOIT', 'POLICE'] as const)(
    'refuses a %s token that calls the subgraph directly to write, and writes nothing',
    async (role) => {
      const token = await testToken({ role });
      const { body } = await zones.post(
        {
          query:
            'mutation ($input: SetZoneWastewaterPlantInput!) { setZoneWastewaterPlant(input: $input) { id } }',
          variables: {
            input: {
              zoneId: zoneByCode('NAMTHANGLONG').id,
              status: 'OPERATING',
              capacityM3PerDay: 9999,
              compliant: true,
              autoMonitoring: true,
            },
          },
        },
        { authorization: `Bearer ${token}` },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const after = await post(
        'query ($id: ID!) { zone(id: $id) { wastewaterPlant { capacityM3PerDay compliant } } }',
        { id: zoneByCode('NAMTHANGLONG').id },
      );
      expect(after.data).toEqual({
        zone: { wastewaterPlant: { capacityM3PerDay: 2500, compliant: false } },
      });
    },
  );
});
