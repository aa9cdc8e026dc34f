import { allRows } from '@ipc-hub/access';
import type { Database } from '@ipc-hub/db';
import { recordEvents } from '@ipc-hub/events';
import { present } from '@ipc-hub/server-kit';
import type * as schema from '../../db/schema';
import { type Exceedance, exceedanceEvents } from '../judging/exceedanceEvents';
import { judgeReading } from '../judging/judgeReading';
import type { LimitPeriod } from '../judging/LimitPeriod';
import { limitSchedule, periodAt } from '../judging/limitSchedule';
import type { Regulation } from '../judging/Regulation';
import {
  ingestReadingsReturningKeys,
  type ReadingRow,
  readingKey,
} from '../readings/ingestReadings';
import {
  MonitoringStationRepository,
  type StationRecord,
} from '../stations/MonitoringStationRepository';
import type { MonitoringParameter, ParameterCatalog } from '../stations/ParameterCatalog';
import { ReferenceDataRepository } from '../stations/ReferenceDataRepository';
import { FileRefusal } from './FileRefusal';
import { MonitoringFileRepository } from './MonitoringFileRepository';
import { type MonitoringFileName, parseMonitoringFileName } from './parseMonitoringFileName';
import { type MonitoringLine, parseMonitoringLines } from './parseMonitoringLines';
import { VIETNAM_OFFSET_MS } from './parseVietnamTimestamp';
import { sameUnit } from './sameUnit';

/** A data file as received: its name and its text. */
export interface MonitoringFileInput {
  fileName: string;
  content: string;
}

/** What one file brought: new readings, readings already stored, and new readings over their limit. */
export interface IngestResult {
  accepted: number;
  duplicates: number;
  exceedances: number;
}

export type FileOutcome =
  | { fileName: string; station: StationRecord; result: IngestResult }
  | { fileName: string; refusal: FileRefusal };

type Refused = Extract<FileOutcome, { refusal: FileRefusal }>;

export interface IngestionOptions {
  /** recorded with each file: the token subject, or the folder import */
  receivedBy: string | null;
  /** whether the sender may send this station's files; everyone when absent */
  mayIngest?: (station: StationRecord) => boolean;
}

interface ParsedFile {
  fileName: string;
  name: MonitoringFileName;
  lines: MonitoringLine[];
}

/** A file's name and lines, or why they are not those of a data file. */
function parse(file: MonitoringFileInput, now: Date): ParsedFile | Refused {
  try {
    return {
      fileName: file.fileName,
      name: parseMonitoringFileName(file.fileName),
      lines: parseMonitoringLines(file.content, now),
    };
  } catch (error) {
    if (error instanceof FileRefusal) return { fileName: file.fileName, refusal: error };
    throw error;
  }
}

interface PreparedFile {
  fileName: string;
  name: MonitoringFileName;
  station: StationRecord;
  rows: ReadingRow[];
}

/** Files parsed and checked (`MonitoringIngestion.check`), not yet stored: each ready or refused. */
export type CheckedFiles = ReadonlyArray<PreparedFile | Refused>;

/**
 * Ingests data files (Thông tư 10/2021/TT-BTNMT) in one transaction: each
 * file is checked whole — its name, every line, its station, the sender —
 * and refused whole with the reason (nothing of it is stored), and the
 * readings of the files that pass are written in one batch, skipping those
 * already stored (a resent file stores nothing twice). Each new reading
 * measured normally is judged against the limit in force when it was
 * measured, and one EXCEEDANCE hub event per station, parameter and day is
 * recorded in the same transaction. Reference data is read once per instance.
 */
export class MonitoringIngestion {
  private parameters: ParameterCatalog | undefined;
  private regulations: Regulation[] | undefined;
  private readonly schedules = new Map<string, LimitPeriod[]>();

  constructor(
    private readonly db: Database<typeof schema>,
    private readonly options: IngestionOptions,
  ) {}

  async ingest(files: readonly MonitoringFileInput[], now = new Date()): Promise<FileOutcome[]> {
    return this.store(await this.check(files, now));
  }

  /**
   * The first half of `ingest`: each file parsed and checked against its
   * station and the sender, nothing written. A caller with many groups of
   * files (the folder import) checks the next group while the last one is
   * being stored.
   */
  async check(files: readonly MonitoringFileInput[], now = new Date()): Promise<CheckedFiles> {
    const reference = new ReferenceDataRepository(this.db);
    this.parameters ??= await reference.parameters();
    this.regulations ??= await reference.regulations();
    const parsed = files.map((file) => parse(file, now));
    const codes = [...new Set(parsed.flatMap((p) => ('name' in p ? [p.name.stationCode] : [])))];
    const stations = new Map(
      (
        await new MonitoringStationRepository(
          this.db,
          allRows(
            "ingestion finds a file's station by its code; who may send it is checked per station",
          ),
        ).findByCodes(codes)
      ).map((s) => [s.code, s]),
    );
    return parsed.map((p): PreparedFile | Refused => {
      if ('refusal' in p) return p;
      try {
        return this.prepare(p.fileName, p.name, p.lines, stations);
      } catch (error) {
        if (error instanceof FileRefusal) return { fileName: p.fileName, refusal: error };
        throw error;
      }
    });
  }

  /**
   * The second half of `ingest`: the readings of the files `check` let
   * through written in one transaction, the new ones judged, the files
   * recorded; the outcome of every file, refused ones included, in order.
   */
  async store(prepared: CheckedFiles): Promise<FileOutcome[]> {
    const accepted = prepared.filter((p): p is PreparedFile => 'rows' in p);
    if (accepted.length === 0) return prepared as Refused[];
    return this.db.transaction(async (tx) => {
      const fresh = await ingestReadingsReturningKeys(
        tx,
        accepted.flatMap((p) => p.rows),
      );
      const exceedances: Exceedance[] = [];
      const tallies = new Map(accepted.map((file) => [file, this.tally(file, fresh, exceedances)]));
      const resultOf = (file: PreparedFile) =>
        present(tallies.get(file), `${file.fileName}'s tally`);
      await new MonitoringFileRepository(tx).record(
        accepted.map((file) => ({
          fileName: file.fileName,
          stationId: file.station.id,
          sentAt: file.name.sentAt,
          readings: file.rows.length,
          ...resultOf(file),
          receivedBy: this.options.receivedBy,
        })),
      );
      await recordEvents(tx, exceedanceEvents(exceedances));
      return prepared.map((p) =>
        'rows' in p ? { fileName: p.fileName, station: p.station, result: resultOf(p) } : p,
      );
    });
  }

  /**
   * What a file brought, given the keys of the readings the batch stored:
   * a key is taken by the first file that has it, so a reading twice in one
   * batch is new once and a duplicate after. New readings measured normally
   * are judged.
   */
  private tally(file: PreparedFile, fresh: Set<string>, exceedances: Exceedance[]): IngestResult {
    const result = { accepted: 0, duplicates: 0, exceedances: 0 };
    const schedule = this.scheduleOf(file.station);
    for (const row of file.rows) {
      if (!fresh.delete(readingKey(row.stationNumber, row.parameterId, row.measuredAt))) {
        result.duplicates += 1;
        continue;
      }
      result.accepted += 1;
      if (row.status !== 0) continue;
      const period = periodAt(schedule, row.parameterId, row.measuredAt);
      if (period && judgeReading(period, row.value)) {
        result.exceedances += 1;
        exceedances.push({
          station: file.station,
          parameterCode: this.parameters?.id(row.parameterId)?.code ?? String(row.parameterId),
          measuredAt: row.measuredAt,
          value: row.value,
        });
      }
    }
    return result;
  }

  /** The file's station and its readings as rows; refuses what does not fit the station. */
  private prepare(
    fileName: string,
    name: MonitoringFileName,
    lines: readonly MonitoringLine[],
    stations: ReadonlyMap<string, StationRecord>,
  ): PreparedFile {
    const station = stations.get(name.stationCode);
    // A sender limited to its own stations learns nothing of the others, not even
    // whether they exist: an unknown code and another's station answer alike.
    if (this.options.mayIngest && (!station || !this.options.mayIngest(station))) {
      throw new FileRefusal(
        'NOT_ALLOWED',
        'fileName',
        {
          vi: `Trạm ${name.stationCode} không phải trạm của cơ sở được phép gửi dữ liệu`,
          en: `station ${name.stationCode} is not one of the stations this sender may send for`,
        },
        null,
        name.stationCode,
        station?.id ?? null,
      );
    }
    if (!station) {
      throw new FileRefusal(
        'UNKNOWN_STATION',
        'fileName',
        {
          vi: `Không có trạm quan trắc mã ${name.stationCode}`,
          en: `no monitoring station has the code ${name.stationCode}`,
        },
        null,
        name.stationCode,
      );
    }
    const measured = new Map(station.parameters.map((p) => [p.id, p]));
    const operatingFrom = vietnamMidnight(station.operatingSince);
    const rows = lines.map((line): ReadingRow => {
      const parameter = this.parameters?.code(line.parameter);
      if (!parameter) {
        throw FileRefusal.atLine(
          line.line,
          `không có thông số mã ${line.parameter}`,
          `there is no parameter ${line.parameter}`,
        );
      }
      if (!measured.has(parameter.id)) {
        throw FileRefusal.atLine(
          line.line,
          `trạm ${station.code} không đăng ký đo ${parameter.code}`,
          `station ${station.code} is not registered to measure ${parameter.code}`,
        );
      }
      if (!sameUnit(line.unit, parameter.unit)) {
        throw FileRefusal.atLine(
          line.line,
          `đơn vị "${line.unit}" của ${parameter.code} phải là "${parameter.unit}"`,
          `unit "${line.unit}" of ${parameter.code} must be "${parameter.unit}"`,
        );
      }
      if (line.value < 0 && !mayBeNegative(parameter)) {
        throw FileRefusal.atLine(
          line.line,
          `giá trị ${parameter.code} âm (${line.value}) không thể có`,
          `a negative ${parameter.code} (${line.value}) cannot be`,
        );
      }
      if (line.measuredAt < operatingFrom) {
        throw FileRefusal.atLine(
          line.line,
          `thời gian đo trước ngày trạm ${station.code} bắt đầu vận hành (${station.operatingSince})`,
          `measured before station ${station.code} started operating (${station.operatingSince})`,
        );
      }
      return {
        stationNumber: station.number,
        parameterId: parameter.id,
        measuredAt: line.measuredAt,
        value: line.value,
        status: line.status,
      };
    });
    return { fileName, name, station, rows };
  }

  private scheduleOf(station: StationRecord): LimitPeriod[] {
    let schedule = this.schedules.get(station.id);
    if (!schedule) {
      schedule = limitSchedule(
        { ...station, parameterIds: station.parameters.map((p) => p.id) },
        this.regulations ?? [],
      );
      this.schedules.set(station.id, schedule);
    }
    return schedule;
  }
}

/**
 * Only a temperature can be below zero; every other parameter the catalog
 * holds is a concentration, a colour, a pH, a flow, an activity or a share,
 * none of which can. A negative one is a broken sensor or a forged file.
 */
function mayBeNegative(parameter: MonitoringParameter): boolean {
  return parameter.unit === '°C';
}

/** 00:00 in Vietnam of a `YYYY-MM-DD` day. */
function vietnamMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);
}
