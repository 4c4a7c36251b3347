import type { Role } from '@/db/schema';

/** Demo sign-ins, printed on first start and listed in the README. Never seeded in production unless asked. */
export const DEMO_PASSWORD = 'CaiCach@2024';

export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: Role; agencyCode?: string; label: string }[] =
  [
    { email: 'admin@demo.gov.vn', name: 'Quản trị hệ thống', role: 'admin', label: 'Quản trị viên' },
    {
      email: 'thuky@demo.gov.vn',
      name: 'Nguyễn Thu Hà',
      role: 'secretariat',
      agencyCode: 'BNV',
      label: 'Thư ký (Bộ Nội vụ)',
    },
    { email: 'lanhdao@demo.gov.vn', name: 'Trần Minh Đức', role: 'leader', label: 'Lãnh đạo Ban Chỉ đạo' },
    {
      email: 'tuyenquang@demo.gov.vn',
      name: 'Lê Thị Mai',
      role: 'agency',
      agencyCode: 'P-TUYENQUANG',
      label: 'Đầu mối UBND tỉnh Tuyên Quang (kế thừa Hà Giang)',
    },
    {
      email: 'hagiang@demo.gov.vn',
      name: 'Hoàng Văn Sơn',
      role: 'agency',
      agencyCode: 'P-HAGIANG',
      label: 'Đầu mối UBND tỉnh Hà Giang (đã sáp nhập: chỉ xem)',
    },
    {
      email: 'bonoivu@demo.gov.vn',
      name: 'Phạm Văn Nam',
      role: 'agency',
      agencyCode: 'BNV',
      label: 'Đầu mối Bộ Nội vụ',
    },
    {
      email: 'vpcp@demo.gov.vn',
      name: 'Đỗ Hoàng Long',
      role: 'agency',
      agencyCode: 'VPCP',
      label: 'Đầu mối Văn phòng Chính phủ',
    },
    {
      email: 'botuphap@demo.gov.vn',
      name: 'Vũ Thị Lan',
      role: 'agency',
      agencyCode: 'BTP',
      label: 'Đầu mối Bộ Tư pháp',
    },
  ];

/** The demo's secretary: the account the demo session, its directives and tasks are made as. */
export const DEMO_SECRETARY = 'thuky@demo.gov.vn';
