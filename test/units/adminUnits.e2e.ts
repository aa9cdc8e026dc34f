import type { TestStack } from '@ipc-hub/testing';
import { HANOI_UNITS } from '@ipc-hub/units';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

interface Unit {
  code: string;
  name: string;
  kind: string;
  level: string;
  validFrom: string;
  validTo: string | null;
  parent: { code: string } | null;
  formedFrom: Array<{ code: string; name: string }>;
  successors: Array<{ code: string; name: string; validFrom: string }>;
}
interface UnitsAnswer {
  adminUnits: { totalCount: number; edges: Array<{ node: Unit }> };
}

const UNIT_FIELDS =
  'code name kind level validFrom validTo parent { code } formedFrom { code name } successors { code name validFrom }';

describe("Hanoi's units after the reform of 1 July 2025, through the gateway", () => {
  let hub: TestStack;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  const unitsOn = (at: string | null) =>
    hub
      .client()
      .request<UnitsAnswer>(
        `query ($at: Date) { adminUnits(filter: { at: $at, level: COMMUNE }, first: 200) { totalCount edges { node { ${UNIT_FIELDS} } } } }`,
        { at },
      );

  it('answers the 126 communes and wards (51 phường, 75 xã) with their official codes, in force from 1/7/2025', async () => {
    const { adminUnits } = await unitsOn('2025-07-01');
    expect(adminUnits.totalCount).toBe(126);
    const nodes = adminUnits.edges.map((e) => e.node);
    const expected = HANOI_UNITS.filter((u) => u.level === 'COMMUNE');
    expect(nodes.map((n) => [n.code, n.name]).sort()).toEqual(
      expected.map((u) => [u.code, u.name]).sort(),
    );
    expect(nodes.filter((n) => n.kind === 'phường')).toHaveLength(51);
    expect(nodes.filter((n) => n.kind === 'xã')).toHaveLength(75);
    for (const n of nodes) {
      expect(n.code).toMatch(/^\d{5}$/);
      expect(n).toMatchObject({ validFrom: '2025-07-01', validTo: null, parent: { code: '01' } });
    }
    expect(nodes.find((n) => n.code === '00070')?.name).toBe('Phường Hoàn Kiếm');
    expect(nodes.find((n) => n.code === '00454')?.name).toBe('Xã Đông Anh');
  });

  it('answers the units in force today when no day is given: communes, no district', async () => {
    const data = await hub
      .client()
      .request<UnitsAnswer>(
        '{ adminUnits(first: 200) { totalCount edges { node { code level validTo } } } }',
      );
    const levels = new Set(data.adminUnits.edges.map((e) => e.node.level));
    expect(levels).toEqual(new Set(['PROVINCE', 'COMMUNE']));
    expect(data.adminUnits.totalCount).toBe(127);
    expect(data.adminUnits.edges.every((e) => e.node.validTo === null)).toBe(true);
  });

  it('answers the 30 districts and no commune on a day before the reform', async () => {
    const before = await unitsOn('2025-06-30');
    expect(before.adminUnits.totalCount).toBe(0);
    const districts = await hub
      .client()
      .request<UnitsAnswer>(
        '{ adminUnits(filter: { at: "2019-05-10", level: DISTRICT }, first: 50) { totalCount edges { node { code validTo } } } }',
      );
    expect(districts.adminUnits.totalCount).toBe(30);
    expect(districts.adminUnits.edges.every((e) => e.node.validTo === '2025-06-30')).toBe(true);
  });

  it('links a former district to its successor communes, and a commune to the districts it was formed from', async () => {
    // units are public: a caller without a token reads them too
    const client = hub.client();
    const data = await client.request<{ dongAnh: Unit; meLinh: Unit; hoanKiem: Unit }>(
      `{ dongAnh: adminUnit(code: "017") { ${UNIT_FIELDS} }
         meLinh: adminUnit(code: "09022") { ${UNIT_FIELDS} }
         hoanKiem: adminUnit(code: "00070") { ${UNIT_FIELDS} } }`,
    );
    expect(data.dongAnh).toMatchObject({
      name: 'Đông Anh',
      level: 'DISTRICT',
      validTo: '2025-06-30',
    });
    expect(data.dongAnh.formedFrom).toEqual([]);
    expect(data.dongAnh.successors.map((s) => s.code).sort()).toEqual(
      ['00454', '00466', '00475', '00493', '00508', '09022'].sort(),
    );
    expect(data.dongAnh.successors.every((s) => s.validFrom === '2025-07-01')).toBe(true);
    expect(data.meLinh.formedFrom.map((d) => d.name)).toEqual([
      'Mê Linh',
      'Đan Phượng',
      'Đông Anh',
    ]);
    expect(data.meLinh.successors).toEqual([]);
    expect(data.hoanKiem.formedFrom.map((d) => d.code)).toEqual(['002', '001']);
  });
});
