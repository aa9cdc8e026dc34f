import { generateHanoiSeed } from '@ipc-hub/seed';
import { type SeededSubgraph, startSeededSubgraph, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { policeSubgraph } from '../src/server';

const seed = generateHanoiSeed();

describe('the police subgraph', () => {
  let police: SeededSubgraph<Record<string, unknown>>;
  // the public sees published violations only: these read every violation, as a police officer
  let officer: Record<string, string>;
  beforeAll(async () => {
    police = await startSeededSubgraph(policeSubgraph);
    officer = { authorization: `Bearer ${await testToken({ role: 'POLICE' })}` };
  });
  afterAll(() => police?.close());

  it('counts only detected and sanctioned violations as open, for many facilities in one statement', async () => {
    const facilityIds = [...new Set(seed.violations.map((v) => v.facilityId))];
    const before = police.running.database.statements;
    const { body } = await police.post(
      {
        query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Facility { id openViolationCount violations { id } } } }`,
        variables: { r: facilityIds.map((id) => ({ __typename: 'Facility', id })) },
      },
      officer,
    );
    expect(police.running.database.statements - before).toBe(1);
    const answered = (
      body.data as {
        _entities: Array<{ id: string; openViolationCount: number; violations: unknown[] }>;
      }
    )._entities;
    for (const facility of answered) {
      const own = seed.violations.filter((v) => v.facilityId === facility.id);
      expect(facility.violations).toHaveLength(own.length);
      expect(facility.openViolationCount).toBe(
        own.filter((v) => v.status === 'DETECTED' || v.status === 'SANCTIONED').length,
      );
    }
  });

  it('lists violations newest first and pages without gaps or repeats', async () => {
    const ids: string[] = [];
    const dates: string[] = [];
    let after: string | null = null;
    do {
      const { body } = await police.post(
        {
          query:
            'query ($after: String) { violations(first: 150, after: $after) { edges { node { id detectedOn } } pageInfo { hasNextPage endCursor } } }',
          variables: { after },
        },
        officer,
      );
      const page = (
        body.data as {
          violations: {
            edges: Array<{ node: { id: string; detectedOn: string } }>;
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }
      ).violations;
      ids.push(...page.edges.map((e) => e.node.id));
      dates.push(...page.edges.map((e) => e.node.detectedOn));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(seed.violations.length);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters by period, status and publication', async () => {
    const { body } = await police.post({
      query:
        '{ violations(filter: { from: "2020-01-01", to: "2022-12-31", status: REMEDIED, published: true }) { totalCount } }',
    });
    const expected = seed.violations.filter(
      (v) =>
        v.detectedOn >= '2020-01-01' &&
        v.detectedOn <= '2022-12-31' &&
        v.status === 'REMEDIED' &&
        v.published,
    ).length;
    expect(expected).toBeGreaterThan(0);
    expect(body.data).toEqual({ violations: { totalCount: expected } });
  });

  it('refuses an impossible date in a filter with BAD_USER_INPUT', async () => {
    const { body } = await police.post({
      query: 'query ($from: Date) { violations(filter: { from: $from }) { totalCount } }',
      variables: { from: '2025-02-30' },
    });
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.message).toContain('2025-02-30');
  });
});
