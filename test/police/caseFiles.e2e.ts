import { generateHanoiSeed } from '@ipc-hub/seed';
import { generatePoliceSeed } from '@ipc-hub/seed/police';
import { type TestStack, testToken } from '@ipc-hub/testing';
import type { GraphQLClient } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal as refusalOf } from '../support/refusal';
import { startHub } from '../support/startHub';
import {
  CHANGE_STATUS,
  OPEN_CASE_FILE,
  RECORD_VIOLATION,
  UPDATE_CASE_FILE,
  VIOLATION,
} from './support/operations';

const seed = generateHanoiSeed();
const police = generatePoliceSeed(seed);
const facility = seed.facilities.find((f) => f.status === 'OPERATING');

const director = {
  fullName: 'Nguyễn Văn Thắng',
  idNumber: '001075012345',
  dateOfBirth: '1975-04-12',
  phone: '0912345678',
};

describe('openCaseFile and updateCaseFile', () => {
  let hub: TestStack;
  let officer: GraphQLClient;
  beforeAll(async () => {
    hub = await startHub();
    officer = hub.client(await testToken({ role: 'POLICE' }));
  });
  afterAll(() => hub?.close());

  async function detected(): Promise<string> {
    const { recordViolation } = await officer.request<{ recordViolation: { id: string } }>(
      RECORD_VIOLATION,
      {
        input: {
          facilityId: facility?.id,
          detectedOn: '2026-05-10',
          category: 'WASTEWATER_EXCEEDANCE',
          legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 19, khoản 6',
          exceedanceFactor: 12.5,
          parameter: 'CN',
        },
      },
    );
    return recordViolation.id;
  }

  const caseFileOf = async (violationId: string) =>
    (
      await officer.request<{ violation: { caseFile: unknown } }>(VIOLATION, {
        id: violationId,
      })
    ).violation.caseFile;

  function opening(violationId: string, change: Record<string, unknown> = {}) {
    return {
      violationId,
      openedOn: '2026-05-20',
      evidence: ['Biên bản kiểm tra ngày 10/05/2026', 'Kết quả phân tích mẫu nước thải'],
      investigatorNotes: 'Xả thải qua đường ống ngầm không qua hệ thống xử lý',
      suspects: [director],
      ...change,
    };
  }

  it("opens a violation's case file with its suspects, read back through the violation", async () => {
    const id = await detected();
    const { openCaseFile } = await officer.request<{ openCaseFile: Record<string, unknown> }>(
      OPEN_CASE_FILE,
      { input: opening(id) },
    );
    expect(openCaseFile).toMatchObject({
      openedOn: '2026-05-20',
      evidence: ['Biên bản kiểm tra ngày 10/05/2026', 'Kết quả phân tích mẫu nước thải'],
      investigatorNotes: 'Xả thải qua đường ống ngầm không qua hệ thống xử lý',
      criminalCaseRef: null,
      violation: { id },
      suspects: [director],
    });
    expect(await caseFileOf(id)).toEqual({
      id: openCaseFile.id,
      evidence: openCaseFile.evidence,
      suspects: [{ fullName: director.fullName }],
    });
  });

  it('adds evidence and suspects after those in the file, and records the prosecution', async () => {
    const id = await detected();
    const { openCaseFile } = await officer.request<{ openCaseFile: { id: string } }>(
      OPEN_CASE_FILE,
      { input: opening(id) },
    );
    const { updateCaseFile } = await officer.request<{ updateCaseFile: Record<string, unknown> }>(
      UPDATE_CASE_FILE,
      {
        input: {
          caseFileId: openCaseFile.id,
          addEvidence: ['Kết luận giám định của Viện Khoa học hình sự'],
          addSuspects: [{ fullName: 'John Carter', idNumber: 'C1234567' }],
          criminalCaseRef: 'Quyết định khởi tố vụ án hình sự số 15/QĐ-CSĐT ngày 01/06/2026',
        },
      },
    );
    expect(updateCaseFile).toEqual({
      id: openCaseFile.id,
      evidence: [
        'Biên bản kiểm tra ngày 10/05/2026',
        'Kết quả phân tích mẫu nước thải',
        'Kết luận giám định của Viện Khoa học hình sự',
      ],
      investigatorNotes: 'Xả thải qua đường ống ngầm không qua hệ thống xử lý',
      criminalCaseRef: 'Quyết định khởi tố vụ án hình sự số 15/QĐ-CSĐT ngày 01/06/2026',
      suspects: [
        { fullName: director.fullName, idNumber: director.idNumber },
        { fullName: 'John Carter', idNumber: 'C1234567' },
      ],
    });
    await officer.request(CHANGE_STATUS, { input: { violationId: id, status: 'PROSECUTED' } });
  });

  it("serves a seeded prosecuted violation's case file", async () => {
    const seeded = police.caseFiles[0];
    const caseFile = (await caseFileOf(seeded?.violationId ?? '')) as {
      evidence: string[];
      suspects: unknown[];
    };
    expect(caseFile.evidence).toEqual(seeded?.evidence);
    expect(caseFile.suspects).toHaveLength(seeded?.suspects.length ?? -1);
  });

  it.each([
    ['an opening before the violation was detected', { openedOn: '2026-05-09' }, 'input.openedOn'],
    ['an opening in the future', { openedOn: '2999-01-01' }, 'input.openedOn'],
    [
      'a citizen id of the wrong length',
      { suspects: [{ ...director, idNumber: '00107501234' }] },
      'input.suspects.0.idNumber',
    ],
    [
      'a phone number that is not Vietnamese',
      { suspects: [{ ...director, phone: '12345' }] },
      'input.suspects.0.phone',
    ],
    [
      'a suspect born after the file was opened',
      { suspects: [director, { fullName: 'Trần Thị Lan', dateOfBirth: '2026-05-25' }] },
      'input.suspects.1.dateOfBirth',
    ],
    ['a suspect without a name', { suspects: [{ fullName: ' ' }] }, 'input.suspects.0.fullName'],
    ['an empty evidence item', { evidence: [''] }, 'input.evidence.0'],
  ])('refuses %s as BAD_USER_INPUT naming the field, writing nothing', async (_, change, field) => {
    const id = await detected();
    const error = await refusalOf(officer.request(OPEN_CASE_FILE, { input: opening(id, change) }));
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(error?.message).toMatch(/ \/ /);
    expect(await caseFileOf(id)).toBeNull();
  });

  it('refuses a second case file for the same violation as CONFLICT', async () => {
    const id = await detected();
    await officer.request(OPEN_CASE_FILE, { input: opening(id) });
    const error = await refusalOf(officer.request(OPEN_CASE_FILE, { input: opening(id) }));
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.violationId' });
  });

  it('refuses a case file for a dismissed violation as CONFLICT', async () => {
    const id = await detected();
    await officer.request(CHANGE_STATUS, { input: { violationId: id, status: 'DISMISSED' } });
    const error = await refusalOf(officer.request(OPEN_CASE_FILE, { input: opening(id) }));
    expect(error?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.violationId' });
    expect(await caseFileOf(id)).toBeNull();
  });

  it('refuses a violation or case file that does not exist as NOT_FOUND', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const open = await refusalOf(officer.request(OPEN_CASE_FILE, { input: opening(missing) }));
    expect(open?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.violationId' });
    const update = await refusalOf(
      officer.request(UPDATE_CASE_FILE, {
        input: { caseFileId: missing, addEvidence: ['Ảnh chụp hiện trường'] },
      }),
    );
    expect(update?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseFileId' });
  });

  it('refuses an update that changes nothing, and a suspect born after the opening', async () => {
    const id = await detected();
    const { openCaseFile } = await officer.request<{ openCaseFile: { id: string } }>(
      OPEN_CASE_FILE,
      { input: opening(id) },
    );
    const empty = await refusalOf(
      officer.request(UPDATE_CASE_FILE, { input: { caseFileId: openCaseFile.id } }),
    );
    expect(empty?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    const late = await refusalOf(
      officer.request(UPDATE_CASE_FILE, {
        input: {
          caseFileId: openCaseFile.id,
          addEvidence: ['Sổ nhật ký vận hành'],
          addSuspects: [{ fullName: 'Lê Văn Hải', dateOfBirth: '2026-06-01' }],
        },
      }),
    );
    expect(late?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.addSuspects.0.dateOfBirth',
    });
    expect(await caseFileOf(id)).toMatchObject({
      evidence: opening(id).evidence,
      suspects: [{ fullName: director.fullName }],
    });
  });

  it.each(['DONRE', 'CITY'] as const)('refuses a %s token as FORBIDDEN', async (role) => {
    const id = await detected();
    const error = await refusalOf(
      hub.client(await testToken({ role })).request(OPEN_CASE_FILE, { input: opening(id) }),
    );
    expect(error?.extensions?.code).toBe('FORBIDDEN');
    expect(await caseFileOf(id)).toBeNull();
  });
});
