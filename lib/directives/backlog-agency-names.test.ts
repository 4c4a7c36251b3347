import { describe, expect, it } from 'vitest';
import type { AgencyRef } from './agency-matcher';
import { readBacklogRows, splitAgencyNames, type BacklogSheet } from './backlog-import';
import { cpuGrowth, cpuMs, GROWTH_LIMIT } from '@/tests/cpu-time';

/** Agencies as a deployment's registry has them, official names with their commas and dashes. */
const agency = (id: number, code: string, name: string, shortName: string | null = null): AgencyRef => ({
  id,
  code,
  name,
  shortName,
  kind: 'ministry',
  validFrom: null,
  validTo: null,
  successorId: null,
  parentId: null,
});
const REGISTRY: AgencyRef[] = [
  agency(1, 'BTC', 'Bộ Tài chính'),
  agency(2, 'BTP', 'Bộ Tư pháp'),
  agency(3, 'BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'),
  agency(4, 'BLDTBXH', 'Bộ Lao động - Thương binh và Xã hội'),
  agency(5, 'VPCP', 'Văn phòng Chính phủ'),
  { ...agency(6, 'TQ-SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang'), kind: 'provincial_department' },
  agency(7, 'TTHNVP', 'Trung tâm Hội nghị, Văn phòng Chính phủ'),
];

// A task list named "Bộ Văn hóa, Thể thao và Du lịch" as lead: it was split at its comma into two unknown agencies.
describe('splitting a lead or coordinator cell into agencies', () => {
  it('keeps official names with a comma or a dash whole, with an empty registry (a new deployment)', () => {
    expect(splitAgencyNames('Bộ Văn hóa, Thể thao và Du lịch')).toEqual(['Bộ Văn hóa, Thể thao và Du lịch']);
    expect(splitAgencyNames('Bộ Văn hóa, Thể thao và Du lịch, Bộ Lao động - Thương binh và Xã hội')).toEqual([
      'Bộ Văn hóa, Thể thao và Du lịch',
      'Bộ Lao động - Thương binh và Xã hội',
    ]);
    expect(splitAgencyNames('Sở Văn hóa, Thể thao và Du lịch, Sở Tài chính; UBND các huyện, thành phố')).toEqual([
      'Sở Văn hóa, Thể thao và Du lịch',
      'Sở Tài chính',
      'UBND các huyện, thành phố',
    ]);
    expect(splitAgencyNames('Bộ Tài chính, Bộ Tư pháp, VPCP')).toEqual(['Bộ Tài chính', 'Bộ Tư pháp', 'VPCP']);
  });

  it('keeps whole a registry name whose comma is followed by what looks like another agency', () => {
    expect(splitAgencyNames('Trung tâm Hội nghị, Văn phòng Chính phủ, Bộ Tư pháp', REGISTRY)).toEqual([
      'Trung tâm Hội nghị, Văn phòng Chính phủ',
      'Bộ Tư pháp',
    ]);
    // Without the registry, the two names are two agencies.
    expect(splitAgencyNames('Trung tâm Hội nghị, Văn phòng Chính phủ')).toEqual([
      'Trung tâm Hội nghị',
      'Văn phòng Chính phủ',
    ]);
  });

  it('resolves each of those names to its agency in a row', () => {
    const sheet: BacklogSheet = {
      fileName: 'a.xlsx',
      headerLine: 1,
      headers: ['Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời hạn'],
      rows: [
        {
          line: 2,
          cells: [
            'Tổ chức Ngày hội văn hóa',
            'Bộ Văn hóa, Thể thao và Du lịch',
            'Bộ Lao động - Thương binh và Xã hội, Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang, Bộ Tài chính',
            '31/12/2025',
          ],
        },
      ],
    };
    const [row] = readBacklogRows(sheet, ['text', 'lead', 'coordinators', 'deadline'], {
      registry: REGISTRY,
      importedKeys: new Set(),
      choices: new Map(),
      defaultSource: 'Thông báo 1/TB-VPCP',
      fixes: [],
      today: '2025-06-01',
    });
    expect(row!.leads.map((a) => a.agencyId)).toEqual([3]);
    expect(row!.coordinators.map((a) => a.agencyId)).toEqual([4, 6, 1]);
    expect(row!.problems).toEqual([]);
  });
});

describe('splitting a hostile cell', () => {
  it('reads a cell of 60,000 commas in linear time, with a registry', async () => {
    const split = (cell: string) => splitAgencyNames(cell, REGISTRY);
    const commas = (n: number) => `Bộ Tài chính${', Bộ Tư pháp, x'.repeat(n)}`;
    const repeats = (n: number) => `${'Bộ Văn hóa, '.repeat(n)}`;
    const cpu = await cpuMs(() => {
      expect(split(commas(20_000))).toEqual(['Bộ Tài chính', 'Bộ Tư pháp, x']);
      expect(split(repeats(30_000))).toEqual(['Bộ Văn hóa']);
    });
    expect(cpu).toBeLessThan(2_000);
    expect((await cpuGrowth(split, commas(5_000), commas(20_000))).ratio).toBeLessThan(GROWTH_LIMIT);
    expect((await cpuGrowth(split, repeats(7_500), repeats(30_000))).ratio).toBeLessThan(GROWTH_LIMIT);
  });
});

describe('how many bodies a backlog names (attacker pass 22: 100,000 names in one cell held the server 24 s)', () => {
  const context = {
    registry: REGISTRY,
    importedKeys: new Set<string>(),
    choices: new Map(),
    defaultSource: 'Thông báo 1/TB-VPCP',
    fixes: [],
    today: '2025-06-01' as const,
  };
  const sheetOf = (cells: string[][]): BacklogSheet => ({
    fileName: 'ton-dong.xlsx',
    headerLine: 1,
    headers: ['Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
    rows: cells.map((c, i) => ({ line: i + 2, cells: c })),
  });
  const mapping = ['text', 'lead', 'coordinators', 'deadline'] as const;

  it('refuses a cell of more bodies than there are provinces and ministries, without matching them', () => {
    const many = Array.from({ length: 81 }, (_, i) => `Cơ quan số ${i}`).join('; ');
    const [row] = readBacklogRows(sheetOf([['Rà soát', 'Bộ Tài chính', many, '31/12/2025']]), [...mapping], context);
    expect(row!.coordinators).toEqual([]);
    expect(row!.problems).toHaveLength(1);
    expect(row!.problems[0]).toMatch(/^errors\.backlog\.tooManyAgencyNames\?/);
    // 63 provinces in one cell are fine.
    const provinces = Array.from({ length: 63 }, () => `Bộ Tư pháp`).join('; ');
    const [ok] = readBacklogRows(
      sheetOf([['Rà soát', 'Bộ Tài chính', provinces, '31/12/2025']]),
      [...mapping],
      context,
    );
    expect(ok!.problems).toEqual([]);
  });

  const letters = (n: number): string =>
    n < 26 ? String.fromCharCode(97 + n) : letters(Math.floor(n / 26) - 1) + String.fromCharCode(97 + (n % 26));

  it('refuses a file naming more different bodies than any backlog does', () => {
    const rows = Array.from({ length: 300 }, (_, r) => [
      'Rà soát',
      'Bộ Tài chính',
      // Names that differ in letters (digits alone do not make names differ).
      Array.from({ length: 70 }, (_, i) => `Cơ quan ${letters(r * 70 + i)}`).join('; '),
      '31/12/2025',
    ]);
    expect(() => readBacklogRows(sheetOf(rows), [...mapping], context)).toThrow(
      /^errors\.backlog\.tooManyAgencyNamesInFile\?/,
    );
  });
});
