import type { ViolationCategory } from '../types';

/**
 * Wording of the findings an inspection report records, for the categories
 * whose description does not depend on a measured parameter. `before2022`
 * holds the wording of the Law on Environmental Protection 2014 (ĐTM, đề án,
 * giấy phép xả thải), `after2022` that of the 2020 law (giấy phép môi trường).
 */
export const violationDescriptions: Readonly<
  Record<
    Exclude<ViolationCategory, 'WASTEWATER_EXCEEDANCE' | 'EMISSION_EXCEEDANCE'>,
    { before2022: readonly string[]; after2022: readonly string[] }
  >
> = {
  HAZARDOUS_WASTE: {
    before2022: [
      'Không đăng ký sổ chủ nguồn thải chất thải nguy hại theo quy định',
      'Lưu giữ chất thải nguy hại không đúng quy định, để lẫn với chất thải rắn sinh hoạt',
      'Chuyển giao chất thải nguy hại cho đơn vị không có giấy phép xử lý',
      'Không báo cáo định kỳ về quản lý chất thải nguy hại',
    ],
    after2022: [
      'Lưu giữ chất thải nguy hại không đúng quy định, không có biển cảnh báo',
      'Chuyển giao chất thải nguy hại cho đơn vị không có giấy phép môi trường phù hợp',
      'Không lưu trữ chứng từ chất thải nguy hại theo quy định',
      'Không khai báo khối lượng chất thải nguy hại phát sinh trong báo cáo công tác bảo vệ môi trường',
    ],
  },
  NO_ENVIRONMENTAL_APPROVAL: {
    before2022: [
      'Không có báo cáo đánh giá tác động môi trường được phê duyệt',
      'Không có kế hoạch bảo vệ môi trường được xác nhận',
      'Không có đề án bảo vệ môi trường chi tiết được phê duyệt',
      'Không thực hiện đúng nội dung báo cáo đánh giá tác động môi trường đã được phê duyệt',
    ],
    after2022: [
      'Không có quyết định phê duyệt kết quả thẩm định báo cáo đánh giá tác động môi trường',
      'Không thực hiện đúng nội dung quyết định phê duyệt báo cáo đánh giá tác động môi trường',
      'Mở rộng quy mô sản xuất khi chưa thực hiện đánh giá tác động môi trường',
    ],
  },
  NO_PERMIT: {
    before2022: [
      'Xả nước thải vào nguồn nước khi chưa có giấy phép xả nước thải',
      'Xả nước thải không đúng vị trí ghi trong giấy phép xả nước thải',
      'Giấy phép xả nước thải đã hết hạn nhưng vẫn tiếp tục xả thải',
    ],
    after2022: [
      'Không có giấy phép môi trường theo quy định',
      'Thực hiện không đúng nội dung giấy phép môi trường đã được cấp',
      'Xả nước thải vượt lưu lượng cho phép ghi trong giấy phép môi trường',
    ],
  },
  MONITORING_NOT_OPERATED: {
    before2022: [
      'Không lắp đặt hệ thống quan trắc nước thải tự động, liên tục theo quy định',
      'Không thực hiện quan trắc môi trường định kỳ theo chương trình đã được phê duyệt',
      'Hệ thống quan trắc tự động không truyền số liệu về Sở Tài nguyên và Môi trường',
    ],
    after2022: [
      'Không kết nối, truyền số liệu quan trắc nước thải tự động, liên tục về Sở Tài nguyên và Môi trường',
      'Hệ thống quan trắc tự động không được kiểm định, hiệu chuẩn theo quy định',
      'Không thực hiện quan trắc nước thải định kỳ theo giấy phép môi trường',
    ],
  },
  OTHER: {
    before2022: [
      'Không vận hành thường xuyên hệ thống xử lý nước thải',
      'Pha loãng nước thải trước khi xả ra môi trường',
      'Gây tiếng ồn vượt quy chuẩn kỹ thuật ảnh hưởng đến khu dân cư',
      'Xây lắp đường ống xả nước thải chưa qua xử lý ra kênh tiêu thủy lợi',
    ],
    after2022: [
      'Không vận hành thường xuyên công trình xử lý nước thải',
      'Gây mùi hôi ảnh hưởng đến khu dân cư xung quanh',
      'Gây tiếng ồn vượt quy chuẩn kỹ thuật ảnh hưởng đến khu dân cư',
      'Không báo cáo công tác bảo vệ môi trường định kỳ hằng năm',
    ],
  },
};
