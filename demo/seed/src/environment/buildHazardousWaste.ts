import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import type { FacilitySetting, IsoDate, SeedFacility } from '../types';
import { WeightedTable } from '../weightedTable';
import { addDays } from './addDays';
import type { EnvironmentContext } from './createEnvironmentContext';
import {
  commonWastes,
  generatorSectors,
  type HazardousWasteType,
  sectorWastes,
  treatmentSludge,
} from './data/hazardousWasteTypes';
import { licensedHandlers } from './data/licensedHandlers';
import { drawDate } from './drawDate';
import { earlierDate } from './earlierDate';
import type { FacilityTraits } from './facilityTraits';
import { hazardousWasteReports } from './hazardousWasteReports';
import { IdSequence } from './idSequence';
import { laterDate } from './laterDate';
import type {
  SeedHazardousWasteRegistration,
  SeedHazardousWasteReport,
  SeedHazardousWasteStream,
} from './types';

export interface HazardousWasteBuild {
  registrations: SeedHazardousWasteRegistration[];
  streams: SeedHazardousWasteStream[];
  reports: SeedHazardousWasteReport[];
}

/** Thông tư 12/2006/TT-BTNMT started the registers of hazardous-waste generators. */
const REGISTERS_FROM: IsoDate = '2007-03-01';
/** the plan's drive to register every generator (task 1.2 of the plan) */
const DRIVE_FROM: IsoDate = '2012-06-01';
const DRIVE_UNTIL: IsoDate = '2016-12-31';
/** from 2022 the generator's duties are part of its environmental permit, not a separate register */
const REGISTERS_UNTIL: IsoDate = '2021-12-31';
const SETTING_FACTOR: Record<FacilitySetting, number> = {
  ZONE: 1,
  CLUSTER: 0.85,
  STANDALONE: 0.65,
};
const MIN_KG = 50;
const MAX_KG = 50_000;

function registrationShare(facility: SeedFacility, traits: FacilityTraits): number {
  const base = generatorSectors.has(facility.sectorCode)
    ? 0.88
    : traits.scale === 'LARGE'
      ? 0.35
      : traits.scale === 'MEDIUM'
        ? 0.2
        : 0.06;
  return base * SETTING_FACTOR[facility.setting];
}

function issueDate(random: Random, start: IsoDate): IsoDate | null {
  const earliest = laterDate(addDays(start, 30), REGISTERS_FROM);
  let from = earliest;
  let to = earlierDate(addDays(earliest, 540), REGISTERS_UNTIL);
  if (earliest < DRIVE_FROM) {
    // a few registered on their own; most during the plan's drive
    if (random.chance(0.3)) to = addDays(DRIVE_FROM, -1);
    else {
      from = DRIVE_FROM;
      to = DRIVE_UNTIL;
    }
  }
  return from <= to ? drawDate(random, from, to) : null;
}

function roundKg(kg: number): number {
  return kg < 100 ? Math.max(5, Math.round(kg / 5) * 5) : Math.round(kg / 10) * 10;
}

/** Adds a waste type unless the list is full or already declares its code. */
function take(chosen: HazardousWasteType[], count: number, type: HazardousWasteType): void {
  if (chosen.length < count && !chosen.some((c) => c.code === type.code)) chosen.push(type);
}

function drawStreams(
  random: Random,
  facility: SeedFacility,
): { type: HazardousWasteType; kg: number }[] {
  const own = sectorWastes[facility.sectorCode] ?? [];
  const count = own.length > 0 ? random.int(2, 4) : random.int(1, 2);
  const chosen: HazardousWasteType[] = [];
  for (const type of random.shuffle(own).slice(0, random.int(1, 2))) take(chosen, count, type);
  if ((facility.dischargeM3PerDay ?? 0) >= 50 && random.chance(0.6)) {
    take(chosen, count, treatmentSludge);
  }
  for (let guard = 0; chosen.length < count && guard < 20; guard++) {
    take(chosen, count, random.pick(commonWastes));
  }

  // bigger plants declare more of everything; the square root keeps the giants believable
  const size = Math.min(3, Math.max(0.3, Math.sqrt((facility.dischargeM3PerDay ?? 50) / 100)));
  const streams = chosen.map((type) => {
    const [low, high] = type.kgPerYear;
    return { type, kg: roundKg(low * (high / low) ** random.next() * size) };
  });
  const total = streams.reduce((sum, s) => sum + s.kg, 0);
  const factor = total > MAX_KG ? MAX_KG / total : total < MIN_KG ? MIN_KG / total : 1;
  for (const s of streams) s.kg = roundKg(s.kg * factor);
  return streams;
}

/**
 * Registers of hazardous-waste generators (sổ đăng ký chủ nguồn thải) for
 * most facilities of the generating sectors and some others, issued after
 * they started — mostly during the plan's drive of 2012–2016 and never after
 * 2021, when the permit took the register over — with one to four declared
 * streams each and the yearly reports that followed. Codes "01.00xxxx.T"
 * run in order of issue.
 */
export function buildHazardousWaste(ctx: EnvironmentContext): HazardousWasteBuild {
  const random = new Random(deriveSeed(ctx.root, 'hazardous-waste'));
  const handlers = new WeightedTable(licensedHandlers);
  const registrations: SeedHazardousWasteRegistration[] = [];
  const registrationIds = new IdSequence(ctx.root, 'hazardous-waste-registration');
  const streamIds = new IdSequence(ctx.root, 'hazardous-waste-stream');
  const streams: SeedHazardousWasteStream[] = [];
  const subjects: {
    registration: SeedHazardousWasteRegistration;
    facility: SeedFacility;
    expectedKg: number;
  }[] = [];

  for (const facility of ctx.base.facilities) {
    const traits = ctx.traits.get(facility.id);
    const start = facility.startedOperationOn;
    if (!traits || start === null || !random.chance(registrationShare(facility, traits))) continue;
    const issuedOn = issueDate(random, start);
    if (issuedOn === null) continue;
    const registration: SeedHazardousWasteRegistration = {
      id: registrationIds.next(),
      facilityId: facility.id,
      code: '',
      issuedOn,
    };
    registrations.push(registration);
    let expectedKg = 0;
    for (const { type, kg } of drawStreams(random, facility)) {
      streams.push({
        id: streamIds.next(),
        registrationId: registration.id,
        wasteCode: type.code,
        name: type.name,
        expectedKgPerYear: kg,
      });
      expectedKg += kg;
    }
    subjects.push({ registration, facility, expectedKg });
  }

  // the department numbers registers in the order it issues them
  const byIssue = registrations
    .map((registration, index) => ({ registration, index }))
    .sort(
      (a, b) => a.registration.issuedOn.localeCompare(b.registration.issuedOn) || a.index - b.index,
    );
  let serial = 100;
  for (const { registration } of byIssue) {
    serial += random.int(1, 9);
    registration.code = `01.${String(serial).padStart(6, '0')}.T`;
  }

  const reports = hazardousWasteReports(ctx.root, random, handlers, subjects);
  return { registrations, streams, reports };
}
