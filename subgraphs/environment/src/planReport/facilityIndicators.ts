import {
  type ComputedIndicator,
  type ComputedItem,
  countedItem,
  type EvidenceWindow,
  indicatorOf,
  type PlanPeriod,
  type Shortfall,
  type StationEvidence,
  standardShortfalls,
  transmittingShortfalls,
  vietnameseDate,
} from '@ipc-hub/plan';
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

/** What a facility's stations say over the period's last 90 days (null window: the period has not begun). */
export interface FacilityEvidence {
  window: EvidenceWindow | null;
  /** by facility id: its stations' evidence (a facility without a station has none) */
  stations: ReadonlyMap<string, readonly StationEvidence[]>;
}

/**
 * 3.4 on the evidence of the period (docs/plan-report.md): an operating
 * facility meets the standards with an environmental approval in force on
 * the period's last day, no violation open on it then (police), and, for
 * each of its automatic stations (wastewater and stack gas), no day of the
 * period's last 90 whose average was outside the limit in force and data
 * sent on at least 80 % of those days. A facility with no station is judged
 * on the first two.
 */
export function operatingFacilitiesIndicator(
  operating: readonly PlanFacility[],
  evidence: FacilityEvidence,
  facts: CrossAgencyFacts,
  period: PlanPeriod,
): ComputedIndicator {
  const open = new Map(facts.openViolations.map((v) => [v.facilityId, v]));
  const unapproved: Shortfall = {
    vi: `không có hồ sơ môi trường còn hiệu lực ngày ${vietnameseDate(period.end)}`,
    en: `no environmental approval in force on ${period.end}`,
  };
  return indicatorOf(
    '3.4',
    operating.map((facility) => {
      const shortfalls: Shortfall[] = [];
      if (!facility.approved) shortfalls.push(unapproved);
      const violation = open.get(facility.id);
      if (violation) {
        shortfalls.push({
          vi: `vi phạm ngày ${vietnameseDate(violation.detectedOn)} chưa khắc phục`,
          en: `open violation of ${violation.detectedOn}`,
        });
      }
      const stations = evidence.stations.get(facility.id) ?? [];
      if (evidence.window && stations.length > 0) {
        shortfalls.push(
          ...standardShortfalls(stations),
          ...transmittingShortfalls(stations, evidence.window, {
            vi: 'cơ sở',
            en: 'the facility',
          }),
        );
      }
      return countedItem(facilitySubject(facility), shortfalls);
    }),
  );
}

/**
 * 3.5: kilograms of hazardous waste stored, collected and treated by
 * licensed units to standard, over kilograms generated, from the
 * facilities' yearly reports: in a year's report and in its fourth
 * quarter's (the reports end on 31 December), and not due in the first
 * three quarters. Each facility's item carries its own kilograms, so
 * the figures are the drill-down's sums; it meets when its own share
 * reaches the target.
 */
export function hazardousWasteIndicator(
  totals: readonly HazardousWasteTotals[],
  target: number,
  period: PlanPeriod,
): ComputedIndicator {
  // the registrations report yearly, for the calendar year (HazardousWasteManager): a
  // period that holds no 31 December holds no report's end, so nothing falls due in it
  if (!period.end.endsWith('-12-31')) {
    return {
      ...indicatorOf('3.5', []),
      notDue: {
        vi: 'không có kỳ báo cáo quản lý chất thải nguy hại kết thúc trong kỳ này (báo cáo hằng năm, kết thúc ngày 31/12)',
        en: 'no hazardous-waste report falls due in this period (the reports are yearly, ending on 31 December)',
      },
    };
  }
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
