/** What a case file (hồ sơ vụ việc) on a pollution offence gathers. */
export const evidenceItems = {
  always: ['Biên bản kiểm tra', 'Biên bản vi phạm hành chính'],
  sampled: [
    'Biên bản lấy mẫu nước thải tại điểm xả',
    'Kết quả phân tích mẫu của đơn vị quan trắc được chứng nhận (VIMCERTS)',
    'Kết luận giám định của Viện Khoa học hình sự',
  ],
  any: [
    'Ảnh chụp, video ghi lại hiện trường',
    'Sổ nhật ký vận hành hệ thống xử lý chất thải',
    'Hợp đồng chuyển giao chất thải',
    'Lời khai của người đại diện theo pháp luật',
    'Lời khai của nhân viên vận hành',
    'Dữ liệu quan trắc tự động trong thời gian vi phạm',
  ],
} as const;

export const investigatorNotes = [
  'Cơ sở đã bị xử phạt vi phạm hành chính về hành vi này nhưng tiếp tục vi phạm; đề nghị xem xét trách nhiệm hình sự',
  'Mức độ vượt quy chuẩn nghiêm trọng, có dấu hiệu của tội gây ô nhiễm môi trường; đang trưng cầu giám định thiệt hại',
  'Người đại diện theo pháp luật khai đã chỉ đạo xả thải qua đường ống ngầm không qua hệ thống xử lý',
  'Đã chuyển hồ sơ sang Cơ quan Cảnh sát điều tra để xem xét khởi tố',
] as const;
