import type { AgencyGroup } from '@/lib/agencies/schemas';

/** What the review card says of a province's group whose province is not known (decision 076); the parser's notes are Vietnamese. */
const NAMES: Partial<Record<AgencyGroup, string>> = {
  departments: 'các sở, ban, ngành',
  localities: 'UBND các xã, phường',
};

export const groupOfNoProvince = (group: AgencyGroup) =>
  `"${NAMES[group] ?? group}": không rõ của tỉnh nào (Ban Chỉ đạo không thuộc một tỉnh, văn bản không ghi tỉnh ban hành), nên không giao cho cả nhóm: hãy chọn cơ quan chủ trì.`;

/** "«các sở, ban, ngành»: 5 cơ quan của UBND tỉnh Lào Cai nhận nhiệm vụ khi lưu." */
export const groupOfProvince = (group: AgencyGroup, count: number, province: string) =>
  `"${NAMES[group] ?? group}": ${count} cơ quan của ${province} nhận nhiệm vụ khi lưu (tính theo ngày phiên họp).`;
