import { generateHanoiSeed } from '@ipc-hub/seed';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';
import { refusedWrite } from './support/zoneRecords';

const seed = generateHanoiSeed();
const zoneId = (code: string) => {
  const zone = seed.zones.find((z) => z.code === code);
  if (!zone) throw new Error(`no zone ${code}`);
  return zone.id;
};
const standalone = seed.facilities.filter((f) => f.setting === 'STANDALONE');
const tenant = (code: string, index = 0) => {
  const tenancy = seed.zoneTenancies.filter((t) => t.zoneId === zoneId(code))[index];
  if (!tenancy) throw new Error(`no tenant ${index} of ${code}`);
  return tenancy;
};

const TENANCY = 'zone { code } facility { id name } investmentCertificate connectedToPlant since';
const ADMIT = `mutation ($input: AdmitZoneTenantInput!) { admitZoneTenant(input: $input) { ${TENANCY} } }`;
const UPDATE = `mutation ($input: UpdateZoneTenancyInput!) { updateZoneTenancy(input: $input) { ${TENANCY} } }`;

describe('zone tenants through the gateway', () => {
  let hub: TestStack;
  let hiza: string;
  beforeAll(async () => {
    hub = await startHub();
    hiza = await testToken({ role: 'HIZA' });
  });
  afterAll(() => hub?.close());

  const refused = (query: string, input: Record<string, unknown>) =>
    refusedWrite(hub, hiza, query, input);

  it('admits a facility of the registry into a zone; every agency then sees it there', async () => {
    const facility = standalone[0];
    const { admitZoneTenant } = await hub
      .client(hiza)
      .request<{ admitZoneTenant: unknown }>(ADMIT, {
        input: {
          zoneId: zoneId('QUANGMINH'),
          facilityId: facility?.id,
          investmentCertificate: 'Giấy chứng nhận đăng ký đầu tư số 0000000001',
          connectedToPlant: true,
          since: '2026-03-01',
        },
      });
    expect(admitZoneTenant).toEqual({
      zone: { code: 'QUANGMINH' },
      facility: { id: facility?.id, name: facility?.name },
      investmentCertificate: 'Giấy chứng nhận đăng ký đầu tư số 0000000001',
      connectedToPlant: true,
      since: '2026-03-01',
    });
    const read = await hub
      .client()
      .request<{ facility: { zone: { code: string } } }>(
        'query ($id: ID!) { facility(id: $id) { zone { code } } }',
        { id: facility?.id },
      );
    expect(read.facility.zone.code).toBe('QUANGMINH');
  });

  it('records that a tenant has connected its wastewater to the central plant', async () => {
    const { facilityId } = tenant('THANGLONG', 3);
    const { updateZoneTenancy } = await hub
      .client(hiza)
      .request<{ updateZoneTenancy: Record<string, unknown> }>(UPDATE, {
        input: { facilityId, connectedToPlant: true, investmentCertificate: 'GCNĐT số 0123/2026' },
      });
    expect(updateZoneTenancy).toMatchObject({
      zone: { code: 'THANGLONG' },
      connectedToPlant: true,
      investmentCertificate: 'GCNĐT số 0123/2026',
      since: tenant('THANGLONG', 3).since,
    });
  });

  it.each([
    [
      'a facility DONRE does not know',
      { facilityId: '00000000-0000-4000-8000-000000000001' },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'an id that is not a facility id',
      { facilityId: 'abc' },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a facility already a tenant of a zone',
      { facilityId: tenant('NOIBAI').facilityId },
      'CONFLICT',
      'input.facilityId',
    ],
    ['a zone that is only planned', { zoneId: zoneId('SACHSOCSON') }, 'CONFLICT', 'input.zoneId'],
    [
      'a connection where the central plant is not operating',
      { zoneId: zoneId('HOTRONAMHANOI'), connectedToPlant: true },
      'BAD_USER_INPUT',
      'input.connectedToPlant',
    ],
    [
      'a tenancy that begins in the future',
      { since: '2999-01-01' },
      'BAD_USER_INPUT',
      'input.since',
    ],
    [
      'an investment certificate recorded for another tenant',
      { investmentCertificate: tenant('NOIBAI').investmentCertificate },
      'CONFLICT',
      'input.investmentCertificate',
    ],
    [
      'a zone that does not exist',
      { zoneId: '00000000-0000-4000-8000-000000000002' },
      'NOT_FOUND',
      'input.zoneId',
    ],
  ])('refuses to admit %s, writing nothing', async (_, change, code, field) => {
    const input = { zoneId: zoneId('PHUNGHIA'), facilityId: standalone[1]?.id, ...change };
    expect(await refused(ADMIT, input)).toMatchObject({ code, field });
  });

  it.each([
    [
      'a facility that is no tenant',
      { facilityId: standalone[2]?.id },
      'NOT_FOUND',
      'input.facilityId',
    ],
    [
      'a connection where the central plant is not operating',
      { facilityId: tenant('HOTRONAMHANOI').facilityId, connectedToPlant: true },
      'BAD_USER_INPUT',
      'input.connectedToPlant',
    ],
    [
      'a null connection',
      { facilityId: tenant('THANGLONG', 5).facilityId, connectedToPlant: null },
      'BAD_USER_INPUT',
      'input.connectedToPlant',
    ],
  ])('refuses to update %s, writing nothing', async (_, input, code, field) => {
    expect(await refused(UPDATE, input)).toMatchObject({ code, field });
  });
});
