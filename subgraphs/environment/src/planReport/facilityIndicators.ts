import {
  type ComputedIndicator,
  type ComputedItem,
  countedItem,
  indicatorOf,
  type PlanPeriod,
  type Shortfall,
  vietnameseDate,
} from '@ipc-hub/plan';
import type { StandingExceedance } from '../monitoring/readings/MonitoringDataReader';
import type {
  HazardousWasteTotals,
  ListedFacility,
  PlanFacility,
  TreatmentInspection,
} from './EnvironmentPlanFacts';

/** What the other agencies hand DONRE through the query plan (their `@inaccessible` fields). */
export interface CrossAgencyFacts {
  openViolations: ReadonlyArray<{ facilityId: string; violationId: string; detectedOn: string }>;
  facilityCertifications: ReadonlyArray<{ facilityId: string; kind: string; issuedOn: string }>;
  completedRelocations: ReadonlyArray<{ facilityId: string; completedOn: string }>;
}

const facilitySubject = (facility: { id: string; adminUnitCode: string }, isPublic = false) => ({
  subjectType: 'Facility' as const,
  subjectId: facility.id,
  adminUnitCode: facility.adminUnitCode,
  facilityId: facility.id,
  public: isPublic,
});

/**
 * 3.3: a facility that started operating in the period meets it with a
 * cleaner-production or ISO 14001 certificate in force (DOIT) or with its
 * treatment works confirmed compliant at its latest post-approval
 * inspection (DONRE), both by the period's last day.
 */
export function newFacilitiesIndicator(
  started: readonly PlanFacility[],
  inspections: readonly TreatmentInspection[],
  facts: CrossAgencyFacts,
): ComputedIndicator {
  const certified = new Set(facts.facilityCertifications.map((c) => c.facilityId));
  const inspected = new Map(inspections.map((i) => [i.facilityId, i]));
  return indicatorOf(
    '3.3',
    started.map((facility) => {
      if (certified.has(facility.id)) return countedItem(facilitySubject(facility), []);
      const inspection = inspected.get(facility.id);
      if (inspection?.treatmentCompliant) return countedItem(facilitySubject(facility), []);
      const shortfalls: Shortfall[] = [
        {
          vi: 'không có chứng nhận sản xuất sạch hơn hoặc ISO 14001 còn hiệu lực',
          en: 'no cleaner-production or ISO 14001 certification in force',
        },
        inspection
          ? {
              vi: `kiểm tra sau phê duyệt ngày ${vietnameseDate(inspection.inspectedOn)}: công trình xử lý chất thải chưa đạt`,
              en: `the post-approval inspection of ${inspection.inspectedOn} found the treatment works non-compliant`,
            }
          : {
              vi: 'chưa có kiểm tra sau phê duyệt xác nhận công trình xử lý chất thải đạt',
              en: 'no post-approval inspection has confirmed the treatment works',
            },
      ];
      return countedItem(facilitySubject(facility), shortfalls);
    }),
  );
}

/**
 * 3.4: an operating facility meets the standards with an environmental
 * approval in force on the period's last day, no violation open on it
 * (police), and no exceedance still standing at its stations at the
 * period's end (automatic monitoring).
 */
export function operatingFacilitiesIndicator(
  operating: readonly PlanFacility[],
  approved: ReadonlySet<string>,
  standing: readonly StandingExceedance[],
  facts: CrossAgencyFacts,
  period: PlanPeriod,
): ComputedIndicator {
  const open = new Map(facts.openViolations.map((v) => [v.facilityId, v]));
  const exceeding = new Map<string, StandingExceedance>();
  for (const exceedance of standing) {
    const facilityId = exceedance.station.facilityId;
    if (facilityId && !exceeding.has(facilityId)) exceeding.set(facilityId, exceedance);
  }
  return indicatorOf(
    '3.4',
    operating.map((facility) => {
      const shortfalls: Shortfall[] = [];
      if (!approved.has(facility.id)) {
        shortfalls.push({
          vi: `không có hồ sơ môi trường còn hiệu lực ngày ${vietnameseDate(period.end)}`,
          en: `no environmental approval in force on ${period.end}`,
        });
      }
      const violation = open.get(facility.id);
      if (violation) {
        shortfalls.push({
          vi: `vi phạm ngày ${vietnameseDate(violation.detectedOn)} chưa khắc phục`,
          en: `open violation of ${violation.detectedOn}`,
        });
      }
      const exceedance = exceeding.get(facility.id);
      if (exceedance) {
        const at = exceedance.measuredAt.toISOString();
        shortfalls.push({
          vi: `${exceedance.parameter} tại trạm ${exceedance.station.code} vượt quy chuẩn (${exceedance.value} > ${exceedance.limit}) đến cuối kỳ`,
          en: `unresolved exceedance: ${exceedance.parameter} at ${exceedance.station.code} was ${exceedance.value} over the limit ${exceedance.limit} at ${at}`,
        });
      }
      return countedItem(facilitySubject(facility), shortfalls);
    }),
  );
}

/**
 * 3.5: kilograms of hazardous waste stored, collected and treated by
 * licensed units to standard, over kilograms generated, from the
 * facilities' reports. Each facility's item carries its own kilograms, so
 * the figures are the drill-down's sums; it meets when its own share
 * reaches the target.
 */
export function hazardousWasteIndicator(
  totals: readonly HazardousWasteTotals[],
  target: number,
): ComputedIndicator {
  const items: ComputedItem[] = totals.map((total) => {
    const share = total.generatedKg > 0 ? total.treatedKg / total.generatedKg : 1;
    const meets = share >= target;
    const percent = Math.round(share * 1000) / 10;
    return {
      ...facilitySubject({ id: total.facilityId, adminUnitCode: total.adminUnitCode }),
      meets,
      reason: meets
        ? null
        : `treated to standard ${total.treatedKg} of ${total.generatedKg} kg generated (${percent} %)`,
      reasonVi: meets
        ? null
        : `xử lý đạt quy chuẩn ${total.treatedKg}/${total.generatedKg} kg phát sinh (${percent} %)`,
      numerator: total.treatedKg,
      denominator: total.generatedKg,
    };
  });
  return indicatorOf('3.5', items);
}

/**
 * 3.6: a listed facility meets it when thoroughly treated or closed by the
 * period's last day (DONRE's listing), or when DOIT completed its
 * relocation by then. A listing marked relocated without a completed
 * relocation case does not count: the relocation is DOIT's record.
 */
export function seriousPollutersIndicator(
  listed: readonly ListedFacility[],
  facts: CrossAgencyFacts,
  period: PlanPeriod,
): ComputedIndicator {
  const relocated = new Map(facts.completedRelocations.map((r) => [r.facilityId, r]));
  return indicatorOf(
    '3.6',
    listed.map((listing) => {
      const subject = facilitySubject(
        { id: listing.facilityId, adminUnitCode: listing.adminUnitCode },
        listing.published,
      );
      if (relocated.has(listing.facilityId)) return countedItem(subject, []);
      const resolvedInTime = listing.resolvedOn !== null && listing.resolvedOn <= period.end;
      if (
        resolvedInTime &&
        (listing.resolution === 'THOROUGHLY_TREATED' || listing.resolution === 'CLOSED')
      ) {
        return countedItem(subject, []);
      }
      if (resolvedInTime && listing.resolution === 'RELOCATED') {
        return countedItem(subject, [
          {
            vi: 'Sở TN&MT ghi đã di dời nhưng Sở Công Thương chưa ghi nhận hoàn thành di dời',
            en: 'listed as relocated, but DOIT records no completed relocation',
          },
        ]);
      }
      return countedItem(subject, [
        {
          vi: `trong danh sách gây ô nhiễm nghiêm trọng từ ${vietnameseDate(listing.listedOn)}, chưa xử lý triệt để`,
          en: `listed as seriously polluting on ${listing.listedOn} and not yet thoroughly treated, closed or relocated`,
        },
      ]);
    }),
  );
}
