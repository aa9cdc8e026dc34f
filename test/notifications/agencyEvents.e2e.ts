import { recordExpiringApprovals } from '@ipc-hub/environment';
import { type HubEventRow, type HubEventType, hubEvents } from '@ipc-hub/events';
import { verifyWebhook } from '@ipc-hub/notifications/signature';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateEnvironmentSeed } from '@ipc-hub/seed/environment';
import { todayInHanoi } from '@ipc-hub/server-kit';
import { emptyDatabase, type TestDatabase, type TestStack, testToken } from '@ipc-hub/testing';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ISSUE_SANCTION, RECORD_VIOLATION, VIOLATION } from '../police/support/operations';
import { bearer, postGraphQL } from '../support/postGraphQL';
import { refusal } from '../support/refusal';
import { startHubForNotifications, startTestNotifications } from './support/startTestNotifications';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const seed = generateHanoiSeed();
const environmentSeed = generateEnvironmentSeed(seed);
const operating = seed.facilities.filter((f) => f.status === 'OPERATING');
const sanctioned = operating[0];
const listed = operating.find(
  (f) =>
    f.id !== sanctioned?.id &&
    !environmentSeed.seriousPolluterListings.some((l) => l.facilityId === f.id),
);
// no seeded approval of its own: whatever the check tells of it is this file's
const approved = operating.find(
  (f) =>
    f.id !== sanctioned?.id &&
    f.id !== listed?.id &&
    !environmentSeed.approvals.some((a) => a.facilityId === f.id),
);
const elsewhere = operating.find((f) => f.adminUnitCode !== sanctioned?.adminUnitCode);
if (!sanctioned || !listed || !approved || !elsewhere) {
  throw new Error('the seed has too few operating facilities');
}

const CREATE_WATCH = `mutation ($input: CreateWatchInput!) { createWatch(input: $input) { id } }`;
const LIST_POLLUTER = `mutation ($input: ListSeriousPolluterInput!) {
  listSeriousPolluter(input: $input) { id listedOn }
}`;
const LISTINGS_OF = `query ($id: ID!) { facility(id: $id) { seriousPollution { id } } }`;
const RECORD_APPROVAL = `mutation ($input: RecordApprovalInput!) { recordApproval(input: $input) { id } }`;
const REVOKE_APPROVAL = `mutation ($id: ID!, $on: Date!) {
  revokeApproval(input: { approvalId: $id, revokedOn: $on }) { status }
}`;
const DIRECTOR = 'Giám đốc Công an thành phố Hà Nội';

type Caller = 'police' | 'donre' | 'doit' | 'city' | 'areaElsewhere';

/** a Vietnamese calendar day `days` after `day` */
const plusDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('hub events of sanctions, serious polluters and expiring approvals', () => {
  let hub: TestStack;
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  let notifications: Awaited<ReturnType<typeof startTestNotifications>> | undefined;
  let tokens: Record<Caller, string>;
  let decisions = 7100;

  /** the rows of one type in a subgraph's own outbox, as its transaction left them */
  const outbox = async (
    subgraph: 'police' | 'environment',
    type: HubEventType,
    facilityId?: string,
  ): Promise<HubEventRow[]> =>
    (await hub.subgraphs[subgraph]?.database.db
      .select()
      .from(hubEvents)
      .where(
        and(
          eq(hubEvents.type, type),
          facilityId ? eq(hubEvents.facilityId, facilityId) : undefined,
        ),
      )) ?? [];
  /** what the service does in the background, once: take the outboxes, then deliver what is due */
  const relayAndDeliver = async () => {
    await notifications?.relay.pollOnce();
    await notifications?.worker.runOnce();
  };
  /** the one POST a path received, its signature checked, its body parsed */
  const signedEventAt = (path: string) => {
    const posts = receiver.postsTo(path);
    expect(posts).toHaveLength(1);
    const [post] = posts;
    const signature = post?.headers['x-hub-signature-256'] as string;
    expect(verifyWebhook(SECRET, signature, post?.body ?? '')).toBe(true);
    const event = JSON.parse(post?.body ?? '{}');
    expect(post?.headers['x-hub-event-id']).toBe(event.id);
    return event;
  };
  const detectedViolation = async (facilityId: string) => {
    const { recordViolation } = await hub.client(tokens.police).request<{
      recordViolation: { id: string };
    }>(RECORD_VIOLATION, {
      input: {
        facilityId,
        detectedOn: '2026-03-02',
        category: 'HAZARDOUS_WASTE',
        legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 29, khoản 5',
      },
    });
    return recordViolation.id;
  };
  const decision = (violationId: string, change: Record<string, unknown> = {}) => {
    decisions += 1;
    return {
      violationId,
      decisionNumber: `${decisions}/QĐ-XPHC`,
      decidedOn: '2026-03-20',
      decidingAuthority: DIRECTOR,
      fineVnd: '150000000',
      ...change,
    };
  };
  const approval = async (issuedOn: string, change: Record<string, unknown>) => {
    const { recordApproval } = await hub.client(tokens.donre).request<{
      recordApproval: { id: string };
    }>(RECORD_APPROVAL, {
      input: {
        facilityId: approved.id,
        kind: 'ENVIRONMENTAL_PERMIT',
        issuingAuthority: 'Sở Tài nguyên và Môi trường Hà Nội',
        issuedOn,
        ...change,
      },
    });
    return recordApproval.id;
  };

  beforeAll(async () => {
    const started = await startHubForNotifications();
    hub = started.hub;
    database = await emptyDatabase(inject('databaseTemplates'), 'notifications');
    await started.release();
    notifications = await startTestNotifications(hub, database, { PORT: String(started.port) });
    receiver = await startWebhookReceiver();
    tokens = {
      police: await testToken({ role: 'POLICE' }),
      donre: await testToken({ role: 'DONRE' }),
      doit: await testToken({ role: 'DOIT' }),
      city: await testToken({ role: 'CITY' }),
      areaElsewhere: await testToken({ role: 'AREA', adminUnits: [elsewhere.adminUnitCode] }),
    };
    // one CITY watch per type, each on its test's facility and webhook path
    for (const [type, facility, path] of [
      ['SANCTION_ISSUED', sanctioned, '/sanctions'],
      ['SERIOUS_POLLUTER_LISTED', listed, '/polluters'],
      ['APPROVAL_EXPIRING', approved, '/approvals'],
    ] as const) {
      const answer = await postGraphQL(
        hub.gatewayUrl,
        {
          query: CREATE_WATCH,
          variables: {
            input: {
              name: `Theo dõi ${type}`,
              events: [type],
              facilityIds: [facility.id],
              webhookUrl: receiver.url(path),
              webhookSecret: SECRET,
            },
          },
        },
        bearer(tokens.city),
      );
      expect(answer.body.errors).toBeUndefined();
    }
  });
  afterAll(async () => {
    await notifications?.close();
    await receiver?.close();
    await hub?.close();
    await database?.drop();
  });

  it("records one SANCTION_ISSUED in the police's outbox with the decision's facility and unit, delivered as a signed POST; a second decision for the violation adds none", async () => {
    const violationId = await detectedViolation(sanctioned.id);
    const input = decision(violationId);
    await hub.client(tokens.police).request(ISSUE_SANCTION, { input });
    const twice = await refusal(
      hub.client(tokens.police).request(ISSUE_SANCTION, { input: decision(violationId) }),
    );
    expect(twice?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.violationId' });

    const rows = await outbox('police', 'SANCTION_ISSUED', sanctioned.id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      facilityId: sanctioned.id,
      adminUnitCode: sanctioned.adminUnitCode,
    });
    expect(row?.summary).toBe(
      `Sanction decision ${input.decisionNumber} issued on 2026-03-20 for a HAZARDOUS_WASTE violation`,
    );
    expect(row?.summaryVi).toBe(
      `Quyết định xử phạt ${input.decisionNumber} ngày 2026-03-20 cho vi phạm HAZARDOUS_WASTE`,
    );

    await relayAndDeliver();
    expect(signedEventAt('/sanctions')).toMatchObject({
      id: row?.id,
      type: 'SANCTION_ISSUED',
      agency: 'POLICE',
      facilityId: sanctioned.id,
      adminUnitCode: sanctioned.adminUnitCode,
      summary: row?.summary,
      summaryVi: row?.summaryVi,
    });
  });

  it('records no SANCTION_ISSUED for a refused decision, and leaves its violation DETECTED without a sanction', async () => {
    const before = (await outbox('police', 'SANCTION_ISSUED')).length;
    const posted = receiver.postsTo('/sanctions').length;
    const violationId = await detectedViolation(sanctioned.id);
    const refusals: Array<[Caller, string, Record<string, unknown>, string]> = [
      ['police', 'BAD_USER_INPUT', { fineVnd: '2000000001' }, 'input.fineVnd'],
      ['police', 'BAD_USER_INPUT', { decidedOn: '2026-03-01' }, 'input.decidedOn'],
      // refused inside the transaction, after the violation was read and locked
      ['areaElsewhere', 'FORBIDDEN', {}, 'input.violationId'],
      // refused by the gateway's rules before the police subgraph is asked
      ['doit', 'FORBIDDEN', {}, ''],
    ];
    for (const [caller, code, change, field] of refusals) {
      const error = await refusal(
        hub
          .client(tokens[caller])
          .request(ISSUE_SANCTION, { input: decision(violationId, change) }),
      );
      expect(error?.extensions?.code, `${caller} ${JSON.stringify(change)}`).toBe(code);
      if (field) expect(error?.extensions?.field).toBe(field);
    }
    expect(await outbox('police', 'SANCTION_ISSUED')).toHaveLength(before);
    const { violation } = await hub
      .client(tokens.police)
      .request<{ violation: unknown }>(VIOLATION, { id: violationId });
    expect(violation).toMatchObject({ status: 'DETECTED', sanction: null });
    await relayAndDeliver();
    expect(receiver.postsTo('/sanctions')).toHaveLength(posted);
  });

  it("records one SERIOUS_POLLUTER_LISTED in DONRE's outbox with the facility and its unit, delivered as a signed POST; listing it again while pending adds none", async () => {
    const input = {
      facilityId: listed.id,
      decision: 'QĐ 5426/QĐ-UBND',
      listedOn: '2026-04-10',
      reason: 'Xả nước thải vượt quy chuẩn nhiều lần',
      deadline: '2027-04-10',
    };
    await hub.client(tokens.donre).request(LIST_POLLUTER, { input });
    const again = await refusal(
      hub
        .client(tokens.donre)
        .request(LIST_POLLUTER, { input: { ...input, listedOn: '2026-05-01' } }),
    );
    expect(again?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.facilityId' });

    const rows = await outbox('environment', 'SERIOUS_POLLUTER_LISTED', listed.id);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({ facilityId: listed.id, adminUnitCode: listed.adminUnitCode });
    expect(row?.summary).toBe(
      'Facility listed as a serious polluter on 2026-04-10 (decision QĐ 5426/QĐ-UBND)',
    );
    expect(row?.summaryVi).toBe(
      'Cơ sở bị đưa vào danh sách gây ô nhiễm môi trường nghiêm trọng ngày 2026-04-10 (quyết định QĐ 5426/QĐ-UBND)',
    );

    await relayAndDeliver();
    expect(signedEventAt('/polluters')).toMatchObject({
      id: row?.id,
      type: 'SERIOUS_POLLUTER_LISTED',
      agency: 'DONRE',
      facilityId: listed.id,
      adminUnitCode: listed.adminUnitCode,
      summary: row?.summary,
      summaryVi: row?.summaryVi,
    });
  });

  it('records no SERIOUS_POLLUTER_LISTED for a refused listing, and lists nothing', async () => {
    const before = (await outbox('environment', 'SERIOUS_POLLUTER_LISTED')).length;
    const fresh = operating.find(
      (f) =>
        ![sanctioned.id, listed.id, approved.id].includes(f.id) &&
        !environmentSeed.seriousPolluterListings.some((l) => l.facilityId === f.id),
    );
    const valid = {
      facilityId: fresh?.id,
      decision: 'QĐ 5427/QĐ-UBND',
      listedOn: '2026-04-10',
    };
    const refusals: Array<[Caller, string, Record<string, unknown>, string]> = [
      [
        'donre',
        'NOT_FOUND',
        { facilityId: '00000000-0000-4000-8000-000000000002' },
        'input.facilityId',
      ],
      ['donre', 'BAD_USER_INPUT', { deadline: '2026-01-01' }, 'input.deadline'],
      ['donre', 'BAD_USER_INPUT', { listedOn: '2999-01-01' }, 'input.listedOn'],
      ['police', 'FORBIDDEN', {}, ''],
    ];
    for (const [caller, code, change, field] of refusals) {
      const error = await refusal(
        hub.client(tokens[caller]).request(LIST_POLLUTER, { input: { ...valid, ...change } }),
      );
      expect(error?.extensions?.code, `${caller} ${JSON.stringify(change)}`).toBe(code);
      if (field) expect(error?.extensions?.field).toBe(field);
    }
    expect(await outbox('environment', 'SERIOUS_POLLUTER_LISTED')).toHaveLength(before);
    const { facility } = await hub
      .client(tokens.donre)
      .request<{ facility: { seriousPollution: unknown[] } }>(LISTINGS_OF, { id: fresh?.id });
    expect(facility.seriousPollution).toEqual([]);
  });

  it('records one APPROVAL_EXPIRING for an approval in force ending within 30 days, however often the check runs, and none for one ending later, expired or revoked', async () => {
    const now = new Date();
    const today = todayInHanoi(now);
    const issuedOn = plusDays(today, -400);
    const in20 = await approval(issuedOn, {
      decisionNumber: '901/GPMT-STNMT',
      validUntil: plusDays(today, 20),
    });
    const in60 = await approval(issuedOn, {
      decisionNumber: '902/GPMT-STNMT',
      validUntil: plusDays(today, 60),
    });
    const expired = await approval(issuedOn, {
      decisionNumber: '903/GPMT-STNMT',
      validUntil: plusDays(today, -1),
    });
    const revoked = await approval(issuedOn, {
      decisionNumber: '904/GPMT-STNMT',
      validUntil: plusDays(today, 20),
    });
    await hub
      .client(tokens.donre)
      .request(REVOKE_APPROVAL, { id: revoked, on: plusDays(today, -1) });

    const environment = hub.subgraphs.environment?.database.db;
    const eventsOf = async (approvalId: string) =>
      (await environment
        ?.select()
        .from(hubEvents)
        .where(
          and(
            eq(hubEvents.type, 'APPROVAL_EXPIRING'),
            like(hubEvents.dedupeKey, `${approvalId}:%`),
          ),
        )) ?? [];
    // as the schedule would run it: now, again at the next run, and the next day
    for (const at of [
      now,
      new Date(now.getTime() + 6 * 3_600_000),
      new Date(now.getTime() + 86_400_000),
    ]) {
      await recordExpiringApprovals(environment as never, at);
    }

    const rows = await eventsOf(in20);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      facilityId: approved.id,
      adminUnitCode: approved.adminUnitCode,
      dedupeKey: `${in20}:${plusDays(today, 20)}`,
      summary: `ENVIRONMENTAL_PERMIT 901/GPMT-STNMT expires on ${plusDays(today, 20)}`,
      summaryVi: `ENVIRONMENTAL_PERMIT 901/GPMT-STNMT hết hiệu lực ngày ${plusDays(today, 20)}`,
    });
    expect(await eventsOf(in60)).toEqual([]);
    expect(await eventsOf(expired)).toEqual([]);
    expect(await eventsOf(revoked)).toEqual([]);
    expect(await outbox('environment', 'APPROVAL_EXPIRING', approved.id)).toHaveLength(1);

    await relayAndDeliver();
    expect(signedEventAt('/approvals')).toMatchObject({
      id: rows[0]?.id,
      type: 'APPROVAL_EXPIRING',
      agency: 'DONRE',
      facilityId: approved.id,
      adminUnitCode: approved.adminUnitCode,
    });
  });
});
