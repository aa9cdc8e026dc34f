/** How an inspection record (biên bản kiểm tra) that found nothing wrong puts it. */
export const cleanFindings = {
  /** for facilities that discharge wastewater */
  discharging: [
    'Cơ sở có đầy đủ hồ sơ môi trường; hệ thống xử lý nước thải vận hành bình thường, kết quả phân tích mẫu nước thải đạt QCVN 40:2011/BTNMT',
    'Hệ thống xử lý nước thải hoạt động ổn định, có sổ nhật ký vận hành; mẫu nước thải lấy tại điểm xả đạt quy chuẩn',
    'Cơ sở thực hiện đúng nội dung giấy phép môi trường; nước thải đấu nối vào hệ thống thu gom theo quy định',
    'Kiểm tra hồ sơ, hiện trường và lấy mẫu nước thải: không phát hiện vi phạm',
  ],
  /** for the others */
  other: [
    'Cơ sở có đầy đủ hồ sơ môi trường; chất thải rắn, chất thải nguy hại được thu gom, lưu giữ và chuyển giao đúng quy định',
    'Kiểm tra hồ sơ và hiện trường sản xuất: không phát hiện vi phạm pháp luật về bảo vệ môi trường',
    'Kho lưu giữ chất thải nguy hại đúng quy cách, có hợp đồng chuyển giao với đơn vị có giấy phép',
    'Hệ thống xử lý bụi, khí thải vận hành bình thường; kết quả quan trắc định kỳ đạt quy chuẩn',
  ],
} as const;

/** Why an inspection other than a scheduled one took place. */
export const occasions = {
  SCHEDULED: 'Kiểm tra theo kế hoạch năm',
  SURPRISE: 'Kiểm tra đột xuất',
  COMPLAINT: 'Kiểm tra theo phản ánh của người dân về mùi hôi, nước thải',
  JOINT: 'Đoàn kiểm tra liên ngành kiểm tra việc chấp hành pháp luật về bảo vệ môi trường',
} as const;
