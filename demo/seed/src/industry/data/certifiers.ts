import type { CertificationKind } from '../types';

/** Who issues each kind of certification, and how its numbers look. Names are recalled, not checked. */
export interface Certifier {
  name: string;
  /** the number's prefix, followed by the year and a serial */
  prefix: string;
}

export const certifiers: Record<CertificationKind, readonly Certifier[]> = {
  // ISO 14001 certification bodies active in Vietnam
  ISO_14001: [
    { name: 'Trung tâm Chứng nhận Phù hợp (QUACERT)', prefix: 'QC-EMS' },
    { name: 'Bureau Veritas Certification Việt Nam', prefix: 'VN-BVC-EMS' },
    { name: 'SGS Việt Nam', prefix: 'VN-SGS-EMS' },
    { name: 'TÜV Rheinland Việt Nam', prefix: 'TRV-EMS' },
    { name: 'BSI Việt Nam', prefix: 'EMS' },
  ],
  // đánh giá sản xuất sạch hơn
  CLEANER_PRODUCTION: [
    { name: 'Trung tâm Sản xuất sạch Việt Nam (VNCPC)', prefix: 'VNCPC-SXSH' },
    {
      name: 'Trung tâm Khuyến công và Tư vấn phát triển công nghiệp Hà Nội',
      prefix: 'KC-SXSH',
    },
  ],
  // kiểm toán năng lượng (Luật Sử dụng năng lượng tiết kiệm và hiệu quả 2010)
  ENERGY_AUDIT: [
    { name: 'Trung tâm Tiết kiệm năng lượng Hà Nội', prefix: 'TKNL-KTNL' },
    { name: 'Viện Năng lượng', prefix: 'VNL-KTNL' },
  ],
};
