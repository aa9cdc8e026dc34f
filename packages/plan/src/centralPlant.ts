import type { Shortfall } from './computedIndicator';
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
