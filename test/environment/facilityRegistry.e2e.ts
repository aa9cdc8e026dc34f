import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();

interface Page {
  facilities: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; name: string; taxCode: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}
const SEARCH = `query ($search: String!, $first: Int, $after: String) {
  facilities(filter: { search: $search }, first: $first, after: $after) {
    totalCount edges { cursor node { id name taxCode } } pageInfo { hasNextPage endCursor }
  }
}`;

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

describe('the facility registry', () => {
  let hub: TestStack;
  let donre: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  it('finds "Dệt nhuộm" companies when searched without accents, best matches first', async () => {
    const expected = seed.facilities.filter((f) => fold(f.name).includes('det nhuom'));
    expect(expected.length).toBeGreaterThan(0);
    const data = await hub.client().request<Page>(SEARCH, { search: 'det nhuom', first: 200 });
    expect(data.facilities.totalCount).toBeGreaterThanOrEqual(expected.length);
    const names = data.facilities.edges.map((e) => e.node.name);
    for (const facility of expected) expect(names).toContain(facility.name);
    // the name match ranks above matches found only in the address
    expect(fold(names[0] ?? '')).toContain('det nhuom');
  });

  it('finds the same facilities when the search is typed in full-width letters (NFKC)', async () => {
    const plain = await hub.client().request<Page>(SEARCH, { search: 'det nhuom', first: 200 });
    const fullWidth = await hub
      .client()
      .request<Page>(SEARCH, { search: 'Ｄệｔ\u3000ｎｈｕộｍ', first: 200 });
    expect(plain.facilities.totalCount).toBeGreaterThan(0);
    expect(fullWidth.facilities.edges.map((e) => e.node.id)).toEqual(
      plain.facilities.edges.map((e) => e.node.id),
    );
  });

  it('finds a facility whose stored name is full-width by its plain spelling', async () => {
    const facility = seed.facilities[21];
    if (!facility) throw new Error('seed');
    const wide = 'Ｃôｎｇ ｔｙ Ｔｈéｐ Ｍｉềｎ Ｂắｃ';
    await hub
      .client(donre)
      .request(`mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { id } }`, {
        input: { id: facility.id, name: wide },
      });
    const found = await hub.client().request<Page>(SEARCH, { search: 'thep mien bac' });
    expect(found.facilities.edges.map((e) => e.node.id)).toContain(facility.id);
  });

  it('finds a facility by its tax code and by a word of its address', async () => {
    const facility = seed.facilities[7];
    if (!facility) throw new Error('seed');
    const byTaxCode = await hub.client().request<Page>(SEARCH, { search: facility.taxCode });
    expect(byTaxCode.facilities.edges.map((e) => e.node.id)).toContain(facility.id);
    const street = fold(facility.address).split(',')[0] ?? '';
    const byAddress = await hub.client().request<Page>(SEARCH, { search: street, first: 500 });
    expect(byAddress.facilities.edges.map((e) => e.node.id)).toContain(facility.id);
  });

  it('pages through search results by relevance without repeats', async () => {
    const all = await hub.client().request<Page>(SEARCH, { search: 'cong ty', first: 1000 });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Page = await hub
        .client()
        .request<Page>(SEARCH, { search: 'cong ty', first: 300, after });
      seen.push(...page.facilities.edges.map((e) => e.node.id));
      after = page.facilities.pageInfo.hasNextPage ? page.facilities.pageInfo.endCursor : null;
    } while (after);
    // the pages, one after the other, are the one long list, in the same order
    expect(seen.slice(0, all.facilities.edges.length)).toEqual(
      all.facilities.edges.map((e) => e.node.id),
    );
    expect(seen).toHaveLength(all.facilities.totalCount);
    expect(new Set(seen).size).toBe(all.facilities.totalCount);
  });

  it('filters by setting and high-risk sector together', async () => {
    const data = await hub
      .client()
      .request<{ facilities: { totalCount: number } }>(
        '{ facilities(filter: { setting: STANDALONE, highRiskSector: true }) { totalCount } }',
      );
    const highRisk = new Set(seed.sectors.filter((s) => s.highRisk).map((s) => s.code));
    expect(data.facilities.totalCount).toBe(
      seed.facilities.filter((f) => f.setting === 'STANDALONE' && highRisk.has(f.sectorCode))
        .length,
    );
  });

  it('updates only the fields given and keeps the rest', async () => {
    const facility = seed.facilities[11];
    if (!facility) throw new Error('seed');
    const data = await hub.client(donre).request<{
      updateFacility: { name: string; address: string; dischargeM3PerDay: number; setting: string };
    }>(
      `mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { name address dischargeM3PerDay setting } }`,
      { input: { id: facility.id, dischargeM3PerDay: 420.5 } },
    );
    expect(data.updateFacility).toEqual({
      name: facility.name,
      address: facility.address,
      dischargeM3PerDay: 420.5,
      setting: facility.setting,
    });
  });

  it('refuses an update of a facility that does not exist as NOT_FOUND', async () => {
    const error = await refusal(
      hub
        .client(donre)
        .request(
          `mutation { updateFacility(input: { id: "00000000-0000-4000-8000-000000000000", name: "Công ty X" }) { id } }`,
        ),
    );
    expect(error?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });

  it('refuses a negative discharge flow, writing nothing', async () => {
    const facility = seed.facilities[12];
    if (!facility) throw new Error('seed');
    const error = await refusal(
      hub
        .client(donre)
        .request(
          `mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { id } }`,
          { input: { id: facility.id, name: 'Tên mới', dischargeM3PerDay: -1 } },
        ),
    );
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.dischargeM3PerDay',
    });
    const read = await hub
      .client()
      .request<{ facility: { name: string } }>('query ($id: ID!) { facility(id: $id) { name } }', {
        id: facility.id,
      });
    expect(read.facility.name).toBe(facility.name);
  });

  it('records a change of status', async () => {
    const facility = seed.facilities.find((f) => f.status === 'OPERATING');
    if (!facility) throw new Error('seed');
    const data = await hub
      .client(donre)
      .request<{ changeFacilityStatus: { status: string } }>(
        `mutation ($id: ID!) { changeFacilityStatus(input: { facilityId: $id, status: SUSPENDED }) { status } }`,
        { id: facility.id },
      );
    expect(data.changeFacilityStatus.status).toBe('SUSPENDED');
  });

  it("sets a facility's legal representative and refuses a malformed identity number", async () => {
    const facility = seed.facilities[20];
    if (!facility) throw new Error('seed');
    const set = `mutation ($input: SetLegalRepresentativeInput!) { setLegalRepresentative(input: $input) { legalRepresentative { fullName idNumber dateOfBirth phone } } }`;
    const person = {
      fullName: 'Nguyễn Thị Thu Hà',
      idNumber: '001185012345',
      dateOfBirth: '1985-03-12',
      phone: '0912345678',
    };
    const data = await hub
      .client(donre)
      .request<{ setLegalRepresentative: { legalRepresentative: unknown } }>(set, {
        input: { facilityId: facility.id, ...person },
      });
    expect(data.setLegalRepresentative.legalRepresentative).toEqual(person);
    const error = await refusal(
      hub.client(donre).request(set, {
        input: { facilityId: facility.id, fullName: 'Trần Văn Nam', idNumber: '12-34' },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
  });
});
