import { ALL_RECORDS_ROLES } from '@ipc-hub/registry';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal } from '../support/refusal';
import { startHub } from '../support/startHub';
import { zoneRecords } from './support/zoneRecords';

const seed = generateHanoiSeed();
const own = generateZonesSeed(seed);
const zoneId = (code: string) => seed.zones.find((z) => z.code === code)?.id;
const tenant = seed.zoneTenancies.find((t) => t.zoneId === zoneId('THANGLONG'));
const outsider = seed.facilities.find((f) => f.setting === 'STANDALONE');

/** One valid write of every kind the Board makes: refused only for who sends it. */
const WRITES: Array<[name: string, mutation: string, input: Record<string, unknown>]> = [
  [
    'createZone',
    'mutation ($input: CreateZoneInput!) { createZone(input: $input) { id } }',
    { code: 'KIMHOA', name: 'Kim Hoa', kind: 'INDUSTRIAL_ZONE', adminUnitCode: '09022' },
  ],
  [
    'updateZone',
    'mutation ($input: UpdateZoneInput!) { updateZone(input: $input) { id } }',
    { id: zoneId('THANGLONG'), name: 'Thăng Long I', areaHa: 300 },
  ],
  [
    'setZoneWastewaterPlant',
    'mutation ($input: SetZoneWastewaterPlantInput!) { setZoneWastewaterPlant(input: $input) { id } }',
    {
      zoneId: zoneId('NAMTHANGLONG'),
      status: 'OPERATING',
      capacityM3PerDay: 9999,
      compliant: true,
      autoMonitoring: true,
    },
  ],
  [
    'setZoneWastewaterPlantDeadline',
    'mutation ($input: SetZoneWastewaterPlantDeadlineInput!) { setZoneWastewaterPlantDeadline(input: $input) { id } }',
    { zoneId: zoneId('QUANGMINH'), dueBy: '2027-06-30', decision: 'Quyết định 1/QĐ-BQL' },
  ],
  [
    'admitZoneTenant',
    'mutation ($input: AdmitZoneTenantInput!) { admitZoneTenant(input: $input) { since } }',
    { zoneId: zoneId('QUANGMINH'), facilityId: outsider?.id, since: '2026-01-05' },
  ],
  [
    'updateZoneTenancy',
    'mutation ($input: UpdateZoneTenancyInput!) { updateZoneTenancy(input: $input) { since } }',
    { facilityId: tenant?.facilityId, connectedToPlant: !tenant?.connectedToPlant },
  ],
  [
    'registerInvestmentProject',
    'mutation ($input: RegisterInvestmentProjectInput!) { registerInvestmentProject(input: $input) { id } }',
    {
      zoneId: zoneId('PHUNGHIA'),
      investor: 'Công ty Cổ phần Cơ khí Phú Nghĩa',
      name: 'Dự án nhà máy gia công cơ khí',
      sectorCode: '2592',
      registeredOn: '2026-02-02',
      inLineWithPlanning: true,
    },
  ],
  [
    'updateInvestmentProject',
    'mutation ($input: UpdateInvestmentProjectInput!) { updateInvestmentProject(input: $input) { id } }',
    { id: own.investmentProjects[0]?.id, name: 'Dự án đổi tên' },
  ],
];

type Role = Parameters<typeof testToken>[0]['role'];
/** every role that reads all records but HIZA, and the public */
const OTHERS: Array<Role | 'PUBLIC'> = [
  ...ALL_RECORDS_ROLES.filter((role) => role !== 'HIZA'),
  'PUBLIC',
];

describe('who may write zone data', () => {
  let hub: TestStack;
  let hiza: string;
  beforeAll(async () => {
    hub = await startHub();
    hiza = await testToken({ role: 'HIZA' });
  });
  afterAll(() => hub?.close());

  describe.each(OTHERS)('a %s caller', (role) => {
    it.each(WRITES)(
      'is refused %s as FORBIDDEN, and nothing is written',
      async (_, mutation, input) => {
        const token = role === 'PUBLIC' ? undefined : await testToken({ role });
        const before = await zoneRecords(hub, hiza);
        const error = await refusal(hub.client(token).request(mutation, { input }));
        expect(error?.extensions?.code).toBe('FORBIDDEN');
        expect(await zoneRecords(hub, hiza)).toEqual(before);
      },
    );
  });

  it('lets HIZA make each of the same writes', async () => {
    for (const [name, mutation, input] of WRITES) {
      const data = await hub.client(hiza).request<Record<string, unknown>>(mutation, { input });
      // the record came back, every selected field filled
      expect(
        Object.values(data[name] as Record<string, unknown>).filter((v) => v == null),
        name,
      ).toEqual([]);
      expect(Object.keys(data[name] as Record<string, unknown>), name).toHaveLength(1);
    }
  });
});
