import { unitsInScope } from '@ipc-hub/access';
import { ALL_RECORDS_ROLES } from '@ipc-hub/registry';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { unitOnDay } from '@ipc-hub/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Answer,
  ask as askGraphQL,
  bearer,
  bearerOf,
  deniedPaths,
  postGraphQL,
} from '../support/postGraphQL';
import { startHub } from '../support/startHub';

const base = generateHanoiSeed();
const own = generateIndustrySeed(base);
const placeOf = new Map(base.facilities.map((f) => [f.id, f.formerPlace]));
// A case sits in its facility's unit on the day it was opened (a district
// before 1/7/2025, a commune from it); a former district's AREA token
// reaches both (unitsInScope, docs/units.md).
const caseUnit = (c: { facilityId: string; openedOn: string }) => {
  const place = placeOf.get(c.facilityId);
  if (!place) throw new Error(`place of facility ${c.facilityId}`);
  return unitOnDay(place, c.openedOn);
};
const relocated = own.relocationCases[0];
const relocatedUnit = placeOf.get(relocated?.facilityId ?? '')?.districtCode ?? '';
const otherUnit = relocatedUnit === '017' ? '018' : '017';

type Facility = { name: string; cluster: unknown; relocation: { status: string } | null };

const ask = (
  hub: TestStack,
  id: string | undefined,
  token?: string,
): Promise<Answer<{ facility: Facility }>> =>
  askGraphQL(
    hub.gatewayUrl,
    'query ($id: ID!) { facility(id: $id) { name cluster { name } relocation { status } } }',
    { id },
    bearerOf(token),
  );

describe("who sees what of DOIT's records", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('shows the public which cluster a facility is in, and not its relocation case', async () => {
    const answer = await ask(hub, relocated?.facilityId);
    expect(answer.data?.facility.name).toBe(
      base.facilities.find((f) => f.id === relocated?.facilityId)?.name,
    );
    expect(answer.data?.facility.relocation).toBeNull();
    expect(deniedPaths(answer)).toEqual(['facility.relocation']);
  });

  it("shows an area officer the relocation cases of its unit's facilities only", async () => {
    const mine = await ask(
      hub,
      relocated?.facilityId,
      await testToken({ role: 'AREA', adminUnits: [relocatedUnit] }),
    );
    expect(mine.data?.facility.relocation?.status).toBe(relocated?.status);
    const theirs = await ask(
      hub,
      relocated?.facilityId,
      await testToken({ role: 'AREA', adminUnits: [otherUnit] }),
    );
    expect(theirs.data?.facility.relocation).toBeNull();
    const list = await hub
      .client(await testToken({ role: 'AREA', adminUnits: [relocatedUnit] }))
      .request<{ relocationCases: { totalCount: number } }>(
        '{ relocationCases(first: 1) { totalCount } }',
      );
    const reached = new Set(unitsInScope([relocatedUnit]));
    expect(list.relocationCases.totalCount).toBe(
      own.relocationCases.filter((c) => reached.has(caseUnit(c))).length,
    );
  });

  it('shows an operator its own facility’s case, and every agency all of them', async () => {
    const operator = await testToken({
      role: 'OPERATOR',
      facilityIds: [relocated?.facilityId ?? ''],
    });
    expect(
      (await ask(hub, relocated?.facilityId, operator)).data?.facility.relocation?.status,
    ).toBe(relocated?.status);
    for (const role of ALL_RECORDS_ROLES) {
      const answer = await ask(hub, relocated?.facilityId, await testToken({ role }));
      expect(answer.data?.facility.relocation?.status).toBe(relocated?.status);
    }
  });

  it("records the public's denial and lets only DOIT read its trail", async () => {
    await ask(hub, relocated?.facilityId);
    const trail = await hub.client(await testToken({ role: 'DOIT' })).request<{
      industryAuditTrail: {
        edges: Array<{ node: { role: string; outcome: string; deniedFields: string[] } }>;
      };
    }>('{ industryAuditTrail(first: 1) { edges { node { role outcome deniedFields } } } }');
    expect(trail.industryAuditTrail.edges[0]?.node).toEqual({
      role: 'PUBLIC',
      outcome: 'DENIED',
      deniedFields: ['Facility.relocation'],
    });
    const { body } = await postGraphQL(
      hub.gatewayUrl,
      { query: '{ industryAuditTrail { totalCount } }' },
      bearer(await testToken({ role: 'DONRE' })),
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
