import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import { type ParameterProfile, parameterProfile } from './data/parameterProfiles';
import type { SeedMonitoringStation, SimulatedCycle, SimulatedLine } from './types';
import { VIETNAM_OFFSET_MS } from './vietnamTimestamp';

/** Thông tư 10/2021/TT-BTNMT: a station sends one file per cycle, by default every 5 minutes. */
export const CYCLE_MS = 300_000;
const DAY_MS = 86_400_000;
const CYCLES_PER_DAY = DAY_MS / CYCLE_MS;

/** The period to simulate, [from, to), and the seed that makes it reproducible. */
export interface SimulationWindow {
  from: Date;
  to: Date;
  seed: number;
}

/** A run of cycles within one day: [start, start + length). */
interface Run {
  start: number;
  length: number;
}

/** What goes wrong, or is done, at a station on one day. */
interface DayPlan {
  /** the datalogger or its line is down: no file at all */
  silence: Run | null;
  /** one analyser reports status 02 */
  deviceError: (Run & { parameter: number }) | null;
  /** one parameter leaves the treatment's normal range */
  excursion: (Run & { parameter: number }) | null;
  /** the day's calibration: status 01 for 15 minutes */
  calibration: (Run & { parameter: number }) | null;
}

function run(random: Random, minLength: number, maxLength: number): Run {
  const length = random.int(minLength, maxLength);
  return { start: random.int(0, CYCLES_PER_DAY - length), length };
}

const within = (r: Run | null, cycle: number) =>
  r !== null && cycle >= r.start && cycle < r.start + r.length;

/** Roughly normal noise with a standard deviation of 1, from three uniforms. */
function gauss(random: Random): number {
  return (random.next() + random.next() + random.next() - 1.5) * 2;
}

function planDay(
  random: Random,
  profiles: readonly ParameterProfile[],
  calibrationHour: number,
  day: number,
): DayPlan {
  const calibrating = profiles.flatMap((p, i) => (p.calibrates ? [i] : []));
  const excursive = profiles.flatMap((p, i) => (p.excursion ? [i] : []));
  // 65 minutes at least, so a silence is always a gap of more than an hour
  const silence = random.chance(0.12) ? run(random, 13, 48) : null;
  const deviceError = random.chance(0.1)
    ? { ...run(random, 2, 12), parameter: random.int(0, profiles.length - 1) }
    : null;
  const excursion =
    excursive.length > 0 && random.chance(0.15)
      ? { ...run(random, 3, 36), parameter: random.pick(excursive) }
      : null;
  // analysers take turns, one a day, at the station's quiet hour
  const calibratingParameter = calibrating[day % Math.max(1, calibrating.length)];
  const calibration =
    calibratingParameter === undefined
      ? null
      : { start: calibrationHour * 12, length: 3, parameter: calibratingParameter };
  return { silence, deviceError, excursion, calibration };
}

function normalValue(
  random: Random,
  profile: ParameterProfile,
  station: SeedMonitoringStation,
  hourOfDay: number,
): number {
  const level = profile.level(station.qcvnColumn);
  // discharges follow the working day, peaking early in the afternoon
  const cycle = Math.sin((2 * Math.PI * (hourOfDay - 8)) / 24);
  const value = profile.absoluteSwing
    ? level + profile.swing * cycle + profile.noise * gauss(random)
    : level * (1 + profile.swing * cycle) * (1 + profile.noise * gauss(random));
  return Math.max(0, value);
}

/**
 * The cycles of one station over a window, as its datalogger would send
 * them: values that follow the working day, an occasional excursion over
 * the limit, a daily calibration (status 01), device errors (status 02),
 * silent hours with no file at all, files that arrive late, and files sent
 * twice. The same station, window and seed always give the same cycles.
 */
export function* simulateStation(
  station: SeedMonitoringStation,
  window: SimulationWindow,
): Generator<SimulatedCycle> {
  const random = new Random(deriveSeed(window.seed, `monitoring:${station.code}`));
  const stackGas = station.kind === 'STACK_GAS';
  const profiles = station.parameters.map((code) => parameterProfile(code, stackGas));
  const calibrationHour = random.int(1, 4);
  let plannedDay = Number.NaN;
  let plan: DayPlan | null = null;
  const first = Math.ceil(window.from.getTime() / CYCLE_MS) * CYCLE_MS;
  for (let t = first; t < window.to.getTime(); t += CYCLE_MS) {
    const local = t + VIETNAM_OFFSET_MS;
    const day = Math.floor(local / DAY_MS);
    if (day !== plannedDay || !plan) {
      plan = planDay(random, profiles, calibrationHour, day);
      plannedDay = day;
    }
    const cycle = Math.floor((local - day * DAY_MS) / CYCLE_MS);
    if (within(plan.silence, cycle)) continue;
    const hourOfDay = (local - day * DAY_MS) / 3_600_000;
    const lines: SimulatedLine[] = profiles.map((profile, index) => {
      let status: SimulatedLine['status'] = 0;
      let value = normalValue(random, profile, station, hourOfDay);
      if (plan?.calibration?.parameter === index && within(plan.calibration, cycle)) {
        status = 1;
        value = profile.calibrationValue * (1 + 0.01 * gauss(random));
      } else if (plan?.deviceError?.parameter === index && within(plan.deviceError, cycle)) {
        status = 2;
        value = profile.errorValue;
      } else if (
        plan?.excursion?.parameter === index &&
        within(plan.excursion, cycle) &&
        profile.excursion
      ) {
        value = profile.excursion(station.qcvnColumn, () => random.next());
      }
      const text = value.toFixed(profile.decimals);
      // the file names the parameter as the station measures it (a stack's TEMP, not its profile's name)
      const parameter = station.parameters[index] ?? profile.code;
      return { parameter, value: Number(text), text, unit: profile.unit, status };
    });
    const at = new Date(t);
    // a file held back by a broken link arrives from a quarter of an hour to a day and more late
    const arrivesAt = random.chance(0.01) ? new Date(t + random.int(15, 30 * 60) * 60_000) : at;
    // the datalogger resends a file the next day, as after a reconnection
    const resentAt = random.chance(0.004)
      ? new Date(
          (day + 1) * DAY_MS - VIETNAM_OFFSET_MS + random.int(0, DAY_MS / 60_000 - 1) * 60_000,
        )
      : null;
    yield { station, at, lines, arrivesAt, resentAt };
  }
}
