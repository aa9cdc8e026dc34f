import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig, subgraphConfigShape } from '@ipc-hub/config';
import { type Database, openDatabase } from '@ipc-hub/db';
import { environmentSubgraph } from '@ipc-hub/environment';
import { ingestReadings, type ReadingRow } from '@ipc-hub/environment/monitoring';
import { type NewHubEvent, recordEvents } from '@ipc-hub/events';
import { identityConfigShape } from '@ipc-hub/identity';
import { createLogger } from '@ipc-hub/logger';
import { loadNotificationsConfig, startNotifications } from '@ipc-hub/notifications';
import { watches } from '@ipc-hub/notifications/schema';
import { policeSubgraph } from '@ipc-hub/police';
import { SUBGRAPHS } from '@ipc-hub/registry';
import { startSubgraph } from '@ipc-hub/server-kit';
import type { BenchDatabases } from '../databases';
import { recreateDatabase } from '../databases';
import { percentile, ratio } from '../stats';

export interface OutboxCost {
  /** transactions per second of each side, the median of the rounds */
  withoutEvent: number;
  withEvent: number;
  /** the time of a transaction with its event ÷ without: the outbox row's added cost */
  ratio: number;
}

export interface NotificationsThroughput {
  events: number;
  /** events per second from the agency's outbox to the receiver: relay over HTTP, queue, signed POST */
  eventsPerSecond: number;
  recordViolation: OutboxCost;
  /** one data file's readings (7) written with or without its EXCEEDANCE row */
  ingestion: OutboxCost;
}

const EVENTS = 2_000;
const TRANSACTIONS = 300;
const SECRET = 'bench-subgraph-proof-secret-0123456789abcdef';
const JWT_SECRET = 'bench-jwt-secret-0123456789abcdef-0123456789';

function violationEvent(facilityId: string): NewHubEvent {
  return {
    type: 'VIOLATION_RECORDED',
    facilityId,
    adminUnitCode: '00004',
    summary: 'Violation recorded (NO_PERMIT)',
    summaryVi: 'Lập biên bản vi phạm (NO_PERMIT)',
  };
}

/** Median transactions/s of `work` and of `withEvent`, alternating rounds of `TRANSACTIONS` each. */
async function sideBySide(
  rounds: number,
  without: (i: number) => Promise<unknown>,
  withEvent: (i: number) => Promise<unknown>,
): Promise<OutboxCost> {
  const a: number[] = [];
  const b: number[] = [];
  let offset = 0;
  for (let round = 0; round < rounds; round += 1) {
    for (const [work, rates] of [
      [without, a],
      [withEvent, b],
    ] as const) {
      const started = performance.now();
      for (let i = 0; i < TRANSACTIONS; i += 1) await work(offset + i);
      offset += TRANSACTIONS;
      rates.push(TRANSACTIONS / ((performance.now() - started) / 1000));
    }
  }
  const median = (rates: number[]) =>
    percentile(
      [...rates].sort((x, y) => x - y),
      50,
    );
  const withoutEvent = median(a);
  const withEventRate = median(b);
  return { withoutEvent, withEvent: withEventRate, ratio: ratio(withoutEvent, withEventRate) };
}

/**
 * (n) Notifications: the outbox row's added cost on the police's
 * recordViolation transaction and on one data file's ingestion transaction
 * (alternating rounds, same database), and events per second from an
 * agency's outbox to a webhook receiver on loopback (the police subgraph and
 * the notifications service in this process, on their own databases).
 */
export async function notificationsThroughput(
  databases: BenchDatabases,
  rounds: number,
): Promise<NotificationsThroughput> {
  const logger = createLogger('bench-notifications', 'warn');
  const policeUrl = databases.named('notify_police');
  const environmentUrl = databases.named('notify_environment');
  const notificationsUrl = databases.named('notify_service');
  for (const url of [policeUrl, environmentUrl, notificationsUrl]) {
    await recreateDatabase(databases.admin, url);
  }

  const environment = await openDatabase({
    url: environmentUrl,
    dataDir: '.data/unused',
    schema: environmentSubgraph.database.schema,
    migrationsFolder: environmentSubgraph.database.migrationsFolder,
    logger,
  });
  await environment.migrate();
  const file = (i: number): ReadingRow[] =>
    ['TEMP', 'PH', 'COD', 'TSS', 'NH4', 'FLOW', 'COLOR'].map((_, parameter) => ({
      stationNumber: 1 + (i % 50),
      parameterId: parameter + 1,
      measuredAt: new Date(Date.UTC(2026, 0, 1) + i * 300_000),
      value: 10,
      status: 0,
    }));
  const ingestion = await sideBySide(
    rounds,
    (i) => environment.db.transaction((tx) => ingestReadings(tx, file(i))),
    (i) =>
      environment.db.transaction(async (tx) => {
        await ingestReadings(tx, file(i));
        await recordEvents(tx as Database, [
          { ...violationEvent(randomUUID()), type: 'EXCEEDANCE', dedupeKey: `bench:${i}` },
        ]);
      }),
  );
  await environment.close();

  const policeConfig = loadConfig(
    { ...subgraphConfigShape(0, 'police'), ...identityConfigShape },
    {
      DATABASE_URL: policeUrl,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      HUB_SEED: 'false',
      HUB_SUBGRAPH_SECRET: SECRET,
      HUB_JWT_SECRET: JWT_SECRET,
    },
  );
  const police = await startSubgraph(policeSubgraph, { config: policeConfig, logger });
  const receiver = { count: 0, done: () => {} };
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      receiver.count += 1;
      response.end('ok');
      if (receiver.count >= EVENTS) receiver.done();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const notifications = await startNotifications(
    loadNotificationsConfig({
      DATABASE_URL: notificationsUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      HUB_SUBGRAPH_SECRET: SECRET,
      HUB_JWT_SECRET: JWT_SECRET,
      HUB_OUTBOX_POLL_MS: '50',
      HUB_DELIVERY_POLL_MS: '50',
      // the other agencies are not running: a closed port answers at once
      ...Object.fromEntries(
        SUBGRAPHS.map((agency) => [agency.urlVariable, 'http://127.0.0.1:9/graphql']),
      ),
      POLICE_URL: police.http.url,
    }),
    logger,
    { background: false },
  );
  try {
    const db = police.database.db as unknown as Database;
    const violations = policeSubgraph.database.schema.violations;
    const row = (i: number) => ({
      facilityId: randomUUID(),
      adminUnitCode: '00004',
      detectedOn: '2026-03-14',
      category: 'NO_PERMIT' as const,
      legalBasis: `Nghị định 45/2022/NĐ-CP, Điều 15 (${i})`,
    });
    const recordViolation = await sideBySide(
      rounds,
      (i) => db.transaction((tx) => tx.insert(violations).values(row(i)).returning()),
      (i) =>
        db.transaction(async (tx) => {
          const [violation] = await tx.insert(violations).values(row(i)).returning();
          await recordEvents(tx, [violationEvent(violation?.facilityId ?? '')]);
        }),
    );
    // the events of the cost rounds are not the throughput's
    await db.execute('delete from hub_events' as never);

    await notifications.database.db.insert(watches).values({
      ownerSub: 'bench@city',
      ownerRole: 'CITY',
      name: 'bench',
      events: ['VIOLATION_RECORDED'],
      webhookUrl: `http://127.0.0.1:${port}/hook`,
      webhookSecret: 'bench-webhook-secret-0123456789abcdef',
    });
    for (let i = 0; i < EVENTS; i += 500) {
      await db.transaction((tx) =>
        recordEvents(
          tx,
          Array.from({ length: Math.min(500, EVENTS - i) }, () => violationEvent(randomUUID())),
        ),
      );
    }
    const arrived = new Promise<void>((resolve) => {
      receiver.done = resolve;
    });
    const started = performance.now();
    notifications.relay.start(50);
    notifications.worker.start(50);
    await arrived;
    const seconds = (performance.now() - started) / 1000;
    return { events: EVENTS, eventsPerSecond: EVENTS / seconds, recordViolation, ingestion };
  } finally {
    await notifications.close();
    await police.close();
    server.closeAllConnections();
    server.close();
  }
}
