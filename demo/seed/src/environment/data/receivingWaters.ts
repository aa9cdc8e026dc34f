/**
 * Rivers, canals and lakes that take the wastewater of each district (by the
 * 2008–2025 district codes), as someone from Hanoi would name them: the
 * inner-city drains (Tô Lịch, Kim Ngưu, Lừ, Sét), the Nhuệ and Đáy in the
 * south-west, Cầu Bây and Đuống across the Red River, Cà Lồ and Ngũ Huyện
 * Khê in the north.
 */
export const receivingWaters: Readonly<Record<string, readonly string[]>> = {
  '001': ['sông Tô Lịch'],
  '002': ['sông Kim Ngưu'],
  '003': ['sông Tô Lịch'],
  '004': ['sông Cầu Bây', 'sông Đuống'],
  '005': ['sông Tô Lịch', 'mương Nghĩa Đô'],
  '006': ['sông Lừ', 'sông Tô Lịch'],
  '007': ['sông Kim Ngưu', 'sông Sét'],
  '008': ['sông Kim Ngưu', 'sông Sét', 'sông Lừ'],
  '009': ['sông Tô Lịch', 'sông Lừ'],
  '016': ['sông Cà Lồ', 'sông Công'],
  '017': ['sông Ngũ Huyện Khê', 'sông Thiếp', 'sông Cà Lồ'],
  '018': ['sông Cầu Bây', 'sông Đuống', 'kênh Bắc Hưng Hải'],
  '019': ['kênh Cầu Ngà', 'sông Nhuệ', 'sông Pheo'],
  '020': ['sông Tô Lịch', 'sông Nhuệ', 'hồ Yên Sở'],
  '021': ['sông Nhuệ', 'mương Thụy Phương', 'sông Pheo'],
  '250': ['sông Cà Lồ'],
  '268': ['sông Nhuệ', 'sông La Khê'],
  '269': ['sông Tích'],
  '271': ['sông Tích'],
  '272': ['kênh Phù Sa', 'sông Tích'],
  '273': ['sông Đáy'],
  '274': ['sông Đáy', 'sông Nhuệ'],
  '275': ['sông Đáy', 'sông Tích'],
  '276': ['sông Tích'],
  '277': ['sông Bùi', 'sông Đáy', 'sông Tích'],
  '278': ['sông Nhuệ', 'sông Đáy'],
  '279': ['sông Nhuệ'],
  '280': ['sông Nhuệ'],
  '281': ['sông Đáy', 'sông Nhuệ'],
  '282': ['sông Đáy'],
};
