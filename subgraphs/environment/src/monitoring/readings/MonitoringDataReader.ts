import type { Database } from '@ipc-hub/db';
import { badUserInput } from '@ipc-hub/errors';
import {
  type EvidenceWindow,
  type StationEvidence,
  stationWindow,
  vietnamToday,
} from '@ipc-hub/plan';
import type * as schema from '../../db/schema';
import { judgeReading } from '../judging/judgeReading';
import type { LimitPeriod } from '../judging/LimitPeriod';
import { limitSchedule, regulationSpans } from '../judging/limitSchedule';
import type { Regulation } from '../judging/Regulation';
import type { StationRecord } from '../stations/MonitoringStationRepository';
import type { MonitoringParameter, ParameterCatalog } from '../stations/ParameterCatalog';
import { ReferenceDataRepository } from '../stations/ReferenceDataRepository';
import { ReadingRepository, type Resolution, type SeriesPoint } from './ReadingRepository';

const DAY_MS = 86_400_000;
/** The longest window per resolution: about 10 000 points at most (RAW: every 5 minutes). */
const LONGEST_WINDOW: Record<Resolution, number> = {
  RAW: 31 * DAY_MS,
  HOUR: 366 * DAY_MS,
  DAY: 3660 * DAY_MS,
};
const LONGEST_JUDGED_WINDOW = 366 * DAY_MS;
/** A data gap is a silence of more than an hour (a station sends every 5 minutes). */
const SILENCE_MS = 3_600_000;
/** Exceedances returned at most per call; a window with more should be narrowed. */
const MOST_EXCEEDANCES = 10_000;

export interface ExceedanceModel {
  station: StationRecord;
  parameter: string;
  value: number;
  limit: number;
  factor: number;
  measuredAt: Date;
  regulation: string;
}

export interface StationLimitModel {
  parameter: string;
  regulation: string;
  kind: 'MAX' | 'RANGE';
  min: number | null;
  max: number;
  baseMin: number | null;
  baseMax: number;
  coefficient: number;
}

export interface DataGapModel {
  from: Date;
  to: Date;
  minutes: number;
}

/**
 * What a station's data says, read for the API: series, exceedances judged
 * against the limit in force when each reading was measured, data gaps, the
 * limits themselves. Validates the windows; reference data is read once per
 * request.
 */
export class MonitoringDataReader {
  private readonly reference: ReferenceDataRepository;
  private readonly readings: ReadingRepository;
  private parameters: Promise<ParameterCatalog> | undefined;
  private regulations: Promise<Regulation[]> | undefined;

  constructor(db: Database<typeof schema>) {
    this.reference = new ReferenceDataRepository(db);
    this.readings = new ReadingRepository(db);
  }

  async series(
    station: StationRecord,
    code: string,
    from: Date,
    to: Date,
    resolution: Resolution,
  ): Promise<SeriesPoint[]> {
    checkWindow(from, to, LONGEST_WINDOW[resolution]);
    const parameter = await this.measured(station, code);
    return this.readings.series(station.number, parameter.id, from, to, resolution);
  }

  async exceedances(station: StationRecord, from: Date, to: Date): Promise<ExceedanceModel[]> {
    checkWindow(from, to, LONGEST_JUDGED_WINDOW);
    const [schedule, catalog] = await Promise.all([this.schedule(station), this.catalog()]);
    const rows = await this.readings.exceedances(
      station.number,
      schedule,
      from,
      to,
      MOST_EXCEEDANCES,
    );
    return rows.flatMap((row) => {
      const period = schedule[row.period];
      const verdict = period ? judgeReading(period, row.value) : null;
      if (!period || !verdict) return [];
      return [
        {
          station,
          parameter: catalog.id(period.parameterId)?.code ?? String(period.parameterId),
          value: row.value,
          limit: verdict.limit,
          factor: verdict.factor,
          measuredAt: row.measuredAt,
          regulation: period.regulation,
        },
      ];
    });
  }

  /**
   * What the stations' readings say over a window of whole Vietnamese days
   * (docs/plan-report.md, "on the evidence"): per station, the days it sent
   * data on, and each parameter whose daily average of normal readings was
   * outside the limit in force that day, with its worst factor and the
   * number of such days. Two statements for all the stations. A station is
   * judged from the day it began operating (the window's days before it are
   * not held against it); one that began after the window is left out.
   */
  async evidence(
    allStations: readonly StationRecord[],
    window: EvidenceWindow,
  ): Promise<Map<string, StationEvidence>> {
    const evidence = new Map<string, StationEvidence>();
    const stations = allStations.filter((s) => stationWindow(window, s.operatingSince) !== null);
    if (stations.length === 0) return evidence;
    const from = vietnamDayStart(window.start);
    const to = new Date(vietnamDayStart(window.end).getTime() + DAY_MS);
    const catalog = await this.catalog();
    const schedules = await Promise.all(
      stations.map(async (station) => ({ station, schedule: await this.schedule(station) })),
    );
    const [exceeding, transmitted] = await Promise.all([
      this.readings.exceedingDays(
        schedules.flatMap(({ station, schedule }) =>
          schedule
            .filter((p) => p.from < to && (p.to === null || p.to > from))
            .map((period) => ({ stationNumber: station.number, period })),
        ),
        from,
        to,
      ),
      this.readings.daysWithData(
        stations.flatMap((s) =>
          s.parameters.map((p) => ({ stationNumber: s.number, parameterId: p.id })),
        ),
        from,
        to,
      ),
    ]);
    const byNumber = new Map<number, StationEvidence>();
    for (const station of stations) {
      const own = stationWindow(window, station.operatingSince) ?? window;
      const item: StationEvidence = {
        stationCode: station.code,
        kind: station.kind,
        windowStart: own.start,
        windowEnd: own.end,
        days: own.days,
        daysWithData: transmitted.get(station.number) ?? 0,
        exceedances: [],
      };
      evidence.set(station.id, item);
      byNumber.set(station.number, item);
    }
    // a parameter under two regulations in one window: its days add up, its worst factor is the worst
    for (const row of exceeding) {
      const item = byNumber.get(row.stationNumber);
      if (!item) continue;
      const parameter = catalog.id(row.parameterId)?.code ?? String(row.parameterId);
      const known = item.exceedances.find((e) => e.parameter === parameter);
      const worstFactor = Math.round(row.worstFactor * 1000) / 1000;
      if (known) {
        known.days += row.days;
        known.worstFactor = Math.max(known.worstFactor, worstFactor);
      } else {
        item.exceedances.push({ parameter, worstFactor, days: row.days });
      }
    }
    return evidence;
  }

  async gaps(
    station: StationRecord,
    from: Date,
    to: Date,
    now = new Date(),
  ): Promise<DataGapModel[]> {
    checkWindow(from, to, LONGEST_JUDGED_WINDOW);
    // nothing can have arrived after now: the window ends there
    const end = new Date(Math.min(to.getTime(), now.getTime()));
    if (end <= from) return [];
    const gaps = await this.readings.gaps(
      station.number,
      station.parameters.map((p) => p.id),
      from,
      end,
      SILENCE_MS,
    );
    return gaps.map((gap) => ({
      ...gap,
      minutes: Math.round((gap.to.getTime() - gap.from.getTime()) / 60_000),
    }));
  }

  async limits(station: StationRecord, at: Date): Promise<StationLimitModel[]> {
    const [schedule, catalog] = await Promise.all([this.schedule(station), this.catalog()]);
    const t = at.getTime();
    return schedule
      .filter((p) => p.from.getTime() <= t && (p.to === null || t < p.to.getTime()))
      .map((p) => ({
        parameter: catalog.id(p.parameterId)?.code ?? String(p.parameterId),
        regulation: p.regulation,
        kind: p.kind,
        min: p.min,
        max: p.max,
        baseMin: p.baseMin,
        baseMax: p.baseMax,
        coefficient: p.coefficient,
      }));
  }

  /**
   * The regulation that governs the station on a Vietnamese day (today when
   * `day` is null), or null before any of its kind was in force.
   */
  async regulation(station: StationRecord, day: string | null): Promise<Regulation | null> {
    this.regulations ??= this.reference.regulations();
    const on = day ?? vietnamToday();
    const span = regulationSpans(station, await this.regulations).find(
      (s) => s.from <= on && (s.to === null || on < s.to),
    );
    return span?.regulation ?? null;
  }

  private catalog(): Promise<ParameterCatalog> {
    this.parameters ??= this.reference.parameters();
    return this.parameters;
  }

  private async schedule(station: StationRecord): Promise<LimitPeriod[]> {
    this.regulations ??= this.reference.regulations();
    return limitSchedule(
      { ...station, parameterIds: station.parameters.map((p) => p.id) },
      await this.regulations,
    );
  }

  private async measured(station: StationRecord, code: string): Promise<MonitoringParameter> {
    const parameter = (await this.catalog()).code(code);
    if (!parameter) {
      throw badUserInput('parameter', {
        vi: `Không có thông số mã ${code}`,
        en: `there is no parameter ${code}`,
      });
    }
    if (!station.parameters.some((p) => p.id === parameter.id)) {
      throw badUserInput('parameter', {
        vi: `Trạm ${station.code} không đo ${parameter.code}`,
        en: `station ${station.code} does not measure ${parameter.code}`,
      });
    }
    return parameter;
  }

  /**
   * Each station's newest reading, of any parameter, at or before `at`, for
   * a request's stations at once (the batch of a DataLoader per moment).
   */
  async lastReadingsAt(stationNumbers: readonly number[], at: Date): Promise<Array<Date | null>> {
    const latest = await this.readings.latestBefore(stationNumbers, at);
    return stationNumbers.map((number) => latest.get(number) ?? null);
  }
}

function vietnamDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

function checkWindow(from: Date, to: Date, longest: number): void {
  if (to <= from) {
    throw badUserInput('to', { vi: 'Thời điểm cuối phải sau from', en: 'to must be after from' });
  }
  if (to.getTime() - from.getTime() > longest) {
    const days = Math.round(longest / DAY_MS);
    throw badUserInput('to', {
      vi: `Khoảng thời gian dài quá ${days} ngày cho độ phân giải này`,
      en: `the window is longer than ${days} days for this resolution`,
    });
  }
}
