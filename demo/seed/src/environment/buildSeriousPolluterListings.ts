import { deriveSeed } from '../deriveSeed';
import { Random } from '../random';
import type { IsoDate, SeedFacility } from '../types';
import { WeightedTable } from '../weightedTable';
import { addDays } from './addDays';
import { addYears } from './addYears';
import { approvalAuthority } from './approvalAuthority';
import type { EnvironmentContext } from './createEnvironmentContext';
import type { DecisionRegister } from './decisionRegister';
import { LAST_RECORD_DAY } from './demoToday';
import { drawDate } from './drawDate';
import { earlierDate } from './earlierDate';
import { IdSequence } from './idSequence';
import { pollutionReason } from './pollutionReason';
import type { PolluterResolution, SeedSeriousPolluterListing } from './types';
import { weightedSample } from './weightedSample';

/** about forty listings per 1 500 facilities */
const LISTINGS_PER_FACILITY = 40 / 1500;
const RELOCATED_SHARE = 0.2;
const CLOSED_SHARE = 0.12;
const QD64_SHARE = 0.12;
/** Quyết định 64/2003/QĐ-TTg of 22/4/2003: the national list, facilities up and running by 2002 */
const QD64 = 'QĐ 64/2003/QĐ-TTg';
const QD64_LISTED_ON: IsoDate = '2003-04-22';
const QD64_STARTED_BY: IsoDate = '2002-12-31';
const FIRST_CITY_LIST = 2012;
const LAST_CITY_LIST = 2024;
/** closed and relocated facilities were gone by the end of 2021 */
const GONE_BY: IsoDate = '2021-12-31';
const LAST_LIST_FOR_GONE = 2019;

/** the plan's own years weigh most; later lists are shorter */
function listWeight(year: number): number {
  return year <= 2015 ? 4 : year <= 2017 ? 3 : 2;
}

const riskWeight = { 'plan-75': 3, common: 2.5, none: 0.6 } as const;
const settingWeight = { STANDALONE: 3, CLUSTER: 1.5, ZONE: 0.4 } as const;

/**
 * About forty facilities on the lists of seriously polluting facilities:
 * the national list of QĐ 64/2003/QĐ-TTg for a few of the oldest, then the
 * city's yearly lists 2012–2024 (one decision each), mostly high-risk
 * sectors and standalone workshops, favouring repeat offenders. A share is
 * drawn among the facilities the base marks RELOCATED and CLOSED, whose
 * listings end that way; the others were thoroughly treated or are still
 * pending, some past their deadline. The newest list is not yet published.
 * The city decisions' numbers are set when `register` closes.
 */
export function buildSeriousPolluterListings(
  ctx: EnvironmentContext,
  register: DecisionRegister,
): SeedSeriousPolluterListing[] {
  const random = new Random(deriveSeed(ctx.root, 'serious-polluters'));
  const risk = new Map(ctx.base.sectors.map((s) => [s.code, riskWeight[s.highRisk ?? 'none']]));
  const weight = (f: SeedFacility) =>
    (risk.get(f.sectorCode) ?? 1) *
    settingWeight[f.setting] *
    (1 + (ctx.violationsOf.get(f.id)?.length ?? 0)) *
    (f.status === 'SUSPENDED' ? 2 : 1);

  const total = Math.round(ctx.base.facilities.length * LISTINGS_PER_FACILITY);
  const started = ctx.base.facilities.filter((f) => f.startedOperationOn !== null);
  const pool = (status: SeedFacility['status'][], startedBy: IsoDate) =>
    started.filter(
      (f) => status.includes(f.status) && (f.startedOperationOn ?? LAST_RECORD_DAY) <= startedBy,
    );
  const relocated = weightedSample(
    random,
    pool(['RELOCATED'], '2018-12-31'),
    weight,
    Math.round(total * RELOCATED_SHARE),
  );
  const closed = weightedSample(
    random,
    pool(['CLOSED'], '2018-12-31'),
    weight,
    Math.round(total * CLOSED_SHARE),
  );
  const active = weightedSample(
    random,
    pool(['OPERATING', 'SUSPENDED'], '2023-06-30'),
    weight,
    total - relocated.length - closed.length,
  );
  const chosen = [...relocated, ...closed, ...active];

  let qd64Left = Math.round(total * QD64_SHARE);
  // one decision a year lists all of that year's facilities
  const lists = new Map<number, { listedOn: IsoDate; members: SeedSeriousPolluterListing[] }>();
  const cityList = (year: number) => {
    let list = lists.get(year);
    if (!list) {
      const listedOn = drawDate(random, `${year}-03-01`, `${year}-10-31`);
      const city = approvalAuthority('PROVINCE', listedOn, {
        districtCode: '001',
        unit: undefined,
        zone: null,
        commune: null,
      });
      const members: SeedSeriousPolluterListing[] = [];
      register.enter(city, 'QĐ', listedOn, 6500, (number) => {
        for (const listing of members) listing.decision = `QĐ ${number}`;
      });
      list = { listedOn, members };
      lists.set(year, list);
    }
    return list;
  };

  const listings: SeedSeriousPolluterListing[] = [];
  const ids = new IdSequence(ctx.root, 'serious-polluter-listing');
  for (const facility of chosen) {
    const start = facility.startedOperationOn ?? LAST_RECORD_DAY;
    const gone = facility.status === 'CLOSED' || facility.status === 'RELOCATED';
    let members: SeedSeriousPolluterListing[] | null = null;
    let listedOn: IsoDate;
    let deadline: IsoDate;
    if (qd64Left > 0 && start <= QD64_STARTED_BY) {
      qd64Left--;
      listedOn = QD64_LISTED_ON;
      deadline = random.pick(['2005-12-31', '2006-12-31', '2007-12-31']);
    } else {
      const firstYear = Math.max(FIRST_CITY_LIST, Number(start.slice(0, 4)) + 1);
      const lastYear = gone ? LAST_LIST_FOR_GONE : LAST_CITY_LIST;
      const years = new WeightedTable(
        Array.from({ length: Math.max(1, lastYear - firstYear + 1) }, (_, i) => {
          const year = Math.min(firstYear + i, lastYear);
          return [year, listWeight(year)] as const;
        }),
      );
      const year = years.pick(random);
      const list = cityList(year);
      listedOn = list.listedOn;
      members = list.members;
      deadline = `${year + random.int(1, 3)}-12-31`;
    }

    let resolution: PolluterResolution;
    if (facility.status === 'RELOCATED') resolution = random.chance(0.9) ? 'RELOCATED' : 'CLOSED';
    else if (facility.status === 'CLOSED')
      resolution = random.chance(0.85) ? 'CLOSED' : 'THOROUGHLY_TREATED';
    else {
      const year = Number(listedOn.slice(0, 4));
      const treatedShare =
        facility.status === 'SUSPENDED' ? 0.2 : year < 2020 ? 0.72 : year < 2023 ? 0.45 : 0.15;
      resolution = random.chance(treatedShare) ? 'THOROUGHLY_TREATED' : 'PENDING';
    }
    let resolvedOn: IsoDate | null = null;
    if (resolution !== 'PENDING') {
      const from = addDays(listedOn, 180);
      const to = earlierDate(addYears(deadline, gone ? 3 : 1), gone ? GONE_BY : LAST_RECORD_DAY);
      resolvedOn = drawDate(random, from, to);
    }

    const unit = ctx.unitOf.get(facility.formerPlace.districtCode);
    const listing: SeedSeriousPolluterListing = {
      id: ids.next(),
      facilityId: facility.id,
      decision: members ? '' : QD64,
      listedOn,
      reason: pollutionReason(
        random,
        facility,
        ctx.clusterOf.get(facility.id),
        unit?.kind === 'quận',
      ),
      deadline,
      resolution,
      resolvedOn,
      // the national list is public; the city's newest list is still being verified
      published: members === null || (listedOn < `${LAST_CITY_LIST}-01-01` && random.chance(0.95)),
    };
    listings.push(listing);
    members?.push(listing);
  }
  return listings;
}
