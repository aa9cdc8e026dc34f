import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateZonesSeed } from '@ipc-hub/seed/zones';
import { type TestStack, testToken } from '@ipc-hub/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';
import { refusedWrite } from './support/zoneRecords';

const seed = generateHanoiSeed();
const own = generateZonesSeed(seed);
const zoneId = (code: string) => {
  const zone = seed.zones.find((z) => z.code === code);
  if (!zone) throw new Error(`no zone ${code}`);
  return zone.id;
};
const tenantsOf = (code: string) => seed.zoneTenancies.filter((t) => t.zoneId === zoneId(code));
const pending = own.investmentProjects.filter((p) => p.status === 'UNDER_CONSTRUCTION');

const PROJECT = `id investor name sectorCode registeredOn investmentCertificate capitalVnd inLineWithPlanning
  planningNote status operatingSince zone { code name } facility { id name }`;
const REGISTER = `mutation ($input: RegisterInvestmentProjectInput!) { registerInvestmentProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation ($input: UpdateInvestmentProjectInput!) { updateInvestmentProject(input: $input) { ${PROJECT} } }`;

const valid = {
  zoneId: zoneId('THACHTHATQUOCOAI'),
  investor: 'Công ty TNHH Điện tử Phùng Xá',
  name: 'Dự án nhà máy sản xuất linh kiện điện tử Phùng Xá',
  sectorCode: '2610',
  registeredOn: '2026-05-04',
  investmentCertificate: 'Giấy chứng nhận đăng ký đầu tư số 9990000001',
  capitalVnd: '450000000000',
  inLineWithPlanning: true,
};

describe('investment projects through the gateway', () => {
  let hub: TestStack;
  let hiza: string;
  beforeAll(async () => {
    hub = await startHub();
    hiza = await testToken({ role: 'HIZA' });
  });
  afterAll(() => hub?.close());

  const refused = (query: string, input: Record<string, unknown>) =>
    refusedWrite(hub, hiza, query, input);

  it('registers a project that has not started, with its capital exact to the đồng', async () => {
    const { registerInvestmentProject } = await hub
      .client(hiza)
      .request<{ registerInvestmentProject: Record<string, unknown> }>(REGISTER, { input: valid });
    expect(registerInvestmentProject).toMatchObject({
      investor: valid.investor,
      capitalVnd: '450000000000',
      status: 'REGISTERED',
      inLineWithPlanning: true,
      planningNote: null,
      facility: null,
      operatingSince: null,
      zone: { code: 'THACHTHATQUOCOAI', name: 'Thạch Thất - Quốc Oai' },
    });
    const id = registerInvestmentProject.id as string;
    const read = await hub
      .client(hiza)
      .request<{ investmentProject: { name: string } }>(
        'query ($id: ID!) { investmentProject(id: $id) { name } }',
        { id },
      );
    expect(read.investmentProject.name).toBe(valid.name);
  });

  it('registers an operating project with the tenant facility that runs it, named by DONRE', async () => {
    const [tenancy] = tenantsOf('NOIBAI');
    const facility = seed.facilities.find((f) => f.id === tenancy?.facilityId);
    const { registerInvestmentProject } = await hub
      .client(hiza)
      .request<{ registerInvestmentProject: Record<string, unknown> }>(REGISTER, {
        input: {
          ...valid,
          zoneId: zoneId('NOIBAI'),
          investmentCertificate: 'Giấy chứng nhận đăng ký đầu tư số 9990000002',
          registeredOn: '2020-02-03',
          status: 'OPERATING',
          facilityId: facility?.id,
          operatingSince: '2021-06-01',
          inLineWithPlanning: false,
          planningNote: 'Vị trí lô đất không phù hợp quy hoạch chi tiết tỷ lệ 1/2000 của khu',
        },
      });
    expect(registerInvestmentProject).toMatchObject({
      status: 'OPERATING',
      facility: { id: facility?.id, name: facility?.name },
      operatingSince: '2021-06-01',
      inLineWithPlanning: false,
    });
  });

  it('follows a project under construction until it operates, and finds it from its facility', async () => {
    const project = pending.find(
      (p) => p.zoneId === zoneId('THANGLONG') && p.registeredOn < '2026-01-01',
    );
    const facilityId = tenantsOf('THANGLONG')[7]?.facilityId;
    const { updateInvestmentProject } = await hub
      .client(hiza)
      .request<{ updateInvestmentProject: Record<string, unknown> }>(UPDATE, {
        input: { id: project?.id, status: 'OPERATING', facilityId, operatingSince: '2026-09-01' },
      });
    expect(updateInvestmentProject).toMatchObject({
      id: project?.id,
      name: project?.name,
      status: 'OPERATING',
      facility: { id: facilityId },
      operatingSince: '2026-09-01',
    });
    const read = await hub
      .client(hiza)
      .request<{ facility: { investmentProjects: Array<{ id: string }> } }>(
        'query ($id: ID!) { facility(id: $id) { investmentProjects { id } } }',
        { id: facilityId },
      );
    expect(read.facility.investmentProjects.map((p) => p.id)).toContain(project?.id);
  });

  it('clears the reason once a project is found in line with the planning', async () => {
    const project = own.investmentProjects.find((p) => !p.inLineWithPlanning);
    const { updateInvestmentProject } = await hub
      .client(hiza)
      .request<{ updateInvestmentProject: Record<string, unknown> }>(UPDATE, {
        input: { id: project?.id, inLineWithPlanning: true },
      });
    expect(updateInvestmentProject).toMatchObject({ inLineWithPlanning: true, planningNote: null });
  });

  it.each([
    [
      'an operating project without its facility',
      { status: 'OPERATING', operatingSince: '2026-06-01' },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a project operating before it was registered',
      {
        status: 'OPERATING',
        facilityId: tenantsOf('THACHTHATQUOCOAI')[0]?.facilityId,
        operatingSince: '2026-01-01',
      },
      'BAD_USER_INPUT',
      'input.operatingSince',
    ],
    [
      'a facility that is no tenant of the project’s zone',
      {
        status: 'OPERATING',
        facilityId: tenantsOf('QUANGMINH')[0]?.facilityId,
        operatingSince: '2026-06-01',
      },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a facility DONRE does not know',
      {
        status: 'OPERATING',
        facilityId: '00000000-0000-4000-8000-000000000003',
        operatingSince: '2026-06-01',
      },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a facility for a project that has not started',
      { facilityId: tenantsOf('THACHTHATQUOCOAI')[0]?.facilityId },
      'BAD_USER_INPUT',
      'input.facilityId',
    ],
    [
      'a project out of line with the planning that does not say why',
      { inLineWithPlanning: false },
      'BAD_USER_INPUT',
      'input.planningNote',
    ],
    ['a capital of nothing', { capitalVnd: '0' }, 'BAD_USER_INPUT', 'input.capitalVnd'],
    [
      'a registration in the future',
      { registeredOn: '2999-01-01' },
      'BAD_USER_INPUT',
      'input.registeredOn',
    ],
    [
      'a sector that is not a VSIC code',
      { sectorCode: '26A' },
      'BAD_USER_INPUT',
      'input.sectorCode',
    ],
    [
      'an investment certificate another project has',
      { investmentCertificate: own.investmentProjects[0]?.investmentCertificate },
      'CONFLICT',
      'input.investmentCertificate',
    ],
    [
      'a zone that does not exist',
      { zoneId: '00000000-0000-4000-8000-000000000004' },
      'NOT_FOUND',
      'input.zoneId',
    ],
  ])('refuses to register %s, writing nothing', async (_, change, code, field) => {
    const input = { ...valid, investmentCertificate: 'GCNĐKĐT số 9990000099', ...change };
    expect(await refused(REGISTER, input)).toMatchObject({ code, field });
  });

  it.each([
    [
      'an operating project without its facility',
      { status: 'OPERATING', facilityId: null },
      'input.facilityId',
    ],
    ['a start before the registration', { registeredOn: '2026-10-30' }, 'input.operatingSince'],
  ])('refuses an update that leaves %s, writing nothing', async (_, change, field) => {
    const operating = own.investmentProjects.find(
      (p) => p.status === 'OPERATING' && p.operatingSince && p.operatingSince < '2020-01-01',
    );
    expect(await refused(UPDATE, { id: operating?.id, ...change })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it('answers NOT_FOUND for a project that does not exist', async () => {
    expect(
      await refused(UPDATE, { id: '00000000-0000-4000-8000-000000000005', name: 'Không có dự án' }),
    ).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });
});
