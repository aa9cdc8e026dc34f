import { type Database, equalsAny, insertInChunks } from '@ipc-hub/db';
import type { HanoiSeed } from '@ipc-hub/seed';
import {
  generateMonitoringSeed,
  type SeedMonitoringStation,
  seedReadingWindow,
  simulateStation,
  vietnamTimestamp,
} from '@ipc-hub/seed/monitoring';
import { sql } from 'drizzle-orm';
import type * as schema from '../db/schema';
import { facilities, monitoringStationParameters, monitoringStations } from '../db/schema';
import { dischargeCoefficients } from './judging/dischargeCoefficients';
import { ingestReadings, type ReadingRow } from './readings/ingestReadings';
import { ReferenceDataRepository } from './stations/ReferenceDataRepository';

/**
 * The demo's stations all measure since Nghị định 08/2022/NĐ-CP (10/01/2022),
 * which made automatic monitoring a duty: before any window the seed or
 * `pnpm simulate-stations` writes.
 */
const SEED_OPERATING_SINCE = '2022-01-10';

/** Readings handed to the database at a time: a few statements' worth, so memory stays flat. */
const FLUSH = 100_000;

/**
 * The demo's monitoring: the stations of `generateMonitoringSeed` with their
 * Kq and Kf fixed by the regulation's bands, and two weeks of their readings
 * as the simulator makes them (the same readings `pnpm simulate-stations`
 * writes as files for that window), inserted in large batches. Writes
 * nothing unless the demo's facilities are in the registry.
 */
export async function seedMonitoring(tx: Database<typeof schema>, base: HanoiSeed): Promise<void> {
  const stations = generateMonitoringSeed(base);
  const facilityIds = stations.flatMap((s) => (s.facilityId ? [s.facilityId] : []));
  const [known] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(facilities)
    .where(equalsAny(facilities.id, facilityIds, 'uuid'));
  if ((known?.n ?? 0) !== new Set(facilityIds).size) return;

  const window = seedReadingWindow();
  const reference = new ReferenceDataRepository(tx);
  const catalog = await reference.parameters();
  const bands = await reference.bandsInForce('WASTEWATER', vietnamDay(window.to));
  const parameterId = (code: string) => {
    const parameter = catalog.code(code);
    if (!parameter) throw new Error(`the seed names an unknown parameter ${code}`);
    return parameter.id;
  };

  const inserted = await tx
    .insert(monitoringStations)
    .values(stations.map((station) => stationRow(station, bands)))
    .returning({ id: monitoringStations.id, number: monitoringStations.number });
  const numbers = new Map(inserted.map((row) => [row.id, row.number]));
  await insertInChunks(
    tx,
    monitoringStationParameters,
    stations.flatMap((station) =>
      station.parameters.map((code) => ({ stationId: station.id, parameterId: parameterId(code) })),
    ),
    2,
  );

  // The seed's readings are new by construction and the table is empty: its primary key
  // is set aside and built again after them in one sort, rather than kept up row by row.
  const [key] = (
    (await tx.execute(sql`select pg_get_constraintdef(oid) as definition from pg_constraint
      where conrelid = 'monitoring_readings'::regclass and conname = 'monitoring_readings_pkey'`)) as unknown as {
      rows: Array<{ definition: string }>;
    }
  ).rows;
  if (!key) throw new Error('monitoring_readings has no primary key to set aside');
  await tx.execute(sql`alter table monitoring_readings drop constraint monitoring_readings_pkey`);
  let rows: ReadingRow[] = [];
  for (const station of stations) {
    const stationNumber = numbers.get(station.id);
    if (stationNumber === undefined) throw new Error(`station ${station.code} was not inserted`);
    const ids = station.parameters.map(parameterId);
    for (const cycle of simulateStation(station, window)) {
      for (const [index, line] of cycle.lines.entries()) {
        rows.push({
          stationNumber,
          parameterId: ids[index] ?? parameterId(line.parameter),
          measuredAt: cycle.at,
          value: line.value,
          status: line.status,
        });
      }
      if (rows.length >= FLUSH) {
        await ingestReadings(tx, rows);
        rows = [];
      }
    }
  }
  await ingestReadings(tx, rows);
  await tx.execute(
    sql`alter table monitoring_readings add constraint monitoring_readings_pkey ${sql.raw(key.definition)}`,
  );
}

function stationRow(
  station: SeedMonitoringStation,
  bands: Awaited<ReturnType<ReferenceDataRepository['bandsInForce']>>,
): typeof monitoringStations.$inferInsert {
  const water = station.receivingWater;
  const { kq, kf } =
    station.kind === 'WASTEWATER'
      ? dischargeCoefficients(bands, {
          receivingWater: water,
          dischargeM3PerDay: station.dischargeM3PerDay,
        })
      : { kq: null, kf: null };
  return {
    id: station.id,
    code: station.code,
    name: station.name,
    kind: station.kind,
    facilityId: station.facilityId,
    zoneId: station.zoneId,
    clusterId: station.clusterId,
    adminUnitCode: station.adminUnitCode,
    qcvnColumn: station.qcvnColumn,
    receivingWater: water?.kind ?? null,
    receivingWaterName: water?.name ?? null,
    receivingFlowM3PerS: water?.flowM3PerS ?? null,
    receivingVolumeM3: water?.volumeM3 ?? null,
    dischargeM3PerDay: station.dischargeM3PerDay,
    kq,
    kf,
    operatingSince: SEED_OPERATING_SINCE,
  };
}

/** `YYYY-MM-DD` of the Vietnamese day an instant falls in. */
function vietnamDay(at: Date): string {
  const stamp = vietnamTimestamp(at);
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`;
}
