/**
 * The six contents of the State administrative reform master programme 2021–2030 (Nghị quyết
 * 76/NQ-CP), with the role the Prime Minister gave each at the 7th session: institutions are the
 * foundation, procedures the focus, civil service the driving force; the last three create breakthroughs.
 */
export const REFORM_AREAS = [
  { code: 'institutional', position: 1, name: 'Cải cách thể chế', nameEn: 'Institutional reform', role: 'nền tảng' },
  {
    code: 'procedures',
    position: 2,
    name: 'Cải cách thủ tục hành chính',
    nameEn: 'Administrative procedure reform',
    role: 'trọng tâm',
  },
  {
    code: 'apparatus',
    position: 3,
    name: 'Cải cách tổ chức bộ máy hành chính nhà nước',
    nameEn: 'Reform of the state administrative apparatus',
    role: 'tạo đột phá',
  },
  {
    code: 'civil_service',
    position: 4,
    name: 'Cải cách chế độ công vụ',
    nameEn: 'Civil service reform',
    role: 'động lực',
  },
  {
    code: 'public_finance',
    position: 5,
    name: 'Cải cách tài chính công',
    nameEn: 'Public finance reform',
    role: 'tạo đột phá',
  },
  {
    code: 'digital_government',
    position: 6,
    name: 'Xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
    nameEn: 'E-government and digital government',
    role: 'tạo đột phá',
  },
] as const;

export type ReformAreaCode = (typeof REFORM_AREAS)[number]['code'];
