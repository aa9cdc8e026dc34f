import type { IsoDate } from '../../types';
import type { PlanFacts } from '../planFacts';
import type { PlanTaskStatus } from '../types';

/** A progress note: fixed wording, or wording that quotes the data (null to leave it out). */
export type PlanNoteText = string | ((facts: PlanFacts) => string | null);

export interface PlanTaskRow {
  number: number;
  title: string;
  leadAgency: string;
  partnerAgencies: string;
  timeFrame: string;
  /** as of 2026 */
  status: PlanTaskStatus;
  notes: readonly (readonly [notedOn: IsoDate, text: PlanNoteText])[];
}

/**
 * The twelve priority tasks of the appendix of Kế hoạch 75/KH-UBND
 * (22/5/2012), with task, lead agency, partner agencies and time frame
 * copied as written. The status as of 2026 and the notes are the demo's:
 * most tasks were done within the plan's years; the industrial-waste
 * regulation and the clusters' upgrade fell behind, and the PCM pilot never
 * became mandatory. The notes' own figures (classes, trainees) are invented.
 */
export const planTasks: readonly PlanTaskRow[] = [
  {
    number: 1,
    title: 'Công bố danh sách cơ sở gây ô nhiễm môi trường nghiêm trọng',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies:
      'UBND các quận, huyện, các Đài truyền hình, cơ quan thông tấn, báo chí (báo viết và báo điện tử)',
    timeFrame: '2012-2015',
    status: 'COMPLETED',
    notes: [
      [
        '2012-09-28',
        'Ban hành tiêu chí rà soát cơ sở gây ô nhiễm môi trường nghiêm trọng; đề nghị UBND các quận, huyện, thị xã rà soát, đề xuất danh sách trên địa bàn',
      ],
      [
        '2016-01-20',
        (f) => {
          const n = f.publishedCityListings('2012-01-01', '2015-12-31');
          return n > 0
            ? `Giai đoạn 2012–2015 đã công bố ${n} lượt cơ sở gây ô nhiễm môi trường nghiêm trọng trên Cổng thông tin điện tử Sở TN&MT và báo Hà Nội mới`
            : null;
        },
      ],
      [
        '2026-03-16',
        (f) => {
          const { listed, resolved } = f.listingsBy('2026-03-16');
          return `Lũy kế ${listed} cơ sở gây ô nhiễm môi trường nghiêm trọng đã được đưa vào danh sách; ${resolved} cơ sở đã xử lý triệt để, di dời hoặc đóng cửa, ${listed - resolved} cơ sở đang tiếp tục xử lý`;
        },
      ],
    ],
  },
  {
    number: 2,
    title:
      'Xây dựng sổ tay hướng dẫn thực hành về kiểm soát quản lý ô nhiễm công nghiệp cho các loại hình sản xuất khác nhau',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies: 'Các chuyên gia và doanh nghiệp',
    timeFrame: '2012-2015',
    status: 'COMPLETED',
    notes: [
      [
        '2013-11-20',
        'Hoàn thành dự thảo sổ tay cho 05 loại hình sản xuất: dệt nhuộm, xi mạ, chế biến thực phẩm, sản xuất giấy và tái chế kim loại; lấy ý kiến chuyên gia và hiệp hội doanh nghiệp',
      ],
      [
        '2014-09-05',
        'Phát hành 2.000 cuốn sổ tay tới doanh nghiệp và UBND các quận, huyện, thị xã; đăng tải bản điện tử trên Cổng thông tin điện tử của Sở',
      ],
    ],
  },
  {
    number: 3,
    title:
      'Chương trình hội thảo, tập huấn nâng cao nhận thức quản lý ô nhiễm công nghiệp cho các doanh nghiệp, khuyến khích các doanh nghiệp áp dụng các hệ thống quản lý môi trường ISO 14000',
    leadAgency: 'Sở Công thương',
    partnerAgencies:
      'Sở Tài nguyên và Môi trường, Ban quản lý các Khu công nghiệp và chế xuất Hà Nội, Tư vấn',
    timeFrame: '2012-2015',
    status: 'COMPLETED',
    notes: [
      [
        '2012-12-10',
        'Tổ chức 06 lớp tập huấn cho 450 lượt doanh nghiệp về sản xuất sạch hơn và hệ thống quản lý môi trường ISO 14001',
      ],
      [
        '2015-12-18',
        'Tổng kết chương trình: 22 hội thảo, lớp tập huấn với hơn 2.100 lượt doanh nghiệp tham dự; 35 doanh nghiệp được hỗ trợ tư vấn áp dụng ISO 14001',
      ],
    ],
  },
  {
    number: 4,
    title:
      'Chương trình tuyên truyền nâng cao nhận thức, thúc đẩy sự tham gia giám sát của cộng đồng trong công tác quản lý ô nhiễm công nghiệp',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies:
      'Ban tuyên giáo Thành ủy, các Sở, ngành, các tổ chức chính trị, xã hội; Các quận, huyện, thị xã và các cơ quan thông tấn báo chí',
    timeFrame: '2012-2015',
    status: 'COMPLETED',
    notes: [
      [
        '2013-06-05',
        'Tổ chức mít tinh hưởng ứng Ngày Môi trường thế giới; phối hợp Đài Phát thanh và Truyền hình Hà Nội phát sóng chuyên mục về kiểm soát ô nhiễm công nghiệp',
      ],
      [
        '2015-08-12',
        'Thí điểm mô hình cộng đồng giám sát môi trường tại CCN Phùng Xá (Thạch Thất), làng nghề Dương Liễu (Hoài Đức) và làng lụa Vạn Phúc (Hà Đông)',
      ],
    ],
  },
  {
    number: 5,
    title: 'Xây dựng và ban hành văn bản quy định về quản lý chất thải công nghiệp',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies:
      'Sở Công thương, Ban quản lý các KCN và CX Hà Nội; Sở ngành liên quan và các cơ sở dịch vụ môi trường',
    timeFrame: '2012-2013',
    status: 'DELAYED',
    notes: [
      [
        '2013-10-30',
        'Hoàn thành dự thảo Quy định quản lý chất thải công nghiệp trên địa bàn Thành phố; gửi lấy ý kiến các Sở, ngành và Ban quản lý các KCN và CX Hà Nội',
      ],
      [
        '2015-04-20',
        'Tạm dừng trình ban hành để rà soát theo Luật Bảo vệ môi trường 2014 và Nghị định 38/2015/NĐ-CP về quản lý chất thải và phế liệu',
      ],
      [
        '2022-06-15',
        'Tiếp tục điều chỉnh dự thảo theo Luật Bảo vệ môi trường 2020 và Nghị định 08/2022/NĐ-CP; chưa trình UBND Thành phố',
      ],
      [
        '2026-03-10',
        'Sở Nông nghiệp và Môi trường đề xuất lồng ghép nội dung vào quy định quản lý chất thải rắn của Thành phố; chậm so với tiến độ của Kế hoạch',
      ],
    ],
  },
  {
    number: 6,
    title: 'Đào tạo, nâng cao nghiệp vụ quản lý cho cán bộ quản lý môi trường các cấp',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies:
      'Sở Công thương, Ban quản lý các Khu công nghiệp và chế xuất Hà Nội, UBND quận, huyện, thị xã, phường, xã và các chuyên gia',
    timeFrame: '2012-2015',
    status: 'COMPLETED',
    notes: [
      [
        '2012-10-25',
        'Mở 04 lớp bồi dưỡng nghiệp vụ thanh tra, kiểm soát ô nhiễm cho 280 cán bộ quản lý môi trường cấp quận, huyện, xã và cảnh sát môi trường',
      ],
      [
        '2015-11-10',
        'Giai đoạn 2012–2015 đã đào tạo, bồi dưỡng 1.120 lượt cán bộ; biên soạn bộ tài liệu nghiệp vụ dùng chung',
      ],
    ],
  },
  {
    number: 7,
    title:
      'Xây dựng cơ chế chính sách khuyến khích đầu tư xây dựng cơ sở hạ tầng kiểm soát và xử lý ô nhiễm tại các cụm công nghiệp',
    leadAgency: 'Sở Công thương',
    partnerAgencies:
      'Sở Xây dựng, Sở Quy hoạch – Kiến trúc, Sở Kế hoạch – Đầu tư, Sở Tài nguyên và Môi trường',
    timeFrame: '2012-2013',
    status: 'COMPLETED',
    notes: [
      [
        '2013-12-20',
        'Sở Công thương trình UBND Thành phố cơ chế hỗ trợ đầu tư hạ tầng xử lý nước thải tại các cụm công nghiệp từ ngân sách Thành phố và Quỹ Bảo vệ môi trường Hà Nội',
      ],
      [
        '2014-10-08',
        'UBND Thành phố ban hành cơ chế hỗ trợ; chủ đầu tư cụm công nghiệp được vay vốn ưu đãi tại Quỹ Bảo vệ môi trường Hà Nội',
      ],
    ],
  },
  {
    number: 8,
    title:
      'Xây dựng cơ chế khuyến khích các doanh nghiệp vừa và nhỏ di dời đến các khu, cụm công nghiệp đã có cơ sở hạ tầng kiểm soát và xử lý ô nhiễm',
    leadAgency:
      'Ban chỉ đạo di dời cơ sở gây ô nhiễm môi trường hoặc không phù hợp với quy hoạch ra khỏi khu vực đô thị và khu dân cư trên địa bàn TP Hà Nội',
    partnerAgencies: 'UBND quận, huyện, thị xã và các Sở, Ban, Ngành có liên quan',
    timeFrame: '2012-2013',
    status: 'COMPLETED',
    notes: [
      [
        '2013-09-16',
        'Ban chỉ đạo trình UBND Thành phố cơ chế khuyến khích di dời: hỗ trợ lãi suất vay, ưu tiên thuê đất tại các khu, cụm công nghiệp có hạ tầng xử lý ô nhiễm',
      ],
      [
        '2014-05-22',
        'UBND Thành phố ban hành cơ chế; UBND các quận, huyện rà soát, lập danh sách cơ sở thuộc diện di dời',
      ],
    ],
  },
  {
    number: 9,
    title:
      'Rà soát, đánh giá hiện trạng đầu tư, xây dựng hạ tầng kiểm soát, xử lý ô nhiễm; hồ sơ pháp lý về bảo vệ môi trường của các cụm công nghiệp',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies:
      'Sở Công thương, UBND quận, huyện, thị xã, Chủ đầu tư kinh doanh và đầu tư xây dựng cụm công nghiệp',
    timeFrame: '2012-2013',
    status: 'COMPLETED',
    notes: [
      [
        '2013-08-30',
        (f) =>
          `Hoàn thành rà soát hạ tầng và hồ sơ pháp lý về bảo vệ môi trường của ${f.operatingClusters} cụm công nghiệp đang hoạt động; ${f.clustersWithPlantBy('2013-08-30')} cụm có trạm xử lý nước thải tập trung vận hành`,
      ],
      [
        '2013-12-05',
        'Báo cáo UBND Thành phố phương án cải tạo, nâng cấp các cụm công nghiệp chưa có hạ tầng kiểm soát, xử lý ô nhiễm đồng bộ',
      ],
    ],
  },
  {
    number: 10,
    title:
      'Cải tạo, nâng cấp hạ tầng kỹ thuật, mở rộng quy mô, diện tích (có quỹ đất xây dựng hệ thống xử lý nước thải tập trung) đối với các cụm công nghiệp (Nguồn ngân sách)',
    leadAgency: 'Chủ đầu tư cụm công nghiệp',
    partnerAgencies:
      'Sở Công thương, Sở Quy hoạch Kiến trúc, Sở Xây dựng, Sở Tài nguyên và Môi trường, Sở Tài chính, UBND quận, huyện, thị xã liên quan',
    timeFrame: '2012-2015',
    status: 'DELAYED',
    notes: [
      [
        '2015-12-25',
        (f) =>
          `Đến hết năm 2015 có ${f.clustersWithPlantBy('2015-12-25')}/${f.operatingClusters} cụm công nghiệp đang hoạt động có trạm xử lý nước thải tập trung vận hành; nhiều cụm chưa bố trí được quỹ đất`,
      ],
      [
        '2019-12-20',
        (f) =>
          `Đến hết năm 2019 có ${f.clustersWithPlantBy('2019-12-20')}/${f.operatingClusters} cụm công nghiệp đang hoạt động có trạm xử lý nước thải tập trung vận hành`,
      ],
      [
        '2026-06-30',
        (f) =>
          `Còn ${f.operatingClusters - f.clustersWithPlantBy('2026-06-30')} cụm công nghiệp đang hoạt động chưa có trạm xử lý nước thải tập trung vận hành; tiến độ chậm so với Kế hoạch`,
      ],
    ],
  },
  {
    number: 11,
    title:
      'Rà soát, điều tra các cơ sở sản xuất công nghiệp, kiểm kê nguồn thải công nghiệp. Xây dựng cơ sở dữ liệu về tình hình ô nhiễm công nghiệp',
    leadAgency: 'Sở Tài nguyên và Môi trường',
    partnerAgencies:
      'BQL các KCN và Chế xuất Hà Nội, UBND các quận, huyện, thị xã, Chuyên gia tư vấn',
    timeFrame: '2012',
    status: 'COMPLETED',
    notes: [
      [
        '2012-12-28',
        (f) =>
          `Hoàn thành điều tra, kiểm kê ${f.facilitiesStartedBy('2012-12-28')} cơ sở sản xuất công nghiệp và nguồn thải trên địa bàn Thành phố`,
      ],
      [
        '2014-06-16',
        'Đưa vào vận hành cơ sở dữ liệu nguồn thải công nghiệp tại Sở TN&MT; cập nhật định kỳ từ báo cáo quan trắc của doanh nghiệp',
      ],
    ],
  },
  {
    number: 12,
    title:
      'Xây dựng thí điểm hệ thống cán bộ quản lý ô nhiễm (PCM) tại các khu chế xuất, khu công nghệ cao, khu công nghiệp, cụm công nghiệp và các cơ sở sản xuất',
    leadAgency:
      'Sở Tài nguyên và Môi trường (Thực hiện theo Dự án hỗ trợ của Bộ Tài nguyên và Môi trường, Bộ Kinh tế và Thương mại Nhật Bản –METI)',
    partnerAgencies:
      'Sở Công thương, Ban quản lý các Khu công nghiệp và chế xuất, UBND các quận, huyện, thị xã; Các Tổ chức trong nước, quốc tế',
    timeFrame: '2012-2014',
    status: 'IN_PROGRESS',
    notes: [
      [
        '2013-03-20',
        'Khởi động dự án thí điểm với sự hỗ trợ của Bộ TN&MT và METI (Nhật Bản); lựa chọn doanh nghiệp tại KCN Thăng Long, Nội Bài và Quang Minh tham gia',
      ],
      [
        '2014-12-12',
        'Tổ chức khóa đào tạo và kỳ thi đầu tiên; 126 học viên đạt chứng nhận cán bộ quản lý ô nhiễm (PCM)',
      ],
      [
        '2016-06-30',
        'Dự án hỗ trợ kết thúc; việc nhân rộng chờ quy định bắt buộc về cán bộ quản lý ô nhiễm tại cơ sở sản xuất',
      ],
      [
        '2024-09-10',
        'Lồng ghép yêu cầu về bộ phận chuyên môn bảo vệ môi trường tại cơ sở theo Luật Bảo vệ môi trường 2020; đang xây dựng hướng dẫn nhân rộng mô hình',
      ],
    ],
  },
];
