import type { Shortfall } from './computedIndicator';
import {
  type EvidenceWindow,
  type StationEvidence,
  standardShortfalls,
  transmittingShortfalls,
} from './evidence';
import { vietnameseDate } from './vietnameseDate';

/** A zone's or cluster's central wastewater plant, as HIZA and DOIT keep it. */
export interface CentralPlant {
  plantStatus: 'NONE' | 'UNDER_CONSTRUCTION' | 'OPERATING';
  plantCommissionedOn: string | null;
}

/**
 * Whether the central plant was operating on the period's last day: it is
 * operating now and was commissioned by then. A plant with no recorded
 * commissioning day is not counted as operating in any period: nothing
 * says since when it runs.
 */
export function plantOperatingShortfall(plant: CentralPlant, periodEnd: string): Shortfall | null {
  if (plant.plantStatus === 'NONE') {
    return {
      vi: 'chưa có trạm xử lý nước thải tập trung',
      en: 'no central wastewater plant',
    };
  }
  if (plant.plantStatus === 'UNDER_CONSTRUCTION') {
    return {
      vi: 'trạm xử lý nước thải tập trung đang xây dựng',
      en: 'the central wastewater plant is under construction',
    };
  }
  if (plant.plantCommissionedOn === null) {
    return {
      vi: 'trạm xử lý nước thải tập trung chưa có ngày đưa vào vận hành',
      en: 'the central wastewater plant has no commissioning date on record',
    };
  }
  if (plant.plantCommissionedOn > periodEnd) {
    return {
      vi: `trạm xử lý nước thải tập trung vận hành từ ${vietnameseDate(plant.plantCommissionedOn)}, sau kỳ báo cáo`,
      en: `the central wastewater plant began operating on ${plant.plantCommissionedOn}, after the period`,
    };
  }
  return null;
}

/** A central plant as it stood on the period's last day, with the flag its agency declared. */
export interface DeclaredCentralPlant extends CentralPlant {
  plantCompliant: boolean;
}

const CENTRAL_PLANT = { vi: 'trạm xử lý nước thải tập trung', en: 'the central plant' } as const;

/**
 * A central plant judged on DONRE's evidence (docs/plan-report.md): operating
 * on the period's last day, its wastewater stations within their limits and
 * transmitting over the window. The agency's declared `compliant` flag is
 * shown beside failing evidence and never rescues it; `declaredBy` names the
 * agency in that line ("Ban Quản lý", "Sở Công Thương").
 */
export function centralPlantShortfalls(
  plant: DeclaredCentralPlant,
  periodEnd: string,
  window: EvidenceWindow | null,
  stations: readonly StationEvidence[],
  declaredBy: Shortfall,
): Shortfall[] {
  const operating = plantOperatingShortfall(plant, periodEnd);
  if (operating) return [operating];
  const shortfalls = [
    ...standardShortfalls(stations),
    ...transmittingShortfalls(stations, window, CENTRAL_PLANT),
  ];
  if (shortfalls.length > 0 && plant.plantCompliant) {
    shortfalls.push({
      vi: `${declaredBy.vi} khai báo đạt QCVN nhưng số liệu quan trắc không chứng minh`,
      en: `declared compliant by ${declaredBy.en}, which the monitoring evidence does not bear out`,
    });
  }
  return shortfalls;
}

/**
 * DONRE's wastewater station evidence grouped by the zone or cluster whose
 * plant each station watches; stations of other kinds, or of no such
 * subject, are left out.
 */
export function wastewaterEvidenceBy<E extends StationEvidence>(
  evidence: readonly E[],
  subjectOf: (station: E) => string | null | undefined,
): Map<string, E[]> {
  const bySubject = new Map<string, E[]>();
  for (const station of evidence) {
    const subject = subjectOf(station);
    if (!subject || station.kind !== 'WASTEWATER') continue;
    const list = bySubject.get(subject) ?? [];
    list.push(station);
    bySubject.set(subject, list);
  }
  return bySubject;
}
