/**
 * The Government's Administrative Reform Steering Committee (standing agency: Bộ Nội vụ) and, from
 * 2025, the combined committee that took it over (QĐ 598/QĐ-TTg) with its administrative-reform
 * sub-committee chaired by the Minister of Home Affairs.
 */
export type CommitteeSeed = {
  code: string;
  name: string;
  level: 'central' | 'provincial';
  headTitle: string;
  standingAgencyCode?: string;
  parentCode?: string;
  successorCode?: string;
  establishedBy?: string;
  validFrom?: string;
  validTo?: string;
};

export const COMMITTEES: readonly CommitteeSeed[] = [
  {
    code: 'BCD-CCHH',
    name: 'Ban Chỉ đạo cải cách hành chính của Chính phủ',
    level: 'central',
    headTitle: 'Thủ tướng Chính phủ',
    standingAgencyCode: 'BNV',
    successorCode: 'BCD-598',
  },
  {
    code: 'BCD-598',
    name: 'Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số, Đề án 06 và cải cách hành chính',
    level: 'central',
    headTitle: 'Thủ tướng Chính phủ',
    establishedBy: 'Quyết định số 598/QĐ-TTg',
  },
  {
    code: 'BCD-598-CCHH',
    name: 'Tiểu ban Cải cách hành chính',
    level: 'central',
    headTitle: 'Bộ trưởng Bộ Nội vụ',
    standingAgencyCode: 'BNV',
    parentCode: 'BCD-598',
  },
];
