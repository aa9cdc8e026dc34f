import { recordTransmissionGaps } from '@ipc-hub/environment';
import { hubEvents } from '@ipc-hub/events';
import { loadNotificationsConfig } from '@ipc-hub/notifications';
import { verifyWebhook } from '@ipc-hub/notifications/signature';
import { generateHanoiSeed } from '@ipc-hub/seed';
import { generateIndustrySeed } from '@ipc-hub/seed/industry';
import { generateMonitoringSeed } from '@ipc-hub/seed/monitoring';
import {
  emptyDatabase,
  gatewayProofHeaders,
  type TestDatabase,
  type TestStack,
  testToken,
} from '@ipc-hub/testing';
import { isNotNull, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dataFile, type Line } from '../monitoring/support/dataFile';
import { INGEST, REGISTER } from '../monitoring/support/monitoringQueries';
import { RECORD_VIOLATION } from '../police/support/operations';
import { bearer, postGraphQL } from '../support/postGraphQL';
import {
  exited,
  notificationsEnv,
  spawnNotifications,
  startHubForNotifications,
  startTestNotifications,
} from './support/startTestNotifications';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver';

const SECRET = 'a-webhook-secret-of-at-least-32-characters';
const seed = generateHanoiSeed();
const relocations = generateIndustrySeed(seed).relocationCases;
const monitored = new Set(generateMonitoringSeed(seed).map((s) => s.facilityId));
const operating = seed.facilities.filter((f) => f.status === 'OPERATING' && !monitored.has(f.id));
const here = operating[0];
const elsewhere = operating.find((f) => f.adminUnitCode !== here?.adminUnitCode);
const third = operating.find(
  (f) => f.adminUnitCode !== here?.adminUnitCode && f.id !== elsewhere?.id,
);
/** three more, watched by the ordering, the retry-limit and the pause tests alone */
const [fourth, fifth, sixth] = operating.filter(
  (f) => f.adminUnitCode !== here?.adminUnitCode && f.id !== elsewhere?.id && f.id !== third?.id,
);
if (!here || !elsewhere || !third || !fourth || !fifth || !sixth) {
  throw new Error('the seed has too few operating facilities');
}

const CREATE_WATCH = `mutation ($input: CreateWatchInput!) {
  createWatch(input: $input) { id name events adminUnitCodes facilityIds webhookUrl active }
}`;
const DELIVERIES = `{ watches { id name deliveries(first: 10) { edges { node {
  eventId status event { type facilityId }
  attempts { number statusCode error }
} } } } }`;
const WATCH_STATE = `{ watches { id active pausedReason } }`;
const RESUME_WATCH = `mutation ($id: ID!) { resumeWatch(id: $id) { id active pausedReason } }`;
const FEED = `query ($first: Int) { notifications(first: $first) {
  edges { node { id type facilityId adminUnitCode summary } } pageInfo { hasNextPage } } }`;

interface WatchAnswer {
  id: string;
  name: string;
  deliveries: Array<DeliveryAnswer>;
}

interface DeliveryAnswer {
  eventId: string;
  status: string;
  event: { type: string; facilityId: string | null } | null;
  attempts: Array<{ number: number; statusCode: number | null; error: string | null }>;
}

describe('notifications: watches and signed webhooks', () => {
  let hub: TestStack;
  let database: TestDatabase;
  let receiver: WebhookReceiver;
  let notifications: Awaited<ReturnType<typeof startTestNotifications>> | undefined;
  let tokens: Record<'police' | 'donre' | 'area' | 'city', string>;
  /** where the gateway finds the service: it comes back there after a restart */
  let servicePort: number;
  const serviceEnv = () => ({ PORT: String(servicePort) });

  // callers reach the service through the gateway, which composes it
  const call = (token: string | null, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL(hub.gatewayUrl, { query, variables }, token ? bearer(token) : {});
  const watch = async (token: string, input: Record<string, unknown>) => {
    const answer = await call(token, CREATE_WATCH, { input });
    expect(answer.body.errors).toBeUndefined();
    return (answer.body.data as { createWatch: { id: string } }).createWatch.id;
  };
  const recordViolation = async (facilityId: string, detectedOn = '2026-03-14') => {
    await hub.client(tokens.police).request(RECORD_VIOLATION, {
      input: {
        facilityId,
        detectedOn,
        category: 'NO_PERMIT',
        legalBasis: 'Nghị định 45/2022/NĐ-CP, Điều 15, khoản 2',
      },
    });
  };
  /** what the service does in the background, once: take the outboxes, then deliver what is due */
  const relayAndDeliver = async () => {
    await notifications?.relay.pollOnce();
    await notifications?.worker.runOnce();
  };
  /** CITY's watch of one facility's recorded violations, posting to `path` of the receiver */
  const watchViolationsOf = (name: string, facilityId: string, path: string) =>
    watch(tokens.city, {
      name,
      events: ['VIOLATION_RECORDED'],
      facilityIds: [facilityId],
      webhookUrl: receiver.url(path),
      webhookSecret: SECRET,
    });
  /**
   * the outboxes taken once, then the worker run in rounds (every 100 ms) until `path` has `posts`
   * POSTs or `withinMs` is spent; retries come after 1–2 s, then 2–4 s (the queue's backoff from 1 s)
   */
  const deliverInRounds = async (path: string, posts: number, withinMs = 15_000) => {
    await notifications?.relay.pollOnce();
    const deadline = Date.now() + withinMs;
    while (Date.now() < deadline && receiver.postsTo(path).length < posts) {
      await notifications?.worker.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return receiver.postsTo(path);
  };
  /** the service's own /metrics, as Prometheus scrapes it */
  const metricsText = async () => {
    const url = new URL('/metrics', notifications?.http.url);
    return (await fetch(url)).text();
  };
  const watchesOf = async (token: string): Promise<WatchAnswer[]> => {
    const watches = ((await call(token, DELIVERIES)).body.data?.watches ?? []) as Array<
      Omit<WatchAnswer, 'deliveries'> & { deliveries: { edges: Array<{ node: DeliveryAnswer }> } }
    >;
    return watches.map((w) => ({ ...w, deliveries: w.deliveries.edges.map((edge) => edge.node) }));
  };

  beforeAll(async () => {
    const started = await startHubForNotifications();
    hub = started.hub;
    servicePort = started.port;
    database = await emptyDatabase(inject('databaseTemplates'), 'notifications');
    await started.release();
    notifications = await startTestNotifications(hub, database, serviceEnv());
    receiver = await startWebhookReceiver();
    tokens = {
      police: await testToken({ role: 'POLICE' }),
      donre: await testToken({ role: 'DONRE' }),
      area: await testToken({ role: 'AREA', adminUnits: [here.adminUnitCode] }),
      city: await testToken({ role: 'CITY' }),
    };
  });
  afterAll(async () => {
    await notifications?.close();
    await receiver?.close();
    await hub?.close();
    await database?.drop();
  });

  it("sends DONRE's webhook one signed POST for a violation recorded in its unit, and nothing for one elsewhere", async () => {
    await watch(tokens.donre, {
      name: 'Vi phạm tại địa bàn',
      events: ['VIOLATION_RECORDED'],
      adminUnitCodes: [here.adminUnitCode],
      webhookUrl: receiver.url('/donre'),
      webhookSecret: SECRET,
    });
    await recordViolation(here.id);
    await recordViolation(elsewhere.id);
    await relayAndDeliver();

    const posts = receiver.postsTo('/donre');
    expect(posts).toHaveLength(1);
    const [post] = posts;
    const signature = post?.headers['x-hub-signature-256'] as string;
    expect(verifyWebhook(SECRET, signature, post?.body ?? '')).toBe(true);
    // the signature covers the body: one changed byte fails it, as does another secret
    expect(verifyWebhook(SECRET, signature, `${post?.body} `)).toBe(false);
    expect(verifyWebhook(`${SECRET}x`, signature, post?.body ?? '')).toBe(false);
    const event = JSON.parse(post?.body ?? '{}');
    expect(event).toMatchObject({
      type: 'VIOLATION_RECORDED',
      agency: 'POLICE',
      facilityId: here.id,
      adminUnitCode: here.adminUnitCode,
    });
    expect(post?.headers['x-hub-event-id']).toBe(event.id);
    expect(Object.keys(event).sort()).toEqual(
      [
        'id',
        'type',
        'occurredAt',
        'agency',
        'facilityId',
        'zoneId',
        'clusterId',
        'adminUnitCode',
        'summary',
        'summaryVi',
      ].sort(),
    );
  });

  it("gives an AREA officer's watch its own unit's events only, and refuses a watch on another unit", async () => {
    const refused = await call(tokens.area, CREATE_WATCH, {
      input: {
        name: 'Đơn vị khác',
        events: ['VIOLATION_RECORDED'],
        adminUnitCodes: [elsewhere.adminUnitCode],
      },
    });
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      field: 'input.adminUnitCodes',
    });
    await watch(tokens.area, {
      name: 'Vi phạm trong xã',
      events: ['VIOLATION_RECORDED'],
      webhookUrl: receiver.url('/area'),
      webhookSecret: SECRET,
    });
    await recordViolation(elsewhere.id, '2026-04-01');
    await recordViolation(here.id, '2026-04-02');
    await relayAndDeliver();

    const events = receiver.postsTo('/area').map((post) => JSON.parse(post.body));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ facilityId: here.id, adminUnitCode: here.adminUnitCode });
    // the feed applies the same rule: events of the officer's unit only, though it watched all
    const feed = await call(tokens.area, FEED, { first: 50 });
    const nodes = (
      feed.body.data as { notifications: { edges: Array<{ node: { adminUnitCode: string } }> } }
    ).notifications.edges.map((edge) => edge.node);
    expect(nodes.length).toBeGreaterThanOrEqual(2);
    expect(new Set(nodes.map((node) => node.adminUnitCode))).toEqual(new Set([here.adminUnitCode]));
  });

  it("answers through the gateway with each event's facility and unit as their agencies hold them, a page at a time", async () => {
    const FEED_PAGE = `query ($after: String) { notifications(first: 1, after: $after) {
      edges { cursor node { id type occurredAt facility { id name } adminUnit { code name } } }
      pageInfo { hasNextPage endCursor } } }`;
    interface FeedPage {
      notifications: {
        edges: Array<{
          node: {
            id: string;
            occurredAt: string;
            facility: { id: string; name: string } | null;
            adminUnit: { code: string; name: string } | null;
          };
        }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }
    const first = await call(tokens.donre, FEED_PAGE);
    expect(first.body.errors).toBeUndefined();
    const one = (first.body.data as unknown as FeedPage).notifications;
    const [newest] = one.edges.map((edge) => edge.node);
    // the newest of DONRE's watched violations: the AREA test's, at `here`
    expect(newest?.facility).toEqual({ id: here.id, name: here.name });
    expect(newest?.adminUnit?.code).toBe(here.adminUnitCode);
    expect(newest?.adminUnit?.name).toMatch(/\S/);
    expect(newest?.occurredAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const second = await call(tokens.donre, FEED_PAGE, { after: one.pageInfo.endCursor });
    const older = (second.body.data as unknown as FeedPage).notifications.edges[0]?.node;
    expect(older?.id).toBeDefined();
    expect(older?.id).not.toBe(newest?.id);

    // a watch's deliveries page the same way, newest first
    const DELIVERY_PAGE = `query ($after: String) { watches { name deliveries(first: 1, after: $after) {
      edges { node { eventId } } pageInfo { hasNextPage endCursor } } } }`;
    type DeliveryPage = {
      watches: Array<{
        name: string;
        deliveries: {
          edges: Array<{ node: { eventId: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>;
    };
    const pageOf = async (after?: string | null) =>
      (
        (await call(tokens.donre, DELIVERY_PAGE, { after })).body.data as unknown as DeliveryPage
      ).watches.find((w) => w.name === 'Vi phạm tại địa bàn')?.deliveries;
    const latest = await pageOf();
    expect(latest?.pageInfo.hasNextPage).toBe(true);
    const earlier = await pageOf(latest?.pageInfo.endCursor);
    expect(earlier?.edges).toHaveLength(1);
    expect(earlier?.edges[0]?.node.eventId).not.toBe(latest?.edges[0]?.node.eventId);
  });

  it('answers only the gateway: a direct call without its proof is refused before any resolver runs', async () => {
    const direct = await postGraphQL(
      notifications?.http.url ?? '',
      { query: '{ watches { id webhookUrl } }' },
      bearer(tokens.donre),
    );
    expect(direct.status).toBe(401);
    expect(direct.body.data).toBeUndefined();
    expect(direct.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const proven = await postGraphQL(
      notifications?.http.url ?? '',
      { query: '{ watches { id } }' },
      { ...bearer(tokens.donre), ...gatewayProofHeaders('notifications') },
    );
    expect(proven.status).toBe(200);
    expect(proven.body.errors).toBeUndefined();
  });

  it('retries a receiver that fails twice: three attempts recorded, one event id on each', async () => {
    receiver.script('/flaky', 500, 503, 200);
    await watchViolationsOf('Hệ thống hay lỗi', third.id, '/flaky');
    await recordViolation(third.id);
    const posts = await deliverInRounds('/flaky', 3);
    expect(posts).toHaveLength(3);
    expect(new Set(posts.map((post) => post.headers['x-hub-event-id'])).size).toBe(1);

    const flaky = (await watchesOf(tokens.city)).find((w) => w.name === 'Hệ thống hay lỗi');
    expect(flaky?.deliveries).toHaveLength(1);
    expect(flaky?.deliveries[0]).toMatchObject({
      eventId: posts[0]?.headers['x-hub-event-id'],
      status: 'DELIVERED',
      event: { type: 'VIOLATION_RECORDED', facilityId: third.id },
    });
    expect(flaky?.deliveries[0]?.attempts.map((a) => [a.number, a.statusCode])).toEqual([
      [1, 500],
      [2, 503],
      [3, 200],
    ]);
  });

  it('records one EXCEEDANCE per station, parameter and day however many readings and files exceed', async () => {
    const facility = operating.find((f) => ![here.id, elsewhere.id, third.id].includes(f.id));
    const donre = hub.client(tokens.donre);
    const station = await donre.request<{ registerMonitoringStation: { id: string } }>(REGISTER, {
      input: {
        code: 'NOTIFY_NUOC01',
        name: 'Trạm quan trắc nước thải tự động (thử) thông báo',
        kind: 'WASTEWATER',
        facilityId: facility?.id,
        parameters: ['PH', 'COD', 'TSS'],
        column: 'B',
        receivingWater: { kind: 'RIVER', name: 'sông Nhuệ' },
        dischargeM3PerDay: 300,
        operatingSince: '2025-06-01',
      },
    });
    const stationId = station.registerMonitoringStation.id;
    const lines = (cod: string, tss: string): Line[] => [
      ['PH', '7.20', 'pH'],
      ['COD', cod, 'mg/L'],
      ['TSS', tss, 'mg/L'],
    ];
    const files = [
      dataFile('NOTIFY_NUOC01', '2025-07-01 10:00', lines('900', '20')),
      dataFile('NOTIFY_NUOC01', '2025-07-01 10:05', lines('950', '20')),
      dataFile('NOTIFY_NUOC01', '2025-07-01 10:10', lines('980', '900')),
      dataFile('NOTIFY_NUOC01', '2025-07-02 09:00', lines('990', '20')),
      dataFile('NOTIFY_NUOC01', '2025-07-02 09:05', lines('20', '20')),
    ];
    let over = 0;
    for (const file of files) {
      const answer = await donre.request<{ ingestMonitoringFile: { exceedances: number } }>(
        INGEST,
        file,
      );
      over += answer.ingestMonitoringFile.exceedances;
    }
    expect(over).toBe(5);
    const environment = hub.subgraphs.environment?.database.db;
    const rows = await environment
      ?.select({ type: hubEvents.type, dedupeKey: hubEvents.dedupeKey })
      .from(hubEvents)
      .where(like(hubEvents.dedupeKey, `${stationId}:%`));
    expect(rows?.map((row) => row.dedupeKey).sort()).toEqual([
      `${stationId}:COD:2025-07-01`,
      `${stationId}:COD:2025-07-02`,
      `${stationId}:TSS:2025-07-01`,
    ]);
    expect(new Set(rows?.map((row) => row.type))).toEqual(new Set(['EXCEEDANCE']));

    // a station silent for over an hour: one TRANSMISSION_GAP however often the check runs
    const lastReading = new Date('2025-07-02T09:05:00+07:00');
    const gapsOf = async () =>
      (
        await environment
          ?.select({ type: hubEvents.type })
          .from(hubEvents)
          .where(like(hubEvents.dedupeKey, `${stationId}:2025-%`))
      )?.map((row) => row.type);
    await recordTransmissionGaps(
      environment as never,
      new Date(lastReading.getTime() + 50 * 60_000),
    );
    expect(await gapsOf()).toEqual([]);
    await recordTransmissionGaps(
      environment as never,
      new Date(lastReading.getTime() + 61 * 60_000),
    );
    await recordTransmissionGaps(
      environment as never,
      new Date(lastReading.getTime() + 3 * 3_600_000),
    );
    expect(await gapsOf()).toEqual(['TRANSMISSION_GAP']);
  });

  it("tells of a citizen's report with its kind and place, never its contact or tracking code", async () => {
    const { submitCitizenReport } = await hub.client().request<{
      submitCitizenReport: { trackingCode: string };
    }>(
      `mutation ($input: SubmitCitizenReportInput!) { submitCitizenReport(input: $input) { trackingCode } }`,
      {
        input: {
          kind: 'POLLUTION_COMPLAINT',
          description: 'Nước thải màu đen chảy ra mương sau nhà máy vào ban đêm',
          facilityId: here.id,
          contactName: 'Nguyễn Văn Thử',
          contactPhone: '0912345678',
        },
      },
    );
    const rows = await hub.subgraphs.citizens?.database.db.select().from(hubEvents);
    const received = rows?.filter((row) => row.type === 'CITIZEN_REPORT_RECEIVED');
    expect(received).toHaveLength(1);
    expect(received?.[0]).toMatchObject({ facilityId: here.id, adminUnitCode: here.adminUnitCode });
    const told = JSON.stringify(received);
    for (const secret of ['Nguyễn Văn Thử', '0912345678', submitCitizenReport.trackingCode]) {
      expect(told).not.toContain(secret);
    }
  });

  it("tells watchers of a relocation case's step (DOIT) and of a central plant's new status (HIZA), once per change", async () => {
    const planned = relocations.find((c) => c.status === 'PLANNED' && c.destinationClusterId);
    const zone = seed.zones.find((z) => z.plant.status === 'UNDER_CONSTRUCTION');
    if (!planned || !zone) throw new Error('the seed has a planned case and a plant being built');
    await watch(tokens.city, {
      name: 'Di dời và trạm xử lý',
      events: ['RELOCATION_STATUS_CHANGED', 'PLANT_STATUS_CHANGED'],
    });
    const doit = await testToken({ role: 'DOIT' });
    const hiza = await testToken({ role: 'HIZA' });
    await hub
      .client(doit)
      .request(
        `mutation ($input: ProgressRelocationCaseInput!) { progressRelocationCase(input: $input) { id } }`,
        { input: { caseId: planned.id, status: 'IN_PROGRESS', on: '2026-06-01' } },
      );
    const setPlant = (status: string) =>
      hub
        .client(hiza)
        .request(
          `mutation ($input: SetZoneWastewaterPlantInput!) { setZoneWastewaterPlant(input: $input) { id } }`,
          {
            input: {
              zoneId: zone.id,
              status,
              capacityM3PerDay: 2000,
              compliant: false,
              autoMonitoring: false,
              ...(status === 'OPERATING' ? { commissionedOn: '2026-06-15' } : {}),
            },
          },
        );
    await setPlant('OPERATING');
    // the same status again is no change: nothing to tell
    await setPlant('OPERATING');
    await relayAndDeliver();

    const feed = (await call(tokens.city, FEED, { first: 50 })).body.data as {
      notifications: { edges: Array<{ node: Record<string, unknown> }> };
    };
    const told = feed.notifications.edges
      .map((edge) => edge.node)
      .filter((n) => n.type === 'RELOCATION_STATUS_CHANGED' || n.type === 'PLANT_STATUS_CHANGED');
    expect(told).toHaveLength(2);
    expect(told.find((n) => n.type === 'RELOCATION_STATUS_CHANGED')).toMatchObject({
      facilityId: planned.facilityId,
      summary: 'A relocation case moved from PLANNED to IN_PROGRESS on 2026-06-01',
    });
    expect(told.find((n) => n.type === 'PLANT_STATUS_CHANGED')).toMatchObject({
      adminUnitCode: zone.adminUnitCode,
      summary: `The central wastewater plant of ${zone.name} went from UNDER_CONSTRUCTION to OPERATING`,
    });
  });

  it('lets the public watch nothing and read no feed', async () => {
    const refused = await call(null, CREATE_WATCH, {
      input: { name: 'Công khai', events: ['VIOLATION_PUBLISHED'] },
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(null, FEED)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await call(null, DELIVERIES)).body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses webhooks to private and loopback addresses in production, unless their host is allowed', async () => {
    const productionEnv = {
      NODE_ENV: 'production',
      HUB_WEBHOOK_ALLOWED_HOSTS: 'receiver.agency.internal',
    };
    let own: TestDatabase | undefined;
    let production: Awaited<ReturnType<typeof startTestNotifications>>;
    if (database.url) {
      // a second instance on the same database, configured as production
      production = await startTestNotifications(hub, database, productionEnv);
    } else {
      // PGlite: production demands a PostgreSQL server (that rule first), so the second instance
      // runs on an embedded database of its own with production's webhook rule, as told
      expect(() =>
        loadNotificationsConfig({ ...notificationsEnv(hub, database), ...productionEnv }),
      ).toThrow(/DATABASE_URL/);
      own = await emptyDatabase(inject('databaseTemplates'), 'notifications');
      production = await startTestNotifications(hub, own, {
        HUB_WEBHOOK_ALLOW_PRIVATE: 'false',
        HUB_WEBHOOK_ALLOWED_HOSTS: productionEnv.HUB_WEBHOOK_ALLOWED_HOSTS,
      });
    }
    try {
      for (const url of [
        'http://127.0.0.1:9/hook',
        'http://localhost:9/hook',
        'http://10.1.2.3/hook',
        'http://192.168.1.10/hook',
        'http://169.254.169.254/latest/meta-data',
        'http://[::1]/hook',
        'http://[::ffff:127.0.0.1]/hook',
        'ftp://example.org/hook',
      ]) {
        const answer = await postGraphQL(
          production.http.url,
          {
            query: CREATE_WATCH,
            variables: {
              input: {
                name: 'Nội bộ',
                events: ['EXCEEDANCE'],
                webhookUrl: url,
                webhookSecret: SECRET,
              },
            },
          },
          { ...bearer(tokens.donre), ...gatewayProofHeaders('notifications') },
        );
        expect(answer.body.errors?.[0]?.extensions, url).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.webhookUrl',
        });
      }
    } finally {
      await production.close();
      await own?.drop();
    }
  });

  it('delivers an event whose worker was killed mid-delivery, once the service is back', async () => {
    await watch(tokens.donre, {
      name: 'Sống sót',
      events: ['VIOLATION_RECORDED'],
      facilityIds: [elsewhere.id],
      webhookUrl: receiver.url('/survivor'),
      webhookSecret: SECRET,
    });
    // only one process opens the database at a time (PGlite's rule): this one steps aside
    await notifications?.close();
    notifications = undefined;
    receiver.script('/survivor', 'hang', 200);
    await recordViolation(elsewhere.id, '2026-05-05');

    const env = {
      ...notificationsEnv(hub, database),
      ...serviceEnv(),
      HUB_OUTBOX_POLL_MS: '100',
      HUB_DELIVERY_POLL_MS: '100',
      HUB_DELIVERY_LEASE_MS: '1000',
      HUB_WEBHOOK_TIMEOUT_MS: '900',
    };
    const first = spawnNotifications(env);
    await receiver.waitFor('/survivor', 1, 40_000);
    first.kill('SIGKILL');
    await exited(first);

    const second = spawnNotifications(env);
    try {
      const posts = await receiver.waitFor('/survivor', 2, 40_000);
      expect(new Set(posts.map((post) => post.headers['x-hub-event-id'])).size).toBe(1);
    } finally {
      second.kill('SIGTERM');
      await exited(second);
    }
    notifications = await startTestNotifications(hub, database, serviceEnv());
    const survivor = (await watchesOf(tokens.donre)).find((w) => w.name === 'Sống sót');
    expect(survivor?.deliveries[0]?.status).toBe('DELIVERED');
    expect(survivor?.deliveries[0]?.attempts.map((a) => a.statusCode)).toEqual([null, 200]);
    expect(survivor?.deliveries[0]?.attempts[0]?.error).toContain('worker stopped');
  });
  it("keeps one subject's events in order: the second waits while the first is retried", async () => {
    receiver.script('/ordered', 500, 200, 200);
    await watchViolationsOf('Theo thứ tự', fourth.id, '/ordered');
    await recordViolation(fourth.id, '2026-06-01');
    await recordViolation(fourth.id, '2026-06-02');
    const ids = (await deliverInRounds('/ordered', 3)).map(
      (post) => post.headers['x-hub-event-id'],
    );
    // the first event failed, was retried and arrived; only then the second
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    const ordered = (await watchesOf(tokens.city)).find((w) => w.name === 'Theo thứ tự');
    expect(ordered?.deliveries.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
  });

  it('gives a delivery up at the retry limit: FAILED, each attempt recorded, nothing sent after', async () => {
    // the same service on the same database, with a limit of three attempts
    await notifications?.close();
    notifications = await startTestNotifications(hub, database, {
      ...serviceEnv(),
      HUB_DELIVERY_MAX_ATTEMPTS: '3',
    });
    receiver.script('/dead', 500, 500, 500, 500, 500, 500);
    await watchViolationsOf('Không bao giờ nhận', fifth.id, '/dead');
    await recordViolation(fifth.id, '2026-06-03');
    // every round run, longer than three attempts take (1–2 s, then 2–4 s between them)
    expect(await deliverInRounds('/dead', 4, 9_000)).toHaveLength(3);
    const dead = (await watchesOf(tokens.city)).find((w) => w.name === 'Không bao giờ nhận');
    expect(dead?.deliveries).toHaveLength(1);
    expect(dead?.deliveries[0]?.status).toBe('FAILED');
    expect(dead?.deliveries[0]?.attempts.map((a) => [a.number, a.statusCode])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ]);
    // counted for the alert on given-up deliveries (infra/k8s/base/monitoring)
    const metrics = await metricsText();
    expect(metrics).toMatch(/^hub_webhook_deliveries_total\{outcome="failed"[^}]*\} 1$/m);
    expect(metrics).toMatch(/^hub_webhook_deliveries_total\{outcome="retried"[^}]*\} 2$/m);
  });

  it('pauses a watch whose webhook has failed for a day: its deliveries wait, retried no more', async () => {
    receiver.script('/paused', 500);
    const id = await watchViolationsOf('Tạm dừng', sixth.id, '/paused');
    // the watch as a day of failures leaves it: failing since yesterday
    await notifications?.database.db.execute(
      sql`update watches set failing_since = now() - interval '25 hours' where id = ${id}`,
    );
    await recordViolation(sixth.id, '2026-06-04');
    // long enough for a retry (1–2 s): the one failed attempt pauses it
    expect(await deliverInRounds('/paused', 2, 2_500)).toHaveLength(1);
    const state = (await call(tokens.city, WATCH_STATE)).body.data?.watches as Array<{
      id: string;
      active: boolean;
      pausedReason: string | null;
    }>;
    expect(state.find((w) => w.id === id)).toEqual({
      id,
      active: false,
      pausedReason: 'the webhook has failed for a day / webhook lỗi liên tục một ngày',
    });
    // a later event is owed, not sent
    await recordViolation(sixth.id, '2026-06-05');
    expect(await deliverInRounds('/paused', 2, 2_500)).toHaveLength(1);
    const paused = (await watchesOf(tokens.city)).find((w) => w.name === 'Tạm dừng');
    expect(paused?.deliveries.map((d) => d.status)).toEqual(['PENDING', 'PENDING']);
    expect(await metricsText()).toMatch(/^hub_watches_paused\{[^}]*\} 1$/m);
  });

  it('resumes a paused watch for its owner alone: what it owes is then sent, in order', async () => {
    const id = (await watchesOf(tokens.city)).find((w) => w.name === 'Tạm dừng')?.id;
    // another caller's resume finds no watch of its own by that id
    const foreign = await call(tokens.donre, RESUME_WATCH, { id });
    expect(foreign.body.errors).toBeUndefined();
    expect(foreign.body.data).toEqual({ resumeWatch: null });
    const resumed = await call(tokens.city, RESUME_WATCH, { id });
    expect(resumed.body.data).toEqual({ resumeWatch: { id, active: true, pausedReason: null } });
    const ids = (await deliverInRounds('/paused', 3)).map((post) => post.headers['x-hub-event-id']);
    // the failed first event again, then the second
    expect(ids).toHaveLength(3);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    const done = (await watchesOf(tokens.city)).find((w) => w.name === 'Tạm dừng');
    expect(done?.deliveries.map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
    expect(await metricsText()).toMatch(/^hub_watches_paused\{[^}]*\} 0$/m);
  });

  it('keeps the order after a resume when a job from before it is still waiting', async () => {
    const id = (await watchesOf(tokens.city)).find((w) => w.name === 'Tạm dừng')?.id;
    const before = receiver.postsTo('/paused').length;
    await notifications?.database.db.execute(
      sql`update watches set active = false where id = ${id}`,
    );
    // the first event's job finds the watch paused: completed, its delivery still owed
    await recordViolation(sixth.id, '2026-06-07');
    expect(await deliverInRounds('/paused', before + 1, 1_000)).toHaveLength(before);
    // the second event's job is written, and still waiting when the watch is resumed
    await recordViolation(sixth.id, '2026-06-08');
    await notifications?.relay.pollOnce();
    const resumed = await call(tokens.city, RESUME_WATCH, { id });
    expect(resumed.body.data).toEqual({ resumeWatch: { id, active: true, pausedReason: null } });
    // the waiting job, ahead of those the resume wrote, sends nothing out of turn
    const sent = (await deliverInRounds('/paused', before + 2))
      .slice(before)
      .map((post) => post.headers['x-hub-event-id']);
    const owed = (await watchesOf(tokens.city)).find((w) => w.name === 'Tạm dừng')?.deliveries;
    // deliveries are listed newest first
    expect(sent).toEqual([owed?.[1]?.eventId, owed?.[0]?.eventId]);
    expect(owed?.slice(0, 2).map((d) => d.status)).toEqual(['DELIVERED', 'DELIVERED']);
    expect(receiver.postsTo('/paused')).toHaveLength(before + 2);
  });
  it('keeps the outboxes and its own tables the size of their retention, never what is still owed', async () => {
    const police = hub.subgraphs.police?.database.db;
    const service = notifications?.database.db;
    if (!police || !service) throw new Error('the police subgraph and the service run here');
    // every event the police recorded so far, as if relayed 100 days ago (the retention is 90)
    await police
      .update(hubEvents)
      .set({ relayedAt: sql`now() - interval '100 days'` })
      .where(isNotNull(hubEvents.relayedAt));
    expect(await police.$count(hubEvents, isNotNull(hubEvents.relayedAt))).toBeGreaterThan(5);
    // a watch paused long ago and never resumed, beside the active '/flaky' watch of the same facility
    const forgotten = await watchViolationsOf('Bị bỏ quên', third.id, '/forgotten');
    await service.execute(sql`update watches set active = false where id = ${forgotten}`);
    // the next acknowledgement clears the old events, and keeps the one it acknowledges
    await recordViolation(third.id, '2026-06-06');
    await notifications?.relay.pollOnce();
    expect(await police.$count(hubEvents)).toBe(1);
    expect(await police.$count(hubEvents, isNotNull(hubEvents.relayedAt))).toBe(1);

    // the service's deliveries and events, all as if 200 days old (the retention is 180)
    await service.execute(sql`update deliveries set created_at = now() - interval '200 days'`);
    await service.execute(
      sql`update received_events set received_at = now() - interval '200 days'`,
    );
    const removed = await notifications?.retention.runOnce();
    expect(removed?.deliveries).toBeGreaterThan(5);
    expect(removed?.events).toBeGreaterThan(5);
    const after = await watchesOf(tokens.city);
    // an active watch's delivery is still owed however old, with its event
    expect(
      after.find((w) => w.name === 'Hệ thống hay lỗi')?.deliveries.map((d) => d.status),
    ).toEqual(['PENDING']);
    expect(after.find((w) => w.name === 'Hệ thống hay lỗi')?.deliveries[0]?.event).toMatchObject({
      type: 'VIOLATION_RECORDED',
      facilityId: third.id,
    });
    // what the forgotten watch owed was given up, then went with the rest
    expect(after.find((w) => w.name === 'Bị bỏ quên')?.deliveries).toEqual([]);
    // done deliveries went: the retry-limit test's given-up one among them
    expect(after.find((w) => w.name === 'Không bao giờ nhận')?.deliveries).toEqual([]);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'starts two replicas together on one new PostgreSQL database: pg-boss made once, both working its queue',
    async () => {
      const fresh = await emptyDatabase(inject('databaseTemplates'), 'notifications');
      const replicas = await Promise.all([
        startTestNotifications(hub, fresh),
        startTestNotifications(hub, fresh),
      ]);
      try {
        const [one, two] = replicas;
        const queues = (await one.database.db.execute(
          sql`select name, policy from pgboss.queue order by name`,
        )) as { rows: unknown[] };
        expect(queues.rows).toEqual([{ name: 'webhook-delivery', policy: 'key_strict_fifo' }]);
        // either replica takes work from the same queue (none waiting yet)
        expect(await one.worker.runOnce()).toBe(0);
        expect(await two.worker.runOnce()).toBe(0);
      } finally {
        await Promise.all(replicas.map((replica) => replica.close()));
        await fresh.drop();
      }
    },
  );
});
