/**
 * Reading an agency's kind from its name, for bodies a conclusion notice names that the registry lacks
 * ("Tập đoàn Điện lực Việt Nam", "Ủy ban nhân dân xã Bản Lầu"): the person adds them from the review, and the
 * parser evaluation adds them to its registry. A guess from the name's first words only; "other" when unsure.
 */
import type { AgencyKind } from '@/lib/reference/agency-kinds';
import { foldedKey } from '@/lib/text';

/**
 * An agency name folded for comparison: no accents or case, "Ủy ban nhân dân" as "ubnd", "TP." as "thành phố"
 * (`foldedKey`, the one folding of names), "Văn hóa, Thể thao & Du lịch" with "&" between words.
 */
export function normalizeAgencyName(name: string): string {
  return foldedKey(name).replace(/\s*&\s*/gu, '&');
}

/** The cities under the central government: "UBND thành phố X" is a province only for these. */
const CENTRAL_CITIES = /^ubnd (?:thanh pho )?(?:ha noi|ho chi minh|hai phong|da nang|can tho|hue)$/u;
/** A body of a province ("Bộ Chỉ huy Quân sự tỉnh X", "Bộ đội Biên phòng tỉnh X") is not a ministry. */
const OF_A_PLACE = / (?:tinh|thanh pho|tp\.?) \p{L}/u;

export function guessAgencyKind(name: string): AgencyKind {
  const n = normalizeAgencyName(name);
  if (n.startsWith('bo ') && !OF_A_PLACE.test(n) && !/^bo (?:chi huy|doi)\b/u.test(n)) return 'ministry';
  if (/^ubnd tinh /u.test(n) || CENTRAL_CITIES.test(n)) return 'province';
  if (/^(?:so|ban quan ly|van phong ubnd) /u.test(n)) return 'provincial_department';
  if (/^ubnd (?:xa|phuong|dac khu|huyen|thi xa|quan) /u.test(n)) return 'commune';
  if (/^(?:tap doan|tong cong ty|ngan hang thuong mai|cong ty) /u.test(n)) return 'state_enterprise';
  if (/^(?:ngan hang nha nuoc|thanh tra chinh phu|van phong chinh phu|uy ban dan toc)/u.test(n))
    return 'ministry_level';
  return 'other';
}
