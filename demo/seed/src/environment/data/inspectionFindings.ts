/**
 * What a post-approval inspection (kiểm tra sau thẩm định, hậu kiểm) writes
 * when the treatment works do not match the approved dossier.
 */
export const generalFindings: readonly string[] = [
  'Hệ thống xử lý nước thải chưa được xây dựng đúng công suất theo hồ sơ đã được phê duyệt',
  'Chưa lắp đặt thiết bị quan trắc nước thải tự động, liên tục theo yêu cầu',
  'Khu lưu giữ chất thải nguy hại chưa có mái che, chưa dán biển cảnh báo theo quy định',
  'Chưa xây dựng hệ thống thu gom, thoát nước mưa tách riêng với nước thải',
  'Chưa có nhật ký vận hành hệ thống xử lý nước thải; hóa chất xử lý không được bổ sung thường xuyên',
  'Kết quả phân tích mẫu nước thải sau xử lý có thông số COD, amoni vượt quy chuẩn kỹ thuật quốc gia',
  'Chưa xây dựng phương án phòng ngừa, ứng phó sự cố môi trường',
  'Bể điều hòa và bể lắng xuống cấp, rò rỉ nước thải ra khu vực xung quanh',
  'Chưa thực hiện quan trắc môi trường định kỳ theo chương trình đã được phê duyệt',
  'Hệ thống xử lý khí thải lò hơi không vận hành trong thời gian kiểm tra',
];

/** Findings particular to a sector, drawn about half the time when the sector has any. */
export const sectorFindings: Readonly<Record<string, readonly string[]>> = {
  '2592': [
    'Nước thải xi mạ chưa được tách dòng xyanua và crom trước khi đưa vào hệ thống xử lý',
    'Bùn thải từ hệ thống xử lý nước thải mạ lưu giữ ngoài trời, không có gờ chống tràn',
  ],
  '1313': [
    'Nước thải nhuộm sau xử lý có độ màu vượt quy chuẩn; công đoạn keo tụ, lắng vận hành không ổn định',
  ],
  '1511': ['Chưa tách riêng và xử lý sơ bộ dòng nước thải chứa crom từ công đoạn thuộc'],
  '1103': ['Bể xử lý kỵ khí quá tải vào mùa cao điểm sản xuất, phát sinh mùi hôi'],
  '1062': ['Nước thải chế biến tinh bột chưa qua hầm biogas đã xả ra hệ thống thoát nước chung'],
  '2392': [
    'Hệ thống xử lý khí thải lò nung (tháp hấp thụ) chưa lắp đặt theo thiết kế đã phê duyệt',
  ],
  '2720': ['Chưa lắp đặt hệ thống thu hồi bụi chì tại công đoạn đúc lưới, trát cao'],
  '2610': ['Chưa xây dựng khu xử lý riêng cho nước thải có chứa florua và kim loại nặng'],
  '2410': ['Hệ thống lọc bụi tay áo của lò điện hồ quang không hoạt động trong thời gian kiểm tra'],
  '3830': [
    'Khu tập kết phế liệu không có mái che; nước mưa chảy tràn cuốn theo dầu mỡ ra môi trường',
  ],
};
