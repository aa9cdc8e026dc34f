/**
 * Why a project is found out of line with the planning (không phù hợp quy
 * hoạch). Target 3.7 of the plan asks for every new project to be; the demo
 * gives the usual reasons.
 */
export const planningNotes = {
  /** Plan 75, II.2.1: limit licences for projects with a high pollution risk */
  highRisk:
    'Ngành nghề có nguy cơ gây ô nhiễm môi trường cao, không thuộc danh mục ngành nghề thu hút đầu tư của khu',
  /** the hi-tech park admits high-tech projects only */
  notHighTech:
    'Không phải dự án công nghệ cao, không phù hợp quy hoạch phân khu chức năng của Khu công nghệ cao',
  other: [
    'Vị trí lô đất không phù hợp quy hoạch chi tiết tỷ lệ 1/2000 của khu',
    'Mật độ xây dựng vượt chỉ tiêu quy hoạch được duyệt',
    'Bố trí tại khu đất quy hoạch cây xanh, hạ tầng kỹ thuật',
    'Ngành nghề không phù hợp với định hướng phân khu ngành nghề của khu',
  ],
} as const;
