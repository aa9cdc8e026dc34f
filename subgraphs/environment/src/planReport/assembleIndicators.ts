import { inScope, type RowScope } from '@ipc-hub/access';
import {
  type ComputedIndicator,
  type ComputedItem,
  INDICATORS,
  type IndicatorDefinition,
  mergeIndicatorShares,
} from '@ipc-hub/plan';
import type { FacilitySubject } from './EnvironmentPlanFacts';

/** A drill-down's subject: DONRE's own facility record, or another agency's entity by id. */
export type IndicatorSubjectModel =
  | FacilitySubject
  | {
      __typename:
        | 'IndustrialZone'
        | 'IndustrialCluster'
        | 'InvestmentProject'
        | 'ClusterInvestmentProject';
      id: string;
    };

export interface IndicatorItemModel {
  subject: IndicatorSubjectModel;
  meets: boolean;
  reason: string | null;
  reasonVi: string | null;
  numerator: number;
  denominator: number;
}

export interface IndicatorModel {
  code: string;
  title: string;
  titleEn: string;
  target: number;
  numerator: number;
  denominator: number;
  value: number | null;
  met: boolean;
  due: boolean;
  note: string | null;
  noteVi: string | null;
  owner: string;
  items: IndicatorItemModel[];
  itemsWithheld: number;
}

const OWNERS: Record<IndicatorDefinition['owner'], string> = {
  environment: 'Sở Tài nguyên và Môi trường',
  industry: 'Sở Công Thương',
  zones: 'Ban Quản lý các khu công nghiệp và chế xuất',
};

/**
 * An item is shown when its subject is public (zones, clusters, published
 * serious-polluter listings) or its records are within the caller's row
 * scope (docs/access.md): the public sees which zones and clusters fall short,
 * not internal facility records. Every item counts in the figures.
 */
function visibleTo(scope: RowScope, item: ComputedItem): boolean {
  return item.public || inScope(scope, item);
}

/**
 * The seven indicators in the plan's order, each from the agency that
 * computed it (3.7 in two shares: the Board's zone projects and DOIT's
 * cluster projects, joined), with value and verdict and the drill-down the
 * caller may see (those that fall short first). `facilities` are DONRE's records of
 * the facility subjects, read with them (already typed for the union); null
 * when the items were not asked for, their facility subjects then only
 * references that nothing resolves.
 */
export function assembleIndicators(
  computed: readonly ComputedIndicator[],
  scope: RowScope,
  facilities: ReadonlyMap<string, FacilitySubject> | null,
): IndicatorModel[] {
  const byCode = mergeIndicatorShares(computed);
  return INDICATORS.map((definition) => {
    const indicator = byCode.get(definition.code);
    if (!indicator) throw new Error(`indicator ${definition.code} was not computed`);
    // in one pass: those that fall short first, each group in the order computed
    const items: IndicatorItemModel[] = [];
    const meeting: IndicatorItemModel[] = [];
    for (const item of indicator.items) {
      if (!visibleTo(scope, item)) continue;
      (item.meets ? meeting : items).push({
        subject: subjectOf(item, facilities),
        meets: item.meets,
        reason: item.reason,
        reasonVi: item.reasonVi,
        numerator: item.numerator,
        denominator: item.denominator,
      });
    }
    for (const item of meeting) items.push(item);
    const value = indicator.denominator > 0 ? indicator.numerator / indicator.denominator : null;
    return {
      code: definition.code,
      title: definition.title,
      titleEn: definition.titleEn,
      target: definition.target,
      numerator: indicator.numerator,
      denominator: indicator.denominator,
      value,
      met: value !== null && value >= definition.target,
      due: indicator.notDue === undefined,
      note: indicator.notDue?.en ?? null,
      noteVi: indicator.notDue?.vi ?? null,
      owner: definition.sharedWith
        ? `${OWNERS[definition.owner]}; ${OWNERS[definition.sharedWith]}`
        : OWNERS[definition.owner],
      items,
      itemsWithheld: indicator.items.length - items.length,
    };
  });
}

function subjectOf(
  item: ComputedItem,
  facilities: ReadonlyMap<string, FacilitySubject> | null,
): IndicatorSubjectModel {
  if (item.subjectType !== 'Facility') return { __typename: item.subjectType, id: item.subjectId };
  if (!facilities) return { __typename: 'Facility', id: item.subjectId } as FacilitySubject;
  const facility = facilities.get(item.subjectId);
  if (!facility) throw new Error(`facility ${item.subjectId} of indicator item not found`);
  return facility;
}

/** The GraphQL type of a drill-down's subject (every subject model carries it). */
export function subjectTypeOf(subject: object): IndicatorSubjectModel['__typename'] {
  return (subject as IndicatorSubjectModel).__typename;
}
