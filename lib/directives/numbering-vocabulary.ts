/** Vietnamese sub-item letters: a, b, c, d, đ, e, g, h, i, k, … (the alphabet of official documents' items). */
export const SUB_LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
  'u',
  'v',
  'x',
  'y',
];

/**
 * The labels a row of a notice's appendix table of tasks is written with (lib/directives/notice-file.ts), the ones
 * notices use and the parser reads: "Cơ quan chủ trì: …", "Thời hạn: …".
 */
export const TASK_TABLE_LABELS = {
  product: 'Sản phẩm',
  lead: 'Cơ quan chủ trì',
  coordinators: 'Cơ quan phối hợp',
  deadline: 'Thời hạn',
} as const;
