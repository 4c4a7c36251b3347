// Sources: Nghị quyết 176/2025/QH15 and Nghị định 25/2025/NĐ-CP et seq. (ministries from 2025-03-01); Nghị quyết 1314/NQ-UBTVQH15 (TP Huế from 2025-01-01); Nghị quyết 202/2025/QH15 (34 provinces from 2025-07-01).

import type { AgencyKind } from '@/lib/reference/agency-kinds';

export type AgencySeed = {
  code: string; // stable unique code, ASCII upper-case
  name: string; // official Vietnamese name (NFC)
  shortName?: string;
  kind: AgencyKind;
  parentCode?: string;
  validFrom?: string; // 'YYYY-MM-DD' first day
  validTo?: string; // 'YYYY-MM-DD' last day the body existed
  successorCode?: string;
};

export const MINISTRY_REFORM_DATE = '2025-03-01';
export const PROVINCE_REFORM_DATE = '2025-07-01';

const MINISTRY_LAST_DAY = '2025-02-28';
const PROVINCE_LAST_DAY = '2025-06-30';

// ---------------------------------------------------------------------------
// 1. Ministries and ministry-level agencies
// ---------------------------------------------------------------------------

const MINISTRIES: AgencySeed[] = [
  // Continuing ministries
  { code: 'BQP', name: 'Bộ Quốc phòng', shortName: 'Bộ QP', kind: 'ministry' },
  { code: 'BCA', name: 'Bộ Công an', shortName: 'Bộ CA', kind: 'ministry' },
  { code: 'BNG', name: 'Bộ Ngoại giao', shortName: 'Bộ NG', kind: 'ministry' },
  { code: 'BNV', name: 'Bộ Nội vụ', shortName: 'Bộ NV', kind: 'ministry' },
  { code: 'BTP', name: 'Bộ Tư pháp', shortName: 'Bộ TP', kind: 'ministry' },
  { code: 'BTC', name: 'Bộ Tài chính', shortName: 'Bộ TC', kind: 'ministry' },
  { code: 'BCT', name: 'Bộ Công Thương', shortName: 'Bộ CT', kind: 'ministry' },
  { code: 'BXD', name: 'Bộ Xây dựng', shortName: 'Bộ XD', kind: 'ministry' },
  { code: 'BVHTTDL', name: 'Bộ Văn hóa, Thể thao và Du lịch', shortName: 'Bộ VHTT&DL', kind: 'ministry' },
  { code: 'BKHCN', name: 'Bộ Khoa học và Công nghệ', shortName: 'Bộ KH&CN', kind: 'ministry' },
  { code: 'BGDDT', name: 'Bộ Giáo dục và Đào tạo', shortName: 'Bộ GD&ĐT', kind: 'ministry' },
  { code: 'BYT', name: 'Bộ Y tế', shortName: 'Bộ YT', kind: 'ministry' },

  // Ministries absorbed on 2025-03-01
  {
    code: 'BKHDT',
    name: 'Bộ Kế hoạch và Đầu tư',
    shortName: 'Bộ KH&ĐT',
    kind: 'ministry',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BTC',
  },
  {
    code: 'BGTVT',
    name: 'Bộ Giao thông vận tải',
    shortName: 'Bộ GTVT',
    kind: 'ministry',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BXD',
  },
  {
    code: 'BTTTT',
    name: 'Bộ Thông tin và Truyền thông',
    shortName: 'Bộ TT&TT',
    kind: 'ministry',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BKHCN',
  },
  {
    code: 'BLDTBXH',
    name: 'Bộ Lao động - Thương binh và Xã hội',
    shortName: 'Bộ LĐ-TB&XH',
    kind: 'ministry',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BNV',
  },
  {
    code: 'BNNPTNT',
    name: 'Bộ Nông nghiệp và Phát triển nông thôn',
    shortName: 'Bộ NN&PTNT',
    kind: 'ministry',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BNNMT',
  },
  {
    code: 'BTNMT',
    name: 'Bộ Tài nguyên và Môi trường',
    shortName: 'Bộ TN&MT',
    kind: 'ministry',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BNNMT',
  },

  // Ministries created on 2025-03-01
  {
    code: 'BNNMT',
    name: 'Bộ Nông nghiệp và Môi trường',
    shortName: 'Bộ NN&MT',
    kind: 'ministry',
    validFrom: MINISTRY_REFORM_DATE,
  },
  {
    code: 'BDTTG',
    name: 'Bộ Dân tộc và Tôn giáo',
    shortName: 'Bộ DT&TG',
    kind: 'ministry',
    validFrom: MINISTRY_REFORM_DATE,
  },

  // Ministry-level agencies
  {
    code: 'UBDT',
    name: 'Ủy ban Dân tộc',
    shortName: 'UBDT',
    kind: 'ministry_level',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BDTTG',
  },
  { code: 'NHNN', name: 'Ngân hàng Nhà nước Việt Nam', shortName: 'NHNN', kind: 'ministry_level' },
  { code: 'TTCP', name: 'Thanh tra Chính phủ', shortName: 'TTCP', kind: 'ministry_level' },
  { code: 'VPCP', name: 'Văn phòng Chính phủ', shortName: 'VPCP', kind: 'ministry_level' },
];

// ---------------------------------------------------------------------------
// 2. Provinces and centrally-run cities
// ---------------------------------------------------------------------------

type ProvinceRow = readonly [code: string, place: string, type: 'tinh' | 'tp', shortName?: string];

// The 63 units before 2025-07-01 (Thừa Thiên Huế listed as the province it was until 2024-12-31).
const PROVINCES_63: readonly ProvinceRow[] = [
  ['P-HANOI', 'Hà Nội', 'tp'],
  ['P-HAGIANG', 'Hà Giang', 'tinh'],
  ['P-CAOBANG', 'Cao Bằng', 'tinh'],
  ['P-BACKAN', 'Bắc Kạn', 'tinh'],
  ['P-TUYENQUANG', 'Tuyên Quang', 'tinh'],
  ['P-LAOCAI', 'Lào Cai', 'tinh'],
  ['P-DIENBIEN', 'Điện Biên', 'tinh'],
  ['P-LAICHAU', 'Lai Châu', 'tinh'],
  ['P-SONLA', 'Sơn La', 'tinh'],
  ['P-YENBAI', 'Yên Bái', 'tinh'],
  ['P-HOABINH', 'Hòa Bình', 'tinh'],
  ['P-THAINGUYEN', 'Thái Nguyên', 'tinh'],
  ['P-LANGSON', 'Lạng Sơn', 'tinh'],
  ['P-QUANGNINH', 'Quảng Ninh', 'tinh'],
  ['P-BACGIANG', 'Bắc Giang', 'tinh'],
  ['P-PHUTHO', 'Phú Thọ', 'tinh'],
  ['P-VINHPHUC', 'Vĩnh Phúc', 'tinh'],
  ['P-BACNINH', 'Bắc Ninh', 'tinh'],
  ['P-HAIDUONG', 'Hải Dương', 'tinh'],
  ['P-HAIPHONG', 'Hải Phòng', 'tp'],
  ['P-HUNGYEN', 'Hưng Yên', 'tinh'],
  ['P-THAIBINH', 'Thái Bình', 'tinh'],
  ['P-HANAM', 'Hà Nam', 'tinh'],
  ['P-NAMDINH', 'Nam Định', 'tinh'],
  ['P-NINHBINH', 'Ninh Bình', 'tinh'],
  ['P-THANHHOA', 'Thanh Hóa', 'tinh'],
  ['P-NGHEAN', 'Nghệ An', 'tinh'],
  ['P-HATINH', 'Hà Tĩnh', 'tinh'],
  ['P-QUANGBINH', 'Quảng Bình', 'tinh'],
  ['P-QUANGTRI', 'Quảng Trị', 'tinh'],
  ['P-THUATHIENHUE', 'Thừa Thiên Huế', 'tinh'],
  ['P-DANANG', 'Đà Nẵng', 'tp'],
  ['P-QUANGNAM', 'Quảng Nam', 'tinh'],
  ['P-QUANGNGAI', 'Quảng Ngãi', 'tinh'],
  ['P-BINHDINH', 'Bình Định', 'tinh'],
  ['P-PHUYEN', 'Phú Yên', 'tinh'],
  ['P-KHANHHOA', 'Khánh Hòa', 'tinh'],
  ['P-NINHTHUAN', 'Ninh Thuận', 'tinh'],
  ['P-BINHTHUAN', 'Bình Thuận', 'tinh'],
  ['P-KONTUM', 'Kon Tum', 'tinh'],
  ['P-GIALAI', 'Gia Lai', 'tinh'],
  ['P-DAKLAK', 'Đắk Lắk', 'tinh'],
  ['P-DAKNONG', 'Đắk Nông', 'tinh'],
  ['P-LAMDONG', 'Lâm Đồng', 'tinh'],
  ['P-BINHPHUOC', 'Bình Phước', 'tinh'],
  ['P-TAYNINH', 'Tây Ninh', 'tinh'],
  ['P-BINHDUONG', 'Bình Dương', 'tinh'],
  ['P-DONGNAI', 'Đồng Nai', 'tinh'],
  ['P-BARIAVUNGTAU', 'Bà Rịa - Vũng Tàu', 'tinh'],
  ['P-HOCHIMINH', 'Hồ Chí Minh', 'tp', 'TP. Hồ Chí Minh'],
  ['P-LONGAN', 'Long An', 'tinh'],
  ['P-TIENGIANG', 'Tiền Giang', 'tinh'],
  ['P-BENTRE', 'Bến Tre', 'tinh'],
  ['P-TRAVINH', 'Trà Vinh', 'tinh'],
  ['P-VINHLONG', 'Vĩnh Long', 'tinh'],
  ['P-DONGTHAP', 'Đồng Tháp', 'tinh'],
  ['P-ANGIANG', 'An Giang', 'tinh'],
  ['P-KIENGIANG', 'Kiên Giang', 'tinh'],
  ['P-CANTHO', 'Cần Thơ', 'tp'],
  ['P-HAUGIANG', 'Hậu Giang', 'tinh'],
  ['P-SOCTRANG', 'Sóc Trăng', 'tinh'],
  ['P-BACLIEU', 'Bạc Liêu', 'tinh'],
  ['P-CAMAU', 'Cà Mau', 'tinh'],
];

// Nghị quyết 202/2025/QH15: continuing unit ← provinces merged into it (which end 2025-06-30).
const PROVINCE_MERGES: ReadonlyArray<readonly [continuing: string, absorbed: readonly string[]]> = [
  ['P-TUYENQUANG', ['P-HAGIANG']],
  ['P-LAOCAI', ['P-YENBAI']],
  ['P-THAINGUYEN', ['P-BACKAN']],
  ['P-PHUTHO', ['P-VINHPHUC', 'P-HOABINH']],
  ['P-BACNINH', ['P-BACGIANG']],
  ['P-HUNGYEN', ['P-THAIBINH']],
  ['P-HAIPHONG', ['P-HAIDUONG']],
  ['P-NINHBINH', ['P-HANAM', 'P-NAMDINH']],
  ['P-QUANGTRI', ['P-QUANGBINH']],
  ['P-DANANG', ['P-QUANGNAM']],
  ['P-QUANGNGAI', ['P-KONTUM']],
  ['P-GIALAI', ['P-BINHDINH']],
  ['P-KHANHHOA', ['P-NINHTHUAN']],
  ['P-LAMDONG', ['P-DAKNONG', 'P-BINHTHUAN']],
  ['P-DAKLAK', ['P-PHUYEN']],
  ['P-HOCHIMINH', ['P-BINHDUONG', 'P-BARIAVUNGTAU']],
  ['P-DONGNAI', ['P-BINHPHUOC']],
  ['P-TAYNINH', ['P-LONGAN']],
  ['P-CANTHO', ['P-SOCTRANG', 'P-HAUGIANG']],
  ['P-VINHLONG', ['P-BENTRE', 'P-TRAVINH']],
  ['P-DONGTHAP', ['P-TIENGIANG']],
  ['P-CAMAU', ['P-BACLIEU']],
  ['P-ANGIANG', ['P-KIENGIANG']],
];

const PROVINCE_SUCCESSOR = new Map<string, string>(
  PROVINCE_MERGES.flatMap(([continuing, absorbed]) => absorbed.map((code) => [code, continuing] as const)),
);

function province([code, place, type, shortName]: ProvinceRow): AgencySeed {
  const successorCode = PROVINCE_SUCCESSOR.get(code);
  return {
    code,
    name: `UBND ${type === 'tp' ? 'thành phố' : 'tỉnh'} ${place}`,
    shortName: shortName ?? place,
    kind: 'province',
    ...(successorCode ? { validTo: PROVINCE_LAST_DAY, successorCode } : {}),
  };
}

const PROVINCES: AgencySeed[] = [
  ...PROVINCES_63.map(province).map((p) =>
    // Thừa Thiên Huế became the centrally-run city of Huế on 2025-01-01 (NQ 1314/NQ-UBTVQH15).
    p.code === 'P-THUATHIENHUE' ? { ...p, validTo: '2024-12-31', successorCode: 'P-HUE' } : p,
  ),
  { code: 'P-HUE', name: 'UBND thành phố Huế', shortName: 'Huế', kind: 'province', validFrom: '2025-01-01' },
];

// ---------------------------------------------------------------------------
// 3. Sample provincial departments (Hà Giang → Tuyên Quang)
// ---------------------------------------------------------------------------

// Hà Giang's departments end with the province on 2025-06-30, each succeeded by Tuyên Quang's. Sở Thông tin và
// Truyền thông of every province was merged into its Sở Khoa học và Công nghệ on 2025-03-01 (the 2025 government
// restructuring, as the ministries on 2025-02-28): it ends on 2025-02-28, succeeded by that province's Sở KH&CN.
const DEPARTMENTS: readonly (readonly [suffix: string, name: string, shortName: string])[] = [
  ['SNV', 'Sở Nội vụ', 'Sở NV'],
  ['STP', 'Sở Tư pháp', 'Sở TP'],
  ['VPUBND', 'Văn phòng UBND', 'VP UBND'],
  ['SKHCN', 'Sở Khoa học và Công nghệ', 'Sở KH&CN'],
  ['STTTT', 'Sở Thông tin và Truyền thông', 'Sở TT&TT'],
];
const MERGED_INTO: Readonly<Record<string, string>> = { STTTT: 'SKHCN' };

const PROVINCIAL_DEPARTMENTS: AgencySeed[] = DEPARTMENTS.flatMap(([suffix, name, shortName]) => {
  const merged = MERGED_INTO[suffix];
  return [
    {
      code: `HG-${suffix}`,
      name: `${name} tỉnh Hà Giang`,
      shortName,
      kind: 'provincial_department' as const,
      parentCode: 'P-HAGIANG',
      validTo: merged ? MINISTRY_LAST_DAY : PROVINCE_LAST_DAY,
      successorCode: merged ? `HG-${merged}` : `TQ-${suffix}`,
    },
    {
      code: `TQ-${suffix}`,
      name: `${name} tỉnh Tuyên Quang`,
      shortName,
      kind: 'provincial_department' as const,
      parentCode: 'P-TUYENQUANG',
      ...(merged ? { validTo: MINISTRY_LAST_DAY, successorCode: `TQ-${merged}` } : {}),
    },
  ];
});

// ---------------------------------------------------------------------------
// 4. State enterprises
// ---------------------------------------------------------------------------

// Agencies under the Government (Nghị định 25/2025/NĐ-CP and the decrees of 2025 on each: from 2025-03-01 these
// five; Bảo hiểm xã hội Việt Nam has since been under Bộ Tài chính but is still given work by name), and other
// state bodies that notices and directives name beside them. A deployment whose administrator added one of them
// by hand keeps theirs (seeds/index.ts does not add a second body of the same name).
const GOVERNMENT_AGENCIES: AgencySeed[] = [
  { code: 'VTV', name: 'Đài Truyền hình Việt Nam', shortName: 'VTV', kind: 'government_agency' },
  { code: 'VOV', name: 'Đài Tiếng nói Việt Nam', shortName: 'VOV', kind: 'government_agency' },
  { code: 'TTXVN', name: 'Thông tấn xã Việt Nam', shortName: 'TTXVN', kind: 'government_agency' },
  { code: 'VHLKHXH', name: 'Viện Hàn lâm Khoa học xã hội Việt Nam', kind: 'government_agency' },
  { code: 'VHLKHCN', name: 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', kind: 'government_agency' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội Việt Nam', shortName: 'BHXH Việt Nam', kind: 'government_agency' },
  {
    code: 'UBQLV',
    name: 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp',
    kind: 'government_agency',
    validTo: MINISTRY_LAST_DAY,
    successorCode: 'BTC',
  },
  { code: 'DHQGHN', name: 'Đại học Quốc gia Hà Nội', shortName: 'ĐHQGHN', kind: 'other' },
  { code: 'DHQGHCM', name: 'Đại học Quốc gia Thành phố Hồ Chí Minh', shortName: 'ĐHQG-HCM', kind: 'other' },
  { code: 'TANDTC', name: 'Tòa án nhân dân tối cao', kind: 'other' },
  { code: 'VKSNDTC', name: 'Viện kiểm sát nhân dân tối cao', kind: 'other' },
  { code: 'KTNN', name: 'Kiểm toán Nhà nước', kind: 'other' },
  { code: 'UBTWMTTQ', name: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', kind: 'other' },
];

const STATE_ENTERPRISES: AgencySeed[] = [
  { code: 'VNPT', name: 'Tập đoàn Bưu chính Viễn thông Việt Nam', shortName: 'VNPT', kind: 'state_enterprise' },
  { code: 'EVN', name: 'Tập đoàn Điện lực Việt Nam', shortName: 'EVN', kind: 'state_enterprise' },
  {
    code: 'VIETTEL',
    name: 'Tập đoàn Công nghiệp - Viễn thông Quân đội',
    shortName: 'Viettel',
    kind: 'state_enterprise',
  },
  { code: 'TKV', name: 'Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam', shortName: 'TKV', kind: 'state_enterprise' },
  { code: 'VNR', name: 'Tổng công ty Đường sắt Việt Nam', kind: 'state_enterprise' },
  {
    code: 'VEC',
    name: 'Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam',
    shortName: 'VEC',
    kind: 'state_enterprise',
  },
  { code: 'ACV', name: 'Tổng công ty Cảng hàng không Việt Nam', shortName: 'ACV', kind: 'state_enterprise' },
  { code: 'VNA', name: 'Tổng công ty Hàng không Việt Nam', shortName: 'Vietnam Airlines', kind: 'state_enterprise' },
  { code: 'VNPOST', name: 'Tổng công ty Bưu điện Việt Nam', shortName: 'Vietnam Post', kind: 'state_enterprise' },
];

export const AGENCIES: readonly AgencySeed[] = [
  ...MINISTRIES,
  ...GOVERNMENT_AGENCIES,
  ...PROVINCES,
  ...PROVINCIAL_DEPARTMENTS,
  ...STATE_ENTERPRISES,
];
