import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { ClientError } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

const seed = generateHanoiSeed();
const REGISTER = `mutation ($input: RegisterFacilityInput!) {
  registerFacility(input: $input) { id name taxCode address status setting adminUnit { name } sector { code highRisk } highRiskSector location { latitude longitude } }
}`;

const valid = {
  name: 'Công ty TNHH Dệt Nhuộm Vạn Phúc',
  taxCode: '0108765406',
  address: 'Số 12 đường Vạn Phúc, phường Hà Đông, Hà Nội',
  adminUnitCode: '09556',
  sectorCode: '1313',
  startedOperationOn: '2019-04-01',
  location: { latitude: 20.9786, longitude: 105.7731 },
};

async function refusal(run: Promise<unknown>) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClientError);
  return (error as ClientError).response.errors?.[0];
}

describe('registerFacility', () => {
  let hub: TestStack;
  let donre: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
  });
  afterAll(() => hub?.close());

  const count = async () =>
    (
      await hub
        .client()
        .request<{ facilities: { totalCount: number } }>('{ facilities { totalCount } }')
    ).facilities.totalCount;

  it('registers a facility for DONRE and returns it as the registry now holds it', async () => {
    const data = await hub
      .client(donre)
      .request<{ registerFacility: Record<string, unknown> }>(REGISTER, {
        input: valid,
      });
    expect(data.registerFacility).toMatchObject({
      name: valid.name,
      taxCode: valid.taxCode,
      status: 'OPERATING',
      setting: 'STANDALONE',
      adminUnit: { name: 'Phường Hà Đông' },
      sector: { code: '1313', highRisk: true },
      highRiskSector: true,
      location: valid.location,
    });
    const id = data.registerFacility.id as string;
    const read = await hub
      .client()
      .request<{ facility: { name: string } }>('query ($id: ID!) { facility(id: $id) { name } }', {
        id,
      });
    expect(read.facility.name).toBe(valid.name);
    expect(await count()).toBe(seed.facilities.length + 1);
  });

  it('refuses the same tax code at the same address as CONFLICT and writes nothing', async () => {
    const before = await count();
    const error = await refusal(hub.client(donre).request(REGISTER, { input: valid }));
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.taxCode' });
    expect(await count()).toBe(before);
  });

  it.each([
    ['in capitals', valid.address.toUpperCase()],
    ['with runs of spaces and a tab', valid.address.replace(/ /g, '  ').replace(', ', ',\t')],
    ['with leading spaces, a trailing full stop and spaces', `  ${valid.address}. `],
    ['with a trailing semicolon and ellipsis', `${valid.address};…`],
    ['typed with combining marks (NFD)', valid.address.normalize('NFD')],
    ['with no-break spaces', valid.address.replace(/ /g, '\u00a0')],
  ])('refuses the same address written %s as CONFLICT, writing nothing', async (_, address) => {
    expect(address).not.toBe(valid.address);
    const before = await count();
    const error = await refusal(
      hub.client(donre).request(REGISTER, { input: { ...valid, name: 'Công ty khác', address } }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.taxCode' });
    expect(error?.message).toMatch(/dấu câu ở cuối.* \/ .*trailing punctuation/);
    expect(await count()).toBe(before);
  });

  it('registers the same tax code at an address that differs in more than its spelling', async () => {
    const before = await count();
    await hub.client(donre).request(REGISTER, {
      input: { ...valid, address: valid.address.replace('Số 12', 'Số 14') },
    });
    expect(await count()).toBe(before + 1);
  });

  it("lets a facility restyle its own address, and refuses a move onto its sibling's", async () => {
    const UPDATE = `mutation ($input: UpdateFacilityInput!) { updateFacility(input: $input) { address } }`;
    const { facilities } = await hub.client(donre).request<{
      facilities: { edges: Array<{ node: { id: string; address: string } }> };
    }>(
      `query ($search: String!) { facilities(filter: { search: $search }, first: 5) { edges { node { id address } } } }`,
      { search: valid.taxCode },
    );
    const original = facilities.edges.find((e) => e.node.address === valid.address)?.node;
    const sibling = facilities.edges.find((e) => e.node.address !== valid.address)?.node;
    if (!original || !sibling)
      throw new Error('both facilities of the tax code were registered above');
    const restyled = `${valid.address.toUpperCase()}.`;
    const data = await hub.client(donre).request<{ updateFacility: { address: string } }>(UPDATE, {
      input: { id: original.id, address: restyled },
    });
    expect(data.updateFacility.address).toBe(restyled);
    const error = await refusal(
      hub.client(donre).request(UPDATE, {
        input: { id: sibling.id, address: ` ${valid.address.toLowerCase()} ` },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.taxCode' });
  });

  it.each([
    ['a tax code with a wrong check digit', { taxCode: '0108765407' }, 'input.taxCode'],
    ['a branch suffix of two digits', { taxCode: '0108765406-01' }, 'input.taxCode'],
    ['an unknown administrative unit', { adminUnitCode: '999' }, 'input.adminUnitCode'],
    ['a sector outside VSIC 2018', { sectorCode: '9999' }, 'input.sectorCode'],
    [
      'a start of operation in the future',
      { startedOperationOn: '2999-01-01' },
      'input.startedOperationOn',
    ],
    [
      'a location outside Hanoi',
      { location: { latitude: 10.77, longitude: 106.7 } },
      'input.location.latitude',
    ],
  ])('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const before = await count();
    const error = await refusal(
      hub.client(donre).request(REGISTER, {
        input: { ...valid, address: `${valid.address} (${field})`, ...change },
      }),
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(/ \/ /); // Vietnamese / English
    expect(await count()).toBe(before);
  });

  it.each(['POLICE', 'HIZA', 'CITY'] as const)('refuses a %s token as FORBIDDEN', async (role) => {
    const error = await refusal(
      hub.client(await testToken({ role })).request(REGISTER, {
        input: { ...valid, address: `${valid.address}, ${role}` },
      }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses the public as FORBIDDEN', async () => {
    const error = await refusal(
      hub.client().request(REGISTER, { input: { ...valid, address: 'x, public' } }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});
