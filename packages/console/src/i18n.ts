import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

const vi = {
  title: 'Cổng dữ liệu ô nhiễm công nghiệp Hà Nội',
  nav: {
    board: 'Bảng chỉ tiêu',
    search: 'Tra cứu cơ sở',
    monitoring: 'Quan trắc',
    explorer: 'Khám phá API',
    signIn: 'Đăng nhập',
  },
  explorer: {
    heading: 'Khám phá API GraphQL',
    role: 'Truy vấn chạy với quyền của vai trò: {{role}}. Ctrl-Enter để chạy.',
  },
  language: 'English',
  role: 'Vai trò: {{role}}',
  public: 'Công chúng',
  loading: 'Đang tải…',
  error: 'Lỗi: {{message}}. Hãy thử lại; nếu vẫn lỗi, kiểm tra cổng API đang chạy.',
  withheld: 'Không hiển thị với vai trò của bạn',
  board: {
    heading: 'Kết quả thực hiện kế hoạch',
    period: 'Kỳ (năm hoặc quý, vd 2025 hoặc 2025-Q4)',
    unit: 'Mã đơn vị hành chính (để trống: toàn thành phố)',
    show: 'Xem',
    target: 'Chỉ tiêu',
    value: 'Đạt được',
    met: 'Đạt',
    notMet: 'Chưa đạt',
    lastQuarters: 'Bốn quý gần nhất',
    drill: 'Chi tiết',
    reason: 'Lý do',
    subject: 'Đối tượng',
    withheldItems: '{{count}} đối tượng không hiển thị với vai trò của bạn',
    download: 'Tải XLSX',
    badPeriod: 'Kỳ không hợp lệ: nhập năm (2025) hoặc quý (2025-Q4).',
  },
  search: {
    heading: 'Tra cứu cơ sở',
    query: 'Tên, mã số thuế hoặc địa chỉ (không dấu cũng được)',
    unit: 'Mã đơn vị hành chính',
    sector: 'Mã ngành',
    highRisk: 'Chỉ ngành nguy cơ cao',
    go: 'Tìm',
    none: 'Không có cơ sở phù hợp. Thử bỏ bớt bộ lọc hoặc viết ngắn hơn.',
  },
  profile: {
    registry: 'Đăng ký và hồ sơ môi trường — Sở TN&MT',
    zone: 'Khu, cụm công nghiệp và di dời — Ban quản lý KCN / Sở Công Thương',
    police: 'Thanh tra, vi phạm, xử phạt — Cảnh sát môi trường',
    waste: 'Chất thải nguy hại — Sở TN&MT',
    polluter: 'Cơ sở gây ô nhiễm nghiêm trọng — Sở TN&MT',
    stations: 'Trạm quan trắc — Sở TN&MT',
    legalRepresentative: 'Người đại diện theo pháp luật',
    address: 'Địa chỉ',
    sector: 'Ngành',
    unit: 'Đơn vị hành chính',
    taxCode: 'Mã số thuế',
    zoneName: 'Khu công nghiệp',
    clusterName: 'Cụm công nghiệp',
    relocation: 'Di dời',
    none: 'Không có',
    listed: 'Có trong danh sách năm {{year}}',
    violations: 'Vi phạm',
    approvals: 'Hồ sơ môi trường',
  },
  monitoring: {
    heading: 'Dữ liệu quan trắc',
    station: 'Mã trạm',
    parameter: 'Thông số',
    from: 'Từ ngày',
    to: 'Đến ngày',
    show: 'Xem',
    limit: 'Giới hạn',
    exceed: 'Vượt',
  },
  signIn: {
    heading: 'Đăng nhập',
    token: 'token',
    submit: 'Đăng nhập',
    signOut: 'Đăng xuất',
    examples: 'Token mẫu của hub cục bộ (một lần bấm):',
    expired:
      'Phiên đăng nhập đã hết hạn hoặc token không hợp lệ: bạn đang xem như công chúng. Dán token mới để đăng nhập lại.',
    bad: 'Token không đọc được: dán nguyên chuỗi token (ba phần cách nhau bởi dấu chấm).',
  },
};

type Messages = typeof vi;

const en: Messages = {
  title: 'Hanoi industrial-pollution data hub',
  nav: {
    board: 'City board',
    search: 'Facility search',
    monitoring: 'Monitoring',
    explorer: 'API explorer',
    signIn: 'Sign in',
  },
  explorer: {
    heading: 'GraphQL API explorer',
    role: 'Queries run with the rights of the role: {{role}}. Ctrl-Enter runs one.',
  },
  language: 'Tiếng Việt',
  role: 'Role: {{role}}',
  public: 'Public',
  loading: 'Loading…',
  error: 'Error: {{message}}. Try again; if it persists, check that the gateway is running.',
  withheld: 'Withheld for your role',
  board: {
    heading: "The plan's results",
    period: 'Period (year or quarter, e.g. 2025 or 2025-Q4)',
    unit: 'Administrative unit code (empty: the whole city)',
    show: 'Show',
    target: 'Target',
    value: 'Value',
    met: 'Met',
    notMet: 'Not met',
    lastQuarters: 'Last four quarters',
    drill: 'Details',
    reason: 'Reason',
    subject: 'Subject',
    withheldItems: '{{count}} subjects withheld for your role',
    download: 'Download XLSX',
    badPeriod: 'Invalid period: enter a year (2025) or a quarter (2025-Q4).',
  },
  search: {
    heading: 'Facility search',
    query: 'Name, tax code or address (accents optional)',
    unit: 'Administrative unit code',
    sector: 'Sector code',
    highRisk: 'High-risk sectors only',
    go: 'Search',
    none: 'No facility matches. Try fewer filters or a shorter text.',
  },
  profile: {
    registry: 'Registry and approvals — DONRE',
    zone: 'Zone or cluster and relocation — HIZA / DOIT',
    police: 'Inspections, violations, sanctions — Environmental police',
    waste: 'Hazardous waste — DONRE',
    polluter: 'Serious-polluter status — DONRE',
    stations: 'Monitoring stations — DONRE',
    legalRepresentative: 'Legal representative',
    address: 'Address',
    sector: 'Sector',
    unit: 'Administrative unit',
    taxCode: 'Tax code',
    zoneName: 'Industrial zone',
    clusterName: 'Industrial cluster',
    relocation: 'Relocation',
    none: 'None',
    listed: 'Listed in {{year}}',
    violations: 'Violations',
    approvals: 'Environmental approvals',
  },
  monitoring: {
    heading: 'Monitoring data',
    station: 'Station code',
    parameter: 'Parameter',
    from: 'From',
    to: 'To',
    show: 'Show',
    limit: 'Limit',
    exceed: 'Exceedance',
  },
  signIn: {
    heading: 'Sign in',
    token: 'token',
    submit: 'Sign in',
    signOut: 'Sign out',
    examples: "This local hub's example tokens (one click):",
    expired:
      'Your session expired or the token was refused: you now see what the public sees. Paste a new token to sign in again.',
    bad: 'The token cannot be read: paste the whole token (three parts separated by dots).',
  },
};

void i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: localStorage.getItem('ipc-hub.lang') ?? 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
});

export function toggleLanguage(): void {
  const next = i18next.language === 'vi' ? 'en' : 'vi';
  localStorage.setItem('ipc-hub.lang', next);
  document.documentElement.lang = next;
  void i18next.changeLanguage(next);
}

export default i18next;
