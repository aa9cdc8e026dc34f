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

const ZONE_FIELDS = `id code name kind adminUnit { code name } areaHa status developer occupancyPercent
  tenantCount wastewaterPlant { status capacityM3PerDay commissionedOn compliant autoMonitoring deadline { dueBy decision setOn met } }`;
const CREATE = `mutation ($input: CreateZoneInput!) { createZone(input: $input) { ${ZONE_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateZoneInput!) { updateZone(input: $input) { ${ZONE_FIELDS} } }`;
const SET_PLANT = `mutation ($input: SetZoneWastewaterPlantInput!) { setZoneWastewaterPlant(input: $input) { ${ZONE_FIELDS} } }`;
const SET_DEADLINE = `mutation ($input: SetZoneWastewaterPlantDeadlineInput!) { setZoneWastewaterPlantDeadline(input: $input) { ${ZONE_FIELDS} } }`;

const newZone = {
  code: 'PHUCUONG',
  name: 'Khu công nghiệp Phù Cường',
  kind: 'INDUSTRIAL_ZONE',
  adminUnitCode: '00376',
  areaHa: 150.5,
  status: 'UNDER_CONSTRUCTION',
  developer: 'Công ty Cổ phần Phát triển hạ tầng Phù Cường',
  occupancyPercent: 0,
};

describe('zone mutations through the gateway', () => {
  let hub: TestStack;
  let hiza: string;
  beforeAll(async () => {
    hub = await startHub();
    hiza = await testToken({ role: 'HIZA' });
  });
  afterAll(() => hub?.close());

  const refused = (query: string, input: Record<string, unknown>) =>
    refusedWrite(hub, hiza, query, input);

  describe('createZone', () => {
    it('creates a zone for HIZA, in a district DONRE knows, and lists it', async () => {
      const { createZone } = await hub
        .client(hiza)
        .request<{ createZone: Record<string, unknown> }>(CREATE, { input: newZone });
      expect(createZone).toMatchObject({
        code: 'PHUCUONG',
        name: newZone.name,
        kind: 'INDUSTRIAL_ZONE',
        adminUnit: { code: '00376', name: 'Xã Sóc Sơn' },
        areaHa: 150.5,
        status: 'UNDER_CONSTRUCTION',
        occupancyPercent: 0,
        tenantCount: 0,
        wastewaterPlant: {
          status: 'NONE',
          capacityM3PerDay: null,
          commissionedOn: null,
          compliant: false,
          autoMonitoring: false,
          deadline: null,
        },
      });
      const { zones } = await hub
        .client()
        .request<{ zones: { totalCount: number; edges: Array<{ node: { code: string } }> } }>(
          '{ zones(first: 50, filter: { adminUnitCode: "016" }) { totalCount edges { node { code } } } }',
        );
      expect(zones.edges.map((e) => e.node.code)).toContain('PHUCUONG');
    });

    it('defaults a zone with only the fields the contract fixes to PLANNED', async () => {
      const { createZone } = await hub
        .client(hiza)
        .request<{ createZone: { status: string } }>(CREATE, {
          input: {
            code: 'DONGANH2',
            name: 'Đông Anh mở rộng',
            kind: 'EXPORT_PROCESSING_ZONE',
            adminUnitCode: '00454',
          },
        });
      expect(createZone).toMatchObject({ status: 'PLANNED', areaHa: null, developer: null });
    });

    it('refuses a code already used as CONFLICT, writing nothing', async () => {
      expect(await refused(CREATE, { ...newZone, code: 'THANGLONG' })).toMatchObject({
        code: 'CONFLICT',
        field: 'input.code',
      });
    });

    it.each([
      ['a negative area', { areaHa: -12 }, 'input.areaHa'],
      ['a zero area', { areaHa: 0 }, 'input.areaHa'],
      ['an unknown administrative unit', { adminUnitCode: '999' }, 'input.adminUnitCode'],
      ['the city itself as the unit', { adminUnitCode: '01' }, 'input.adminUnitCode'],
      ['a code with spaces and accents', { code: 'Phù Cường' }, 'input.code'],
      ['an occupancy over 100 %', { occupancyPercent: 120 }, 'input.occupancyPercent'],
      ['an empty name', { name: ' ' }, 'input.name'],
    ])(
      'refuses %s as BAD_USER_INPUT naming the field, writing nothing',
      async (_, change, field) => {
        expect(await refused(CREATE, { ...newZone, code: 'REFUSED1', ...change })).toMatchObject({
          code: 'BAD_USER_INPUT',
          field,
        });
      },
    );
  });

  describe('updateZone', () => {
    it('changes what it is given, clears what is set to null and keeps the rest', async () => {
      const { updateZone } = await hub
        .client(hiza)
        .request<{ updateZone: Record<string, unknown> }>(UPDATE, {
          input: { id: zoneId('NOIBAI'), name: 'Nội Bài (mở rộng)', areaHa: 130, developer: null },
        });
      expect(updateZone).toMatchObject({
        code: 'NOIBAI',
        name: 'Nội Bài (mở rộng)',
        areaHa: 130,
        developer: null,
        status: 'OPERATING',
        occupancyPercent: 100,
        adminUnit: { code: seed.zones.find((z) => z.code === 'NOIBAI')?.adminUnitCode },
      });
    });

    it('moves a zone to another commune DONRE knows', async () => {
      const { updateZone } = await hub
        .client(hiza)
        .request<{ updateZone: { adminUnit: { name: string } } }>(UPDATE, {
          input: { id: zoneId('DONGANH'), adminUnitCode: '09022' },
        });
      expect(updateZone.adminUnit.name).toBe('Xã Mê Linh');
    });

    it.each([
      ['a negative area', { areaHa: -1 }, 'BAD_USER_INPUT', 'input.areaHa'],
      ['an unknown unit', { adminUnitCode: '998' }, 'BAD_USER_INPUT', 'input.adminUnitCode'],
      ['a null name', { name: null }, 'BAD_USER_INPUT', 'input.name'],
      ['the code of another zone', { code: 'QUANGMINH' }, 'CONFLICT', 'input.code'],
      ['going back to PLANNED with tenants', { status: 'PLANNED' }, 'CONFLICT', 'input.status'],
    ])('refuses %s, writing nothing', async (_, change, code, field) => {
      expect(await refused(UPDATE, { id: zoneId('THANGLONG'), ...change })).toMatchObject({
        code,
        field,
      });
    });

    it('answers NOT_FOUND for a zone that does not exist', async () => {
      expect(
        await refused(UPDATE, { id: '00000000-0000-4000-8000-000000000000', name: 'Không có' }),
      ).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
    });
  });

  describe('setZoneWastewaterPlant', () => {
    it('records a plant as the contract fixes the input, commissioned on a day in the past', async () => {
      const { setZoneWastewaterPlant } = await hub
        .client(hiza)
        .request<{ setZoneWastewaterPlant: { wastewaterPlant: unknown } }>(SET_PLANT, {
          input: {
            zoneId: zoneId('NAMTHANGLONG'),
            status: 'OPERATING',
            capacityM3PerDay: 3000,
            compliant: true,
            autoMonitoring: true,
            commissionedOn: '2010-04-01',
          },
        });
      expect(setZoneWastewaterPlant.wastewaterPlant).toEqual({
        status: 'OPERATING',
        capacityM3PerDay: 3000,
        commissionedOn: '2010-04-01',
        compliant: true,
        autoMonitoring: true,
        deadline: null,
      });
    });

    it('keeps an operating plant’s commissioning date when the input leaves it out', async () => {
      const { setZoneWastewaterPlant } = await hub
        .client(hiza)
        .request<{ setZoneWastewaterPlant: { wastewaterPlant: Record<string, unknown> } }>(
          SET_PLANT,
          {
            input: {
              zoneId: zoneId('SAIDONGB'),
              status: 'OPERATING',
              capacityM3PerDay: 3200,
              compliant: false,
              autoMonitoring: true,
            },
          },
        );
      expect(setZoneWastewaterPlant.wastewaterPlant).toMatchObject({
        commissionedOn: '2013-06-25',
        compliant: false,
        deadline: { dueBy: '2013-05-31', met: false },
      });
    });

    it('lets a zone with no plant yet start building one', async () => {
      const { setZoneWastewaterPlant } = await hub
        .client(hiza)
        .request<{ setZoneWastewaterPlant: { wastewaterPlant: Record<string, unknown> } }>(
          SET_PLANT,
          {
            input: {
              zoneId: zoneId('PHUNGHIEP'),
              status: 'UNDER_CONSTRUCTION',
              capacityM3PerDay: 2500,
              compliant: false,
              autoMonitoring: false,
            },
          },
        );
      expect(setZoneWastewaterPlant.wastewaterPlant).toMatchObject({
        status: 'UNDER_CONSTRUCTION',
        capacityM3PerDay: 2500,
        commissionedOn: null,
      });
    });

    const plant = {
      zoneId: zoneId('PHUNGHIA'),
      status: 'OPERATING',
      capacityM3PerDay: 2000,
      compliant: true,
      autoMonitoring: false,
    };
    it.each([
      [
        'a capacity without a plant',
        { status: 'NONE', compliant: false, capacityM3PerDay: 500 },
        'input.capacityM3PerDay',
      ],
      [
        'automatic monitoring without a plant',
        { status: 'NONE', compliant: false, capacityM3PerDay: null, autoMonitoring: true },
        'input.autoMonitoring',
      ],
      [
        'a plant under construction that meets the standard',
        { status: 'UNDER_CONSTRUCTION' },
        'input.compliant',
      ],
      [
        'a commissioning date for a plant not operating',
        { status: 'UNDER_CONSTRUCTION', compliant: false, commissionedOn: '2012-08-20' },
        'input.commissionedOn',
      ],
      [
        'a commissioning date in the future',
        { commissionedOn: '2999-01-01' },
        'input.commissionedOn',
      ],
      ['a negative capacity', { capacityM3PerDay: -2000 }, 'input.capacityM3PerDay'],
    ])(
      'refuses %s as BAD_USER_INPUT naming the field, writing nothing',
      async (_, change, field) => {
        expect(await refused(SET_PLANT, { ...plant, ...change })).toMatchObject({
          code: 'BAD_USER_INPUT',
          field,
        });
      },
    );

    it('answers NOT_FOUND for a zone that does not exist', async () => {
      expect(
        await refused(SET_PLANT, { ...plant, zoneId: '00000000-0000-4000-8000-000000000000' }),
      ).toMatchObject({ code: 'NOT_FOUND', field: 'input.zoneId' });
    });
  });

  describe('setZoneWastewaterPlantDeadline', () => {
    it('records a deadline a decision set, and whether the plant met it', async () => {
      const { setZoneWastewaterPlantDeadline } = await hub
        .client(hiza)
        .request<{ setZoneWastewaterPlantDeadline: { wastewaterPlant: { deadline: unknown } } }>(
          SET_DEADLINE,
          {
            input: {
              zoneId: zoneId('HOTRONAMHANOI'),
              dueBy: '2099-12-31',
              decision: 'Quyết định số 123/QĐ-BQL ngày 02/01/2026',
              setOn: '2026-01-02',
            },
          },
        );
      expect(setZoneWastewaterPlantDeadline.wastewaterPlant.deadline).toEqual({
        dueBy: '2099-12-31',
        decision: 'Quyết định số 123/QĐ-BQL ngày 02/01/2026',
        setOn: '2026-01-02',
        met: null,
      });
    });

    it('refuses a decision issued after the deadline it sets, writing nothing', async () => {
      expect(
        await refused(SET_DEADLINE, {
          zoneId: zoneId('QUANGMINH'),
          dueBy: '2013-05-31',
          decision: 'Kế hoạch 75/KH-UBND',
          setOn: '2014-01-01',
        }),
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.setOn' });
    });
  });
});
