import type { ViolationCategory } from '../../types';

/**
 * Biện pháp khắc phục hậu quả that Nghị định 45/2022/NĐ-CP (and 155/2016
 * before it) order for each kind of finding, in the wording of decisions.
 */
export const remedialMeasures: Readonly<Record<ViolationCategory, readonly string[]>> = {
  WASTEWATER_EXCEEDANCE: [
    'Buộc khắc phục tình trạng ô nhiễm môi trường và báo cáo kết quả đã khắc phục trong thời hạn do người có thẩm quyền ấn định',
    'Buộc vận hành đúng quy trình đối với công trình xử lý nước thải',
  ],
  EMISSION_EXCEEDANCE: [
    'Buộc khắc phục tình trạng ô nhiễm môi trường và báo cáo kết quả đã khắc phục trong thời hạn do người có thẩm quyền ấn định',
    'Buộc vận hành đúng quy trình đối với công trình xử lý bụi, khí thải',
  ],
  HAZARDOUS_WASTE: [
    'Buộc chuyển giao chất thải nguy hại cho đơn vị có giấy phép xử lý chất thải nguy hại',
    'Buộc khắc phục tình trạng ô nhiễm môi trường do chất thải nguy hại gây ra',
  ],
  NO_ENVIRONMENTAL_APPROVAL: [
    'Buộc lập hồ sơ môi trường trình cơ quan có thẩm quyền thẩm định, phê duyệt theo quy định',
  ],
  NO_PERMIT: ['Buộc thực hiện thủ tục cấp giấy phép môi trường theo quy định'],
  MONITORING_NOT_OPERATED: [
    'Buộc lắp đặt, vận hành hệ thống quan trắc tự động, liên tục và truyền số liệu về Sở Tài nguyên và Môi trường',
  ],
  OTHER: ['Buộc thực hiện đầy đủ các biện pháp bảo vệ môi trường theo quy định'],
};

/** Charged whenever samples were taken and analysed to prove the finding. */
export const analysisCosts =
  'Buộc chi trả kinh phí trưng cầu giám định, kiểm định, đo đạc và phân tích mẫu môi trường';

/** Hình thức xử phạt bổ sung beside suspension, which has its own field. */
export const otherPenalties = {
  confiscation: 'Tịch thu tang vật, phương tiện được sử dụng để vi phạm hành chính',
  licence: 'Tước quyền sử dụng giấy phép môi trường có thời hạn',
} as const;

/** Who decides, by how heavy the decision is (Nghị định 45/2022/NĐ-CP, Chương III). */
export const authorities = {
  department: 'Trưởng phòng Cảnh sát phòng, chống tội phạm về môi trường, Công an thành phố Hà Nội',
  director: 'Giám đốc Công an thành phố Hà Nội',
  chairman: 'Chủ tịch Ủy ban nhân dân thành phố Hà Nội',
} as const;
