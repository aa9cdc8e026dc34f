import { type TestStack, testToken } from '@ipc-hub/testing';
import { hanoiUnit } from '@ipc-hub/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';

const REGISTER = `mutation ($input: RegisterFacilityInput!) {
  registerFacility(input: $input) { id adminUnit { code level } } }`;
const CREATE_ZONE = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { id adminUnit { code } } }`;
const CREATE_CLUSTER = `mutation ($input: CreateClusterInput!) { createCluster(input: $input) { id adminUnit { code } } }`;
const COUNT = '{ facilities(filter: { search: "Cơ khí Thụy Lâm" }) { totalCount } }';

const facility = (adminUnitCode: string) => ({
  name: 'Công ty TNHH Cơ khí Thụy Lâm',
  taxCode: '0109123458',
  address: 'Thôn Đìa, xã Thụy Lâm, Hà Nội',
  adminUnitCode,
  sectorCode: '2592',
});

/** Writes take the unit in force today: a commune since 1/7/2025, never a former district. */
describe('writes that take a unit after the reform, through the gateway', () => {
  let hub: TestStack;
  let donre: string;
  let hiza: string;
  let doit: string;
  beforeAll(async () => {
    hub = await startHub();
    donre = await testToken({ role: 'DONRE' });
    hiza = await testToken({ role: 'HIZA' });
    doit = await testToken({ role: 'DOIT' });
  });
  afterAll(() => hub?.close());

  const successors = hanoiUnit('017')?.successors ?? [];

  function expectEndedDistrict(error: Awaited<ReturnType<typeof refusal>>) {
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.adminUnitCode',
    });
    const text = `${error?.message} ${JSON.stringify(error?.extensions)}`;
    expect(text).toContain('2025-06-30');
    for (const code of successors) expect(text).toContain(code);
    expect(text).toContain('Xã Đông Anh');
    expect(text).toContain('không còn từ ngày 01/07/2025');
    expect(text).toContain('ended on 2025-06-30');
  }

  it('refuses registerFacility with a former district code, naming its successor communes, and writes nothing', async () => {
    expect(successors).toContain('00454');
    const error = await refusal(hub.client(donre).request(REGISTER, { input: facility('017') }));
    expectEndedDistrict(error);
    const { facilities } = await hub
      .client(donre)
      .request<{ facilities: { totalCount: number } }>(COUNT);
    expect(facilities.totalCount).toBe(0);
  });

  it('registers a facility in a commune', async () => {
    const { registerFacility } = await hub
      .client(donre)
      .request<{ registerFacility: { adminUnit: { code: string; level: string } } }>(REGISTER, {
        input: facility('00475'),
      });
    expect(registerFacility.adminUnit).toEqual({ code: '00475', level: 'COMMUNE' });
  });

  it('refuses createZone and createCluster with a former district code the same way', async () => {
    expectEndedDistrict(
      await refusal(
        hub.client(hiza).request(CREATE_ZONE, {
          input: {
            code: 'THUYLAM',
            name: 'Thụy Lâm',
            kind: 'INDUSTRIAL_ZONE',
            adminUnitCode: '017',
          },
        }),
      ),
    );
    expectEndedDistrict(
      await refusal(
        hub.client(doit).request(CREATE_CLUSTER, {
          input: {
            name: 'Thụy Lâm',
            adminUnitCode: '017',
            status: 'PLANNED',
            developer: 'UBND xã Thư Lâm',
            developerKind: 'COMMUNE_COMMITTEE',
          },
        }),
      ),
    );
  });
});
