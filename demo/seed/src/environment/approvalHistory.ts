import type { Random } from '../random';
import type { FacilitySetting, IsoDate, SeedFacility, SeedZone } from '../types';
import { addDays } from './addDays';
import { addYears } from './addYears';
import type { AuthorityLevel } from './approvalAuthority';
import { DEMO_TODAY, LAST_RECORD_DAY } from './demoToday';
import { drawDate } from './drawDate';
import { earlierDate } from './earlierDate';
import type { FacilityTraits } from './facilityTraits';
import { laterDate } from './laterDate';
import type { ApprovalKind } from './types';

/** An approval before it gets an id, a number and an issuer's name. */
export interface ApprovalDraft {
  kind: ApprovalKind;
  issuedOn: IsoDate;
  level: AuthorityLevel;
  validUntil: IsoDate | null;
  revokedOn: IsoDate | null;
}

export interface ApprovalSubject {
  facility: SeedFacility;
  traits: FacilityTraits;
  zone: SeedZone | null;
  /** the first inspection that found the facility operating without a dossier (police data) */
  foundWithoutApprovalOn: IsoDate | null;
}

/** Luật BVMT 2005 (ĐTM, cam kết BVMT) took effect on 1/7/2006. */
const LAW_2005: IsoDate = '2006-07-01';
/** Luật BVMT 2014: kế hoạch BVMT replaced the cam kết. */
const LAW_2014: IsoDate = '2015-01-01';
/** Luật BVMT 2020: giấy phép môi trường and đăng ký môi trường. */
const LAW_2020: IsoDate = '2022-01-01';
/** Đề án BVMT for facilities running without a dossier: Thông tư 04/2008/TT-BTNMT to Nghị định 40/2019/NĐ-CP. */
const SCHEMES_FROM: IsoDate = '2008-10-01';
const SCHEMES_UNTIL: IsoDate = '2021-12-31';
/** closed and relocated facilities did their last paperwork well before they went */
const GONE_PAPERWORK_UNTIL: IsoDate = '2019-12-31';
/** the district level was abolished on 1/7/2025 */
const DISTRICT_LEVEL_UNTIL: IsoDate = '2025-06-30';
/** the city delegated ĐTM appraisal of zone projects to the zones' management board */
const ZONE_BOARD_EIA_FROM: IsoDate = '2016-01-01';

/** facilities that never had any dossier, by setting; household-scale forms 1.5 times more */
const NONE_SHARE: Record<FacilitySetting, number> = {
  ZONE: 0.015,
  CLUSTER: 0.04,
  STANDALONE: 0.12,
};
/** facilities whose dossier was approved before they started */
const COMPLIANT_START_SHARE: Record<FacilitySetting, number> = {
  ZONE: 0.93,
  CLUSTER: 0.72,
  STANDALONE: 0.5,
};
/** when existing facilities got their permit: most just before the end-2024 deadline */
const TRANSITION_YEARS: readonly (readonly [year: number, weight: number])[] = [
  [2022, 15],
  [2023, 30],
  [2024, 35],
  [2025, 13],
  [2026, 7],
];

function needsEia(traits: FacilityTraits): boolean {
  return traits.scale === 'LARGE' || (traits.scale === 'MEDIUM' && traits.highRisk);
}

function firstKind(traits: FacilityTraits, issuedOn: IsoDate): ApprovalKind {
  if (needsEia(traits)) return 'EIA_REPORT';
  if (issuedOn < LAW_2014) return 'PROTECTION_COMMITMENT';
  if (issuedOn < LAW_2020) return 'PROTECTION_PLAN';
  return traits.scale === 'MEDIUM' ? 'ENVIRONMENTAL_PERMIT' : 'ENVIRONMENTAL_REGISTRATION';
}

function levelOf(
  kind: ApprovalKind,
  issuedOn: IsoDate,
  subject: ApprovalSubject,
  random: Random,
): AuthorityLevel {
  const { traits, zone } = subject;
  switch (kind) {
    case 'EIA_REPORT':
      if (traits.national) return 'MINISTRY';
      if (zone?.kind === 'HIGH_TECH_PARK') return 'ZONE_BOARD';
      if (zone && issuedOn >= ZONE_BOARD_EIA_FROM && random.chance(0.6)) return 'ZONE_BOARD';
      return issuedOn < LAW_2005 ? 'DEPARTMENT' : 'PROVINCE';
    case 'PROTECTION_COMMITMENT':
      if (zone) return 'ZONE_BOARD';
      // before 2006 a "bản đăng ký đạt tiêu chuẩn môi trường" went to the department
      return issuedOn < LAW_2005 ? 'DEPARTMENT' : 'DISTRICT';
    case 'PROTECTION_PLAN':
      if (zone) return 'ZONE_BOARD';
      return traits.scale === 'SMALL' ? 'DISTRICT' : 'DEPARTMENT';
    case 'DETAILED_PROTECTION_SCHEME':
      return traits.national ? 'MINISTRY' : 'DEPARTMENT';
    case 'SIMPLE_PROTECTION_SCHEME':
      return zone ? 'ZONE_BOARD' : 'DISTRICT';
    case 'ENVIRONMENTAL_PERMIT':
      if (traits.national) return 'MINISTRY';
      return needsEia(traits) || zone || issuedOn > DISTRICT_LEVEL_UNTIL ? 'PROVINCE' : 'DISTRICT';
    case 'ENVIRONMENTAL_REGISTRATION':
      // Luật BVMT 2020, Điều 49: registered with the commune's people's committee
      return 'COMMUNE';
  }
}

/** A day in [from, LAST_RECORD_DAY], in a year drawn with the transition weights. */
function transitionDate(random: Random, from: IsoDate): IsoDate | null {
  if (from > LAST_RECORD_DAY) return null;
  const firstYear = Number(from.slice(0, 4));
  let total = 0;
  for (const [y, w] of TRANSITION_YEARS) if (y >= firstYear) total += w;
  let target = random.next() * total;
  let year = firstYear;
  for (const [y, w] of TRANSITION_YEARS) {
    if (y < firstYear) continue;
    year = y;
    target -= w;
    if (target < 0) break;
  }
  return drawDate(
    random,
    laterDate(from, `${year}-01-01`),
    earlierDate(`${year}-12-31`, LAST_RECORD_DAY),
  );
}

/** The drafts of one facility as they accumulate. */
class Timeline {
  readonly drafts: ApprovalDraft[] = [];

  constructor(
    private readonly subject: ApprovalSubject,
    private readonly random: Random,
  ) {}

  add(kind: ApprovalKind, issuedOn: IsoDate): ApprovalDraft {
    const draft: ApprovalDraft = {
      kind,
      issuedOn,
      level: levelOf(kind, issuedOn, this.subject, this.random),
      validUntil: null,
      revokedOn: null,
    };
    this.drafts.push(draft);
    return draft;
  }

  addPermit(issuedOn: IsoDate, mayBeShort: boolean): ApprovalDraft {
    const { facility, traits } = this.subject;
    const draft = this.add('ENVIRONMENTAL_PERMIT', issuedOn);
    // Điều 40(4): 7 years for group I, 10 for the others, shorter on the owner's request
    const short = mayBeShort && this.random.chance(facility.setting === 'STANDALONE' ? 0.3 : 0.1);
    const years = short
      ? this.random.int(2, 4)
      : traits.national || (traits.scale === 'LARGE' && traits.highRisk)
        ? 7
        : 10;
    draft.validUntil = addYears(issuedOn, years);
    return draft;
  }

  /** registrations go to the commune, whose pre-reform name is known only until 30/6/2025 */
  addRegistration(from: IsoDate, to: IsoDate): void {
    const until = earlierDate(to, DISTRICT_LEVEL_UNTIL);
    if (from <= until) this.add('ENVIRONMENTAL_REGISTRATION', drawDate(this.random, from, until));
  }
}

/**
 * The dossiers of one facility over its life, in date order. A facility
 * that started in time gets the instrument of its era — ĐTM when it is large
 * or high-risk, otherwise a cam kết (to 2014), kế hoạch BVMT (2015–2021), or
 * giấy phép / đăng ký môi trường (from 2022) — approved up to a year before
 * it started. One that ran without a dossier may have regularised it with
 * an đề án BVMT. Facilities still operating in 2022 mostly moved onto a
 * permit or a registration under Luật BVMT 2020; some permits were granted
 * for a shorter term on request and ran out, some were renewed, and a few
 * dossiers of suspended facilities were revoked.
 */
export function approvalHistory(subject: ApprovalSubject, random: Random): ApprovalDraft[] {
  const { facility, traits } = subject;
  const start = facility.startedOperationOn;
  const gone = facility.status === 'CLOSED' || facility.status === 'RELOCATED';
  const timeline = new Timeline(subject, random);
  const drafts = timeline.drafts;

  if (start === null) {
    // still building: a recent ĐTM for the big ones, sometimes already a permit
    if (needsEia(traits) && random.chance(0.85)) {
      timeline.add('EIA_REPORT', drawDate(random, '2023-01-01', LAST_RECORD_DAY));
    } else if (traits.scale === 'MEDIUM' && random.chance(0.4)) {
      timeline.addPermit(drawDate(random, '2024-01-01', LAST_RECORD_DAY), false);
    }
    return drafts;
  }

  const found = subject.foundWithoutApprovalOn;
  const noneShare = NONE_SHARE[facility.setting] * (traits.household ? 1.5 : 1);
  if (found === null && random.chance(noneShare)) return drafts;

  const compliantShare = COMPLIANT_START_SHARE[facility.setting] + (start >= LAW_2014 ? 0.08 : 0);
  if (found === null && random.chance(compliantShare)) {
    const from = addDays(start, -365);
    const issuedOn = drawDate(random, from, addDays(start, -20));
    const kind = firstKind(traits, issuedOn);
    if (kind === 'ENVIRONMENTAL_PERMIT') timeline.addPermit(issuedOn, true);
    else if (kind === 'ENVIRONMENTAL_REGISTRATION') {
      timeline.addRegistration(laterDate(from, LAW_2020), addDays(start, -20));
    } else timeline.add(kind, issuedOn);
    if (kind === 'EIA_REPORT' && issuedOn >= LAW_2020) {
      // the permit follows the ĐTM once the works are built, before operation
      const earliest = addDays(issuedOn, 45);
      timeline.addPermit(
        drawDate(
          random,
          earliest,
          earlierDate(laterDate(earliest, addDays(start, -5)), LAST_RECORD_DAY),
        ),
        true,
      );
    }
  } else {
    // ran without a dossier; many regularised it with an đề án BVMT, often after an inspection
    const from = laterDate(found === null ? addDays(start, 180) : addDays(found, 30), SCHEMES_FROM);
    const until = gone ? GONE_PAPERWORK_UNTIL : SCHEMES_UNTIL;
    if (from <= until && random.chance(0.8)) {
      timeline.add(
        traits.scale === 'SMALL' ? 'SIMPLE_PROTECTION_SCHEME' : 'DETAILED_PROTECTION_SCHEME',
        drawDate(random, from, until),
      );
    }
  }

  if (!gone && drafts.every((d) => d.issuedOn < LAW_2020)) {
    // Luật BVMT 2020: facilities already running move onto a permit (deadline 1/1/2025) or register
    const hadDossier = drafts.length > 0;
    const earliest = laterDate(
      '2022-03-01',
      addDays(found !== null && found > start ? found : start, 60),
    );
    const substantial =
      traits.scale !== 'SMALL' ||
      drafts.some((d) => d.kind === 'EIA_REPORT' || d.kind === 'DETAILED_PROTECTION_SCHEME');
    if (substantial) {
      if (random.chance(hadDossier ? 0.78 : 0.6)) {
        const issuedOn = transitionDate(random, earliest);
        if (issuedOn) timeline.addPermit(issuedOn, true);
      }
    } else if (random.chance(hadDossier ? 0.4 : 0.5)) {
      timeline.addRegistration(earliest, LAST_RECORD_DAY);
    }
  }

  const last = drafts[drafts.length - 1];
  if (
    last?.kind === 'ENVIRONMENTAL_PERMIT' &&
    last.validUntil !== null &&
    last.validUntil < DEMO_TODAY &&
    facility.status === 'OPERATING' &&
    random.chance(0.5)
  ) {
    timeline.addPermit(
      drawDate(
        random,
        addDays(last.validUntil, -60),
        earlierDate(addDays(last.validUntil, 120), LAST_RECORD_DAY),
      ),
      false,
    );
  }

  const latest = drafts[drafts.length - 1];
  const revoke =
    latest !== undefined &&
    ((facility.status === 'SUSPENDED' && random.chance(0.35)) ||
      (latest.kind === 'ENVIRONMENTAL_PERMIT' && random.chance(0.006)));
  if (latest && revoke) {
    const from = addDays(latest.issuedOn, 180);
    const to = earlierDate(latest.validUntil ?? LAST_RECORD_DAY, LAST_RECORD_DAY);
    if (from <= to) latest.revokedOn = drawDate(random, from, to);
  }
  return drafts;
}
