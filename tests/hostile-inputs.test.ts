import { describe, expect, it } from 'vitest';
import { splitAgencyNames } from '@/lib/directives/backlog-import';
import { findAgencies, parseConclusionText } from '@/lib/directives/conclusion-parser';
import { parseDeadline } from '@/lib/directives/deadline-phrases';
import { REGISTRY } from '@/lib/directives/fixtures/registry';
import { extractNoticeText } from '@/lib/directives/notice-file';
import { parseNoticeHeader } from '@/lib/directives/notice-header';
import { safeDisplayName, sniffEvidence } from '@/lib/files/evidence';
import { parseAttendeeCsv, parsePastedAttendees } from '@/lib/sessions/attendee-import';
import { badFrameworkHeader } from '@/proxy';
import { noticeDocx } from '@/tests/notice-files';
import { cpuMs } from '@/tests/cpu-time';

/**
 * One request must never hold the server's only thread: each input below is as large as the form, file or header it
 * comes through accepts, shaped to make a pattern or a loop go back over what it already read (the ReDoS audit of
 * session 17; before its fixes, each took from 4 seconds to days). Linear code reads each in milliseconds; the bound
 * is generous, what it catches is time that grows with the square of the input or worse. It is this process's CPU
 * time (decision 089): on a loaded machine the wall clock also counts the wait for a core.
 */
const BOUND_MS = 4_000;
const timed = cpuMs;
const on = { onDate: '2026-01-01', noticeDate: '2026-01-01' };

describe('hostile inputs take linear time (attacker pass 17)', () => {
  it.each<[string, () => unknown]>([
    [
      'a notice citing a list of 60,000 numbers',
      () => parseConclusionText(`1. Bộ Tài chính chủ trì ${'1, '.repeat(60_000)}`, REGISTRY, on),
    ],
    [
      'a notice of one long lead-in paragraph',
      () => parseConclusionText('can thuc hien cac noi dung nhu the nay va the kia nua \n'.repeat(3_700), REGISTRY, on),
    ],
    // attacker pass 27: each line joined to its paragraph searched the whole paragraph again (80 KB held it 26 s)
    [
      'a notice of 50,000 short lower-case lines',
      () => parseConclusionText(`1. Bộ Tài chính chủ trì ${'abc\n'.repeat(50_000)}`, REGISTRY, on),
    ],
    [
      'a notice of 3,000 full lines with no stop, as a PDF gives a long paragraph',
      () =>
        parseConclusionText(
          `1. ${'Bộ Tài chính chủ trì phối hợp với các bộ ngành thực hiện các nội dung\n'.repeat(3_000)}`,
          REGISTRY,
          on,
        ),
    ],
    ['a notice of 200,000 blank lines', () => parseConclusionText('\n'.repeat(200_000), REGISTRY, on)],
    [
      'an item repeating its cue',
      () => parseConclusionText(`1. Bộ Tài chính chủ trì ${'chủ trì '.repeat(24_000)}`, REGISTRY, on),
    ],
    [
      'an item of 13,000 clauses naming a body',
      () => parseConclusionText(`1. Bộ Tài chính chủ trì ${'; Bộ Tài chính '.repeat(13_000)}`, REGISTRY, on),
    ],
    [
      'an item naming a group 7,000 times',
      () => parseConclusionText('1. Ủy ban nhân dân các tỉnh, '.repeat(7_000), REGISTRY, on),
    ],
    ['a deadline cell of 100,000 bullets', () => parseDeadline(`${'- '.repeat(100_000)}x`, { onDate: '2026-01-01' })],
    ['a lead cell of 200,000 full stops', () => splitAgencyNames(`a${'.'.repeat(200_000)}x`)],
    [
      'a province named 10,000 times',
      () => findAgencies('Sở x tỉnh Hà Giang, '.repeat(10_000), REGISTRY, '2026-01-01'),
    ],
    ['a notice header of 200,000 spaces after "Số"', () => parseNoticeHeader(`Số${' '.repeat(200_000)}x`)],
    ['a signature block of 20,000 titles', () => parseNoticeHeader(`Nơi nhận\n${'THỦ TƯỚNG\n'.repeat(20_000)}`)],
    ['a signer title of 200,000 commas', () => parseNoticeHeader(`Nơi nhận\nKT. A${','.repeat(200_000)}A`)],
    [
      'a file name of a million dots and spaces',
      () => safeDisplayName(`a${'. '.repeat(500_000)}x.pdf`, { ext: 'pdf', mime: 'application/pdf', label: 'PDF' }),
    ],
    [
      'a PDF object whose length is a million digits',
      () =>
        sniffEvidence(
          new TextEncoder().encode(`%PDF-1.4\n1 0 obj << /Length ${'0'.repeat(1_000_000)}x >>\nendobj\n%%EOF\n`),
          'a.pdf',
        ),
    ],
    ['an attendance CSV header of 100,000 columns', () => parseAttendeeCsv(`${'a,'.repeat(100_000)}\nx\n`)],
    ['a pasted attendee of 199,000 full stops', () => parsePastedAttendees(`a${'.'.repeat(199_000)}x`)],
    [
      'a Host header of 60,000 spaces',
      () => badFrameworkHeader(new Headers({ 'x-forwarded-proto': `http${' '.repeat(60_000)},https` })),
    ],
  ])('%s', async (_, run) => {
    expect(await timed(run)).toBeLessThan(BOUND_MS);
  });

  // attacker pass 28: each item is read in tens of microseconds whatever its length, and each line of "a." is an item:
  // 200,000 characters of them (66,000 items) took 4 to 7.6 seconds; items past any real notice's count are not read
  // (the last one below, past the cap, would lead with Bộ Nội vụ if it were), and the rest is linear (about 1 s quiet)
  it("a notice of 66,000 one-letter items, those past any real notice's count not read", async () => {
    const text = `1. Bộ Tài chính chủ trì thực hiện.\n${'a.\n'.repeat(66_000)}b. Bộ Nội vụ chủ trì thực hiện.\n`;
    let items: ReturnType<typeof parseConclusionText> = [];
    expect(await timed(() => (items = parseConclusionText(text, REGISTRY, on)))).toBeLessThan(BOUND_MS);
    const noiVu = REGISTRY.find((a) => a.name === 'Bộ Nội vụ')!.id;
    expect(items[0]!.leadAgencyIds).not.toContain(noiVu);
    expect(items.at(-1)).toMatchObject({ text: 'Bộ Nội vụ chủ trì thực hiện.' });
    expect(items.at(-1)!.leadAgencyIds).not.toContain(noiVu);
    expect(items.at(-1)!.notes[0]).toMatch(/cần nhập tay/);
  });

  it('a DOCX of a million spaces is read at once; one of 260,000 characters is refused as too long for a notice', async () => {
    const spaces = await noticeDocx(`1. Bộ Nội vụ chủ trì${' '.repeat(1_000_000)}x`);
    expect(await timed(() => extractNoticeText(spaces, 'a.docx').catch(() => null))).toBeLessThan(BOUND_MS);
    const long = await noticeDocx('1. Bộ Nội vụ chủ trì thực hiện. '.repeat(8_000));
    await expect(extractNoticeText(long, 'a.docx')).rejects.toThrow('errors.directives.file.tooLong');
  });
});
