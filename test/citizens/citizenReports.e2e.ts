import { createCitizensSubgraph } from '@ipc-hub/citizens';
import type { TestStack } from '@ipc-hub/testing';
import { gatewayProofHeaders, testToken } from '@ipc-hub/testing';
import { ClientError } from 'graphql-request';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub } from '../support/startHub';

/** The citizens' subgraph's day, set by the test of due dates and otherwise today's. */
const clock: { day: string | null } = { day: null };
const SUBMISSIONS_PER_HOUR = 12;

const SUBMIT = `mutation ($input: SubmitCitizenReportInput!) {
  submitCitizenReport(input: $input) { trackingCode status dueBy }
}`;
const STATUS = `query ($code: String!) {
  citizenReport(trackingCode: $code) {
    kind status receivedOn dueBy overdue assignedAgency recordRef answer
    timeline { step agency note dueOn }
    correction { recordRef agency summary reportKind }
  }
}`;
const LIST = `query ($filter: CitizenReportFilter) {
  citizenReports(filter: $filter, first: 100) {
    totalCount
    edges { node { id kind status assignedAgency recordRef description adminUnit { code }
      contact { name phone email } } }
  }
}`;
const ANSWER = `mutation ($input: AnswerCitizenReportInput!) {
  answerCitizenReport(input: $input) { id status answer }
}`;

interface Receipt {
  trackingCode: string;
  status: string;
  dueBy: string;
}
interface ListedReport {
  id: string;
  kind: string;
  status: string;
  assignedAgency: string;
  recordRef: string | null;
  description: string;
  adminUnit: { code: string } | null;
  contact: { name: string | null; phone: string | null; email: string | null } | null;
}

/** The GraphQL errors of a refused request, with its HTTP status. */
async function refusal(request: Promise<unknown>) {
  try {
    await request;
  } catch (error) {
    if (error instanceof ClientError) {
      return {
        status: error.response.status,
        headers: error.response.headers,
        errors: (error.response.errors ?? []) as Array<{
          message: string;
          path?: string[];
          extensions?: { code?: string; field?: string };
        }>,
        data: error.response.data as Record<string, unknown> | undefined,
      };
    }
    throw error;
  }
  throw new Error('the request was not refused');
}

describe("citizens' reports through the gateway", () => {
  let hub: TestStack;
  const tokens: Record<string, string> = {};
  let facility: { id: string; unit: string };
  let violation: { id: string };
  let complaint: Receipt;
  const description = 'Khói đen và mùi hắc từ ống khói của cơ sở vào ban đêm, nhiều đêm liền.';
  const contact = {
    contactName: 'Nguyễn Thị Hoa',
    contactPhone: '0912 345 678',
    contactEmail: 'hoa.nguyen@example.vn',
  };

  beforeAll(async () => {
    hub = await startHub({
      replace: [createCitizensSubgraph({ today: () => clock.day ?? hanoiToday() })],
      gatewayEnv: { CITIZEN_REPORTS_PER_HOUR: String(SUBMISSIONS_PER_HOUR) },
    });
    for (const role of ['DONRE', 'POLICE', 'DOIT', 'CITY'] as const) {
      tokens[role] = await testToken({ role });
    }
    const { violations } = await hub.client().request<{
      violations: {
        edges: Array<{ node: { id: string; status: string; facility: { id: string } } }>;
      };
    }>(
      '{ violations(filter: { published: true, status: SANCTIONED }, first: 1) { edges { node { id status facility { id } } } } }',
    );
    const found = violations.edges[0]?.node;
    if (!found) throw new Error('the seed has no published sanctioned violation');
    violation = { id: found.id };
    const { facility: f } = await hub
      .client()
      .request<{ facility: { id: string; adminUnit: { code: string } } }>(
        'query ($id: ID!) { facility(id: $id) { id adminUnit { code } } }',
        { id: found.facility.id },
      );
    facility = { id: f.id, unit: f.adminUnit.code };
    tokens.AREA = await testToken({ role: 'AREA', adminUnits: [facility.unit] });
  }, 180_000);
  afterAll(() => hub?.close());

  const submit = (input: Record<string, unknown>, token?: string) =>
    hub
      .client(token)
      .request<{ submitCitizenReport: Receipt }>(SUBMIT, { input })
      .then((r) => r.submitCitizenReport);
  const status = (code: string) =>
    hub
      .client()
      .request<{ citizenReport: Record<string, unknown> | null }>(STATUS, { code })
      .then((r) => r.citizenReport);
  const list = (role: string, filter: Record<string, unknown> = {}) =>
    hub
      .client(tokens[role])
      .request<{ citizenReports: { totalCount: number; edges: Array<{ node: ListedReport }> } }>(
        LIST,
        { filter },
      )
      .then((r) => r.citizenReports.edges.map((e) => e.node));
  /** every report, as the city counts them */
  const total = () =>
    hub
      .client(tokens.CITY)
      .request<{ citizenReports: { totalCount: number } }>(
        '{ citizenReports(first: 0) { totalCount } }',
      )
      .then((r) => r.citizenReports.totalCount);

  it('the public submits a pollution complaint about a facility and follows it by its code, without its contact', async () => {
    complaint = await submit({
      kind: 'POLLUTION_COMPLAINT',
      facilityId: facility.id,
      description,
      ...contact,
    });
    expect(complaint.status).toBe('RECEIVED');
    expect(complaint.trackingCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    const view = await status(complaint.trackingCode);
    expect(view).toMatchObject({
      kind: 'POLLUTION_COMPLAINT',
      status: 'RECEIVED',
      assignedAgency: 'DONRE',
      dueBy: complaint.dueBy,
      overdue: false,
    });
    expect(JSON.stringify(view)).not.toMatch(/Hoa|0912|example\.vn/);
    // the code is read however it is typed: lower case, without dashes
    expect(await status(complaint.trackingCode.toLowerCase().replace(/-/g, ''))).toEqual(view);
    // the public view has no contact to ask for, and the officers' list is not the public's
    const asked = await refusal(
      hub
        .client()
        .request(
          'query ($code: String!) { citizenReport(trackingCode: $code) { contact { name } } }',
          { code: complaint.trackingCode },
        ),
    );
    expect(asked.errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // the report is told to watchers as a hub event, with its place and none of its text
    const citizens = hub.subgraphs.citizens;
    const outbox = await fetch(new URL('/internal/hub-events?limit=100', citizens?.http.url), {
      headers: gatewayProofHeaders('citizens'),
    }).then((r) => r.json() as Promise<{ events: Array<Record<string, unknown>> }>);
    const received = outbox.events.filter((e) => e.type === 'CITIZEN_REPORT_RECEIVED');
    expect(received).toContainEqual(
      expect.objectContaining({ facilityId: facility.id, adminUnitCode: facility.unit }),
    );
    expect(JSON.stringify(received)).not.toMatch(/Khói|Hoa|0912/);
    const listed = await refusal(hub.client().request(LIST, { filter: {} }));
    expect(listed.errors.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(listed.data)).not.toMatch(/Hoa|0912/);
  });

  it('the public submits a complaint about a commune and a data error, and reads each by its code', async () => {
    const place = await submit({
      kind: 'POLLUTION_COMPLAINT',
      adminUnitCode: facility.unit,
      description: 'Nước thải màu đen chảy ra mương tưới gần cụm dân cư.',
    });
    expect(await status(place.trackingCode)).toMatchObject({
      kind: 'POLLUTION_COMPLAINT',
      assignedAgency: 'DONRE',
    });
    const error = await submit({
      kind: 'DATA_ERROR',
      recordRef: `Facility:${facility.id}`,
      description: 'Địa chỉ của cơ sở ghi sai số nhà và tên đường.',
    });
    expect(await status(error.trackingCode)).toMatchObject({
      kind: 'DATA_ERROR',
      assignedAgency: 'DONRE',
      recordRef: `Facility:${facility.id}`,
    });
  });

  it('a data error on a police violation goes to the police, on a facility of the registry to DONRE', async () => {
    const onViolation = await submit({
      kind: 'DATA_ERROR',
      recordRef: `Violation:${violation.id}`,
      description: 'Cơ sở đã khắc phục và nộp phạt, nhưng vi phạm vẫn ghi là đã xử phạt.',
      contactPhone: '0987654321',
    });
    expect(await status(onViolation.trackingCode)).toMatchObject({ assignedAgency: 'POLICE' });
    const police = await list('POLICE', { kind: 'DATA_ERROR' });
    expect(police.map((r) => r.recordRef)).toContain(`Violation:${violation.id}`);
    expect(police.every((r) => r.assignedAgency === 'POLICE')).toBe(true);
    const donre = await list('DONRE', { kind: 'DATA_ERROR' });
    expect(donre.map((r) => r.recordRef)).toContain(`Facility:${facility.id}`);
    expect(donre.map((r) => r.recordRef)).not.toContain(`Violation:${violation.id}`);
    // a record nobody holds is refused and nothing is written
    const before = await total();
    const missing = await refusal(
      submit({
        kind: 'DATA_ERROR',
        recordRef: 'Violation:00000000-0000-4000-8000-000000000000',
        description: 'Bản ghi này không tồn tại nhưng vẫn báo sai.',
      }),
    );
    expect(missing.errors[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.recordRef',
    });
    expect(await total()).toBe(before);
  });

  it('the handling agency sees the contact and answers; another agency neither sees nor answers; the city reads without the contact and cannot answer', async () => {
    const mine = (await list('DONRE')).find((r) => r.description === description);
    expect(mine?.contact).toEqual({
      name: contact.contactName,
      phone: contact.contactPhone,
      email: contact.contactEmail,
    });
    const id = mine?.id ?? '';
    // another agency: not in its list, and its answer finds no such report
    expect((await list('POLICE')).map((r) => r.id)).not.toContain(id);
    expect((await list('DOIT')).map((r) => r.id)).not.toContain(id);
    const byPolice = await refusal(
      hub.client(tokens.POLICE).request(ANSWER, {
        input: { id, answer: 'Công an trả lời thay cho Sở Tài nguyên và Môi trường.' },
      }),
    );
    expect(byPolice.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    // the city: every report, no contact, no answer
    const city = await refusal(hub.client(tokens.CITY).request(LIST, { filter: {} }));
    const cityReports = reportsIn(city.data);
    expect(cityReports.map((r) => r.id)).toContain(id);
    expect(cityReports.every((r) => r.contact === null)).toBe(true);
    expect(city.errors.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    expect(city.errors.some((e) => e.path?.at(-1) === 'contact')).toBe(true);
    const byCity = await refusal(
      hub.client(tokens.CITY).request(ANSWER, {
        input: { id, answer: 'Văn phòng UBND thành phố trả lời thay.' },
      }),
    );
    expect(byCity.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    // the commune's officer follows the complaint of its unit, not the contact
    const area = await refusal(hub.client(tokens.AREA).request(LIST, { filter: {} }));
    const areaReports = reportsIn(area.data);
    expect(areaReports.map((r) => r.id)).toContain(id);
    expect(areaReports.every((r) => r.adminUnit?.code === facility.unit)).toBe(true);
    expect(areaReports.every((r) => r.contact === null)).toBe(true);
    // DONRE answers with its steps; the public reads the answer and the steps, never the contact
    const answered = await hub.client(tokens.DONRE).request<{
      answerCitizenReport: { status: string };
    }>(ANSWER, {
      input: {
        id,
        answer: 'Sở đã cử đoàn kiểm tra đột xuất vào ban đêm và lấy mẫu khí thải.',
        steps: [{ description: 'Có kết quả phân tích mẫu khí thải', dueOn: '2099-01-15' }],
      },
    });
    expect(answered.answerCitizenReport.status).toBe('ANSWERED');
    const view = await status(complaint.trackingCode);
    expect(view?.status).toBe('ANSWERED');
    expect(view?.answer).toMatch(/đoàn kiểm tra/);
    expect(view?.timeline).toEqual([
      expect.objectContaining({ step: 'RECEIVED', agency: 'DONRE', dueOn: complaint.dueBy }),
      expect.objectContaining({ step: 'ANSWERED', agency: 'DONRE' }),
      expect.objectContaining({ step: 'PLANNED', dueOn: '2099-01-15' }),
    ]);
    expect(JSON.stringify(view)).not.toMatch(/Hoa|0912|example\.vn/);
  });

  it('a correction the police make with their own mutation shows in the public correction log', async () => {
    const report = (await list('POLICE', { kind: 'DATA_ERROR' })).find(
      (r) => r.recordRef === `Violation:${violation.id}`,
    );
    expect(report).toBeDefined();
    await hub
      .client(tokens.POLICE)
      .request(
        'mutation ($id: ID!) { changeViolationStatus(input: { violationId: $id, status: REMEDIED }) { id status } }',
        { id: violation.id },
      );
    const summary = 'Trạng thái vi phạm đã sửa thành đã khắc phục (REMEDIED).';
    // DONRE cannot link a correction to the police's report
    const byDonre = await refusal(
      hub
        .client(tokens.DONRE)
        .request(
          'mutation ($input: RecordCitizenReportCorrectionInput!) { recordCitizenReportCorrection(input: $input) { id } }',
          { input: { id: report?.id, summary } },
        ),
    );
    expect(byDonre.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    await hub
      .client(tokens.POLICE)
      .request(
        'mutation ($input: RecordCitizenReportCorrectionInput!) { recordCitizenReportCorrection(input: $input) { id } }',
        { input: { id: report?.id, summary } },
      );
    const { citizenCorrections } = await hub.client().request<{
      citizenCorrections: {
        totalCount: number;
        edges: Array<{ node: { recordRef: string; agency: string; summary: string } }>;
      };
    }>(
      '{ citizenCorrections(first: 10) { totalCount edges { node { recordRef agency summary reportKind } } } }',
    );
    expect(citizenCorrections.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({
        recordRef: `Violation:${violation.id}`,
        agency: 'POLICE',
        summary,
      }),
    );
    const { violation: corrected } = await hub
      .client()
      .request<{ violation: { status: string } }>(
        'query ($id: ID!) { violation(id: $id) { status } }',
        { id: violation.id },
      );
    expect(corrected.status).toBe('REMEDIED');
  });

  it('the due date is 10 working days on, past weekends and public holidays', async () => {
    try {
      // Thursday 12/2/2026: Tết Bính Ngọ keeps agencies closed from Saturday 14/2 to Sunday 22/2
      clock.day = '2026-02-12';
      const beforeTet = await submit({
        kind: 'POLLUTION_COMPLAINT',
        adminUnitCode: facility.unit,
        description: 'Bụi từ bãi tập kết vật liệu bay vào nhà dân.',
      });
      // 13/2, then 23–27/2, then 2–5/3: ten working days; without the holidays it would be 26/2
      expect(beforeTet.dueBy).toBe('2026-03-05');
      // Friday 24/4/2026: Giỗ Tổ (Sunday 26/4) moved to Monday 27/4, then 30/4 and 1/5
      clock.day = '2026-04-24';
      const beforeMay = await submit({
        kind: 'POLLUTION_COMPLAINT',
        adminUnitCode: facility.unit,
        description: 'Tiếng ồn lớn từ xưởng cơ khí vào giờ nghỉ trưa.',
      });
      // 28, 29/4, 4–8/5, 11–13/5: ten working days
      expect(beforeMay.dueBy).toBe('2026-05-13');
    } finally {
      clock.day = null;
    }
  });

  it('the handling agency takes a report on, answers and closes it, or rejects one with its reason; a step out of turn is refused; the city sees what is overdue', async () => {
    const step = (name: string, input: Record<string, unknown>, role = 'DONRE') =>
      hub
        .client(tokens[role])
        .request<Record<string, { id: string; status: string }>>(
          `mutation ($input: ${name[0]?.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id status } }`,
          { input },
        )
        .then((r) => r[name]?.status);
    /** what the city lists as overdue (the city reads no contact, so none is asked) */
    const overdueForCity = () =>
      hub
        .client(tokens.CITY)
        .request<{ citizenReports: { edges: Array<{ node: { id: string } }> } }>(
          '{ citizenReports(filter: { overdue: true }, first: 100) { edges { node { id } } } }',
        )
        .then((r) => r.citizenReports.edges.map((e) => e.node.id));
    const lateDescription = 'Nước thải màu đen chảy ra mương thoát nước chung của xóm từ đầu năm.';
    const repeatDescription = 'Phản ánh trùng với phản ánh đã gửi tuần trước về cùng một việc.';
    let late: Receipt;
    try {
      // received early in the year: its ten working days are long past
      clock.day = '2026-01-05';
      late = await submit({
        kind: 'POLLUTION_COMPLAINT',
        adminUnitCode: facility.unit,
        description: lateDescription,
      });
    } finally {
      clock.day = null;
    }
    const repeated = await submit({
      kind: 'POLLUTION_COMPLAINT',
      adminUnitCode: facility.unit,
      description: repeatDescription,
    });
    const listed = await list('DONRE');
    const lateId = listed.find((r) => r.description === lateDescription)?.id ?? '';
    const repeatedId = listed.find((r) => r.description === repeatDescription)?.id ?? '';
    expect(lateId).not.toBe('');
    expect(repeatedId).not.toBe('');
    // the city sees it overdue, and not the one received today
    const overdue = await overdueForCity();
    expect(overdue).toContain(lateId);
    expect(overdue).not.toContain(repeatedId);
    expect((await status(late.trackingCode))?.overdue).toBe(true);

    // out of turn: closed before it is answered; another agency, or the city, cannot take it on
    const early = await refusal(step('closeCitizenReport', { id: lateId }));
    expect(early.errors[0]?.extensions?.code).toBe('CONFLICT');
    const byPolice = await refusal(
      step('assignCitizenReport', { id: lateId, handler: 'Phòng Cảnh sát môi trường' }, 'POLICE'),
    );
    expect(byPolice.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    const byCity = await refusal(
      step('assignCitizenReport', { id: lateId, handler: 'Văn phòng UBND' }, 'CITY'),
    );
    expect(byCity.errors[0]?.extensions?.code).toBe('FORBIDDEN');

    // DONRE takes it on, answers, and closes it: no longer overdue, the reporter reads each step
    expect(
      await step('assignCitizenReport', {
        id: lateId,
        handler: 'Phòng Quản lý chất thải rắn và nước thải',
      }),
    ).toBe('ASSIGNED');
    expect(
      await step('answerCitizenReport', {
        id: lateId,
        answer: 'Sở đã kiểm tra, yêu cầu cơ sở ngừng xả và nạo vét mương.',
      }),
    ).toBe('ANSWERED');
    expect(await overdueForCity()).not.toContain(lateId);
    expect(await step('closeCitizenReport', { id: lateId, note: 'Đã nạo vét xong.' })).toBe(
      'CLOSED',
    );
    const closed = await status(late.trackingCode);
    expect(closed?.status).toBe('CLOSED');
    expect(
      ((closed?.timeline ?? []) as Array<{ step: string }>).map((entry) => entry.step),
    ).toEqual(['RECEIVED', 'ASSIGNED', 'ANSWERED', 'CLOSED']);
    const again = await refusal(
      step('rejectCitizenReport', { id: lateId, reason: 'Trùng với một phản ánh khác.' }),
    );
    expect(again.errors[0]?.extensions?.code).toBe('CONFLICT');

    // the other is rejected: the reporter reads the reason
    const reason = 'Sự việc đã được xử lý theo phản ánh trước đó cùng nội dung.';
    expect(await step('rejectCitizenReport', { id: repeatedId, reason })).toBe('REJECTED');
    const rejected = await status(repeated.trackingCode);
    expect(rejected?.status).toBe('REJECTED');
    expect(rejected?.answer).toBe(reason);
    expect(((rejected?.timeline ?? []) as Array<{ step: string }>).at(-1)?.step).toBe('REJECTED');
  });

  it('a guessed code finds nothing, and a malformed one looks the same', async () => {
    const guesses = [
      'ABCDE-FGHJK-MNPQR-STVWX',
      complaint.trackingCode.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
      'not a code',
      `${complaint.trackingCode}-00000`,
    ];
    for (const code of guesses) {
      const answer = await hub.client().request<{ citizenReport: unknown }>(STATUS, { code });
      expect(answer).toEqual({ citizenReport: null });
    }
  });

  it('flooding submissions from one address is refused with 429, signed in or not, and writes nothing', async () => {
    const before = await total();
    let accepted = 0;
    let refused: Awaited<ReturnType<typeof refusal>> | null = null;
    for (let i = 0; i <= SUBMISSIONS_PER_HOUR && !refused; i += 1) {
      try {
        await submit({
          kind: 'POLLUTION_COMPLAINT',
          adminUnitCode: facility.unit,
          description: `Phản ánh lặp lại số ${i} về mùi hôi từ khu xử lý rác.`,
        });
        accepted += 1;
      } catch (error) {
        if (!(error instanceof ClientError)) throw error;
        refused = await refusal(Promise.reject(error));
      }
    }
    expect(refused?.status).toBe(429);
    expect(refused?.errors[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(SUBMISSIONS_PER_HOUR);
    // a token changes nothing: the address has had its hour's reports
    const signedIn = await refusal(
      submit(
        {
          kind: 'POLLUTION_COMPLAINT',
          adminUnitCode: facility.unit,
          description: 'Phản ánh gửi khi đã đăng nhập sau khi vượt hạn mức.',
        },
        tokens.DOIT,
      ),
    );
    expect(signedIn.status).toBe(429);
    expect(await total()).toBe(before + accepted);
    // reading a report's status is not a submission
    expect(await status(complaint.trackingCode)).not.toBeNull();
  });

  it('the hotspot register lists a place from 3 complaints on, for DONRE and the city only', async () => {
    const HOTSPOTS =
      '{ citizenReportHotspots { adminUnit { code } facility { id } complaints open } }';
    const { citizenReportHotspots: spots } = await hub.client(tokens.DONRE).request<{
      citizenReportHotspots: Array<{
        adminUnit: { code: string };
        facility: { id: string } | null;
        complaints: number;
      }>;
    }>(HOTSPOTS);
    // the commune's own complaints (one, then the flood's) make a hotspot
    expect(spots).toContainEqual(
      expect.objectContaining({ adminUnit: { code: facility.unit }, facility: null }),
    );
    // the facility had one complaint: below the rule, not shown at all
    expect(spots.some((s) => s.facility?.id === facility.id)).toBe(false);
    expect(spots.every((s) => s.complaints >= 3)).toBe(true);
    // the city reads the same hotspots as DONRE
    const city = await hub
      .client(tokens.CITY)
      .request<{ citizenReportHotspots: unknown[] }>(HOTSPOTS);
    expect(city.citizenReportHotspots).toEqual(spots);
    const police = await refusal(hub.client(tokens.POLICE).request(HOTSPOTS));
    expect(police.errors[0]?.extensions?.code).toBe('FORBIDDEN');
    const anyone = await refusal(hub.client().request(HOTSPOTS));
    expect(anyone.errors[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/** The reports of a list answered in part (its contacts refused). */
function reportsIn(data: Record<string, unknown> | undefined): ListedReport[] {
  const list = data?.citizenReports as { edges: Array<{ node: ListedReport }> } | undefined;
  return list?.edges.map((e) => e.node) ?? [];
}

function hanoiToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}
