import { describe, expect, it } from 'vitest';
import { readBacklogFile } from '@/lib/directives/backlog-import';
import { parseAttendeeCsv } from '@/lib/sessions/attendee-import';
import { layoutOf, readImportSheet } from '@/lib/users/import';
import { readFileSync } from 'node:fs';
import { asVni, HAS_CP1258_ICONV, HAS_TCVN_ICONV, iconvBytes } from '@/tests/legacy-text';
import { decodeText } from './text';

/** Text as Excel's "Unicode Text" and some exports save it: UTF-16 with its byte order mark. */
const utf16le = (text: string) => new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
const utf16be = (text: string) => {
  const bytes = utf16le(text);
  for (let i = 0; i + 1 < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
  return bytes;
};

// A list saved as UTF-16 was refused as "not UTF-8" (its NUL bytes), though its byte order mark says what it is.
describe('CSV files in UTF-16', () => {
  const CSV = 'Họ và tên,Email,Cơ quan\r\nNguyễn Thị Ánh Tuyết,tuyet@example.gov.vn,Bộ Nội vụ\r\n';

  it('decodes UTF-8 (with or without a BOM) and UTF-16 in either byte order, by the BOM', () => {
    expect(decodeText(new TextEncoder().encode(CSV))).toBe(CSV);
    expect(decodeText(new TextEncoder().encode(`\ufeff${CSV}`))).toBe(CSV);
    expect(decodeText(utf16le(CSV))).toBe(CSV);
    expect(decodeText(utf16be(CSV))).toBe(CSV);
    // Not UTF-8 and no BOM: left with U+FFFD, so the readers still ask for "CSV UTF-8".
    expect(decodeText(new Uint8Array([0x48, 0xf2, 0x20, 0x74]))).toContain('\ufffd');
  });

  it('reads a users list, a task list and an attendance list saved as UTF-16', async () => {
    const { data } = layoutOf(await readImportSheet({ bytes: utf16le(CSV) }));
    expect(data.map((r) => r.cells)).toEqual([['Nguyễn Thị Ánh Tuyết', 'tuyet@example.gov.vn', 'Bộ Nội vụ']]);
    const tasks = await readBacklogFile(
      utf16le('Nội dung nhiệm vụ,Cơ quan chủ trì,Thời hạn\r\nRà soát quy chế,Bộ Nội vụ,31/12/2025\r\n'),
      'ds.csv',
    );
    expect(tasks.rows.map((r) => r.cells)).toEqual([['Rà soát quy chế', 'Bộ Nội vụ', '31/12/2025']]);
    const people = parseAttendeeCsv(decodeText(utf16be('Họ và tên;Cơ quan\nNguyễn Văn An;Sở Nội vụ\n')));
    expect(people.map((r) => r.draft?.fullName)).toEqual(['Nguyễn Văn An']);
  });
});

// Excel's plain "CSV (Comma delimited)" on a Vietnamese Windows is Windows-1258, tones as combining marks: refused as
// "not UTF-8" before, though it is what an office's "Save as CSV" gives.
describe.skipIf(!HAS_CP1258_ICONV || !HAS_TCVN_ICONV)('CSV files in 8-bit encodings, without a BOM', () => {
  // QĐ 2594/QĐ-TTg's member list (tests/fixtures/people), as the secretariat keeps it.
  const LIST = readFileSync('tests/fixtures/people/qd-2594-ttg-2025.csv', 'utf8')
    .replace(/^\ufeff/, '')
    .normalize('NFC');
  const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

  it('reads Windows-1258, TCVN3 and VNI bytes as the same list in Unicode', () => {
    expect(decodeText(iconvBytes(LIST, 'CP1258'))).toBe(LIST);
    // TCVN3 has no code for "Ủ": typed in a capitals font, it is the lower-case letter's, and reads so mid-sentence.
    const tcvn3 = decodeText(iconvBytes(LIST.replaceAll('Ủ', 'ủ'), 'TCVN5712-1'));
    expect(tcvn3).toBe(LIST.replaceAll('Ủ', 'ủ'));
    expect(decodeText(latin1(asVni(LIST)))).toBe(LIST);
  });

  it('reads the list through the users import as it reads the UTF-8 file', async () => {
    const cells = async (bytes: Uint8Array) => layoutOf(await readImportSheet({ bytes })).data.map((r) => r.cells);
    expect(await cells(iconvBytes(LIST, 'CP1258'))).toEqual(await cells(new TextEncoder().encode(LIST)));
  });

  it('still leaves U+FFFD in 8-bit text that reads as no Vietnamese (French, German in Windows-1252)', () => {
    for (const text of [
      'Nom;Prénom;Fonction\nLefèvre;Hélène;Chargée de mission à la préfecture\nBérégovoy;Noël;Déléguée générale',
      'Name;Vorname;Straße\nMüller;Jürgen;Königstraße 5\nGößmann;Bärbel;Hauptstraße 12',
    ])
      expect(decodeText(iconvBytes(text, 'CP1252'))).toContain('\ufffd');
  });
});
