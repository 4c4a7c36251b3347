import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConclusionText } from '@/lib/directives/conclusion-parser';
import { extractNoticeText } from '@/lib/directives/notice-file';
import { buildRegistry } from '@/scripts/eval-parser';
import { CHROMIUM } from '@/tests/notice-files';
import { asRead, officeLayout } from './office-layout';
import { isHeldOut } from './schema';

/**
 * The real notices of the corpus (dev third), printed to PDF as a ministry's office prints them (A4, the margins of
 * Decree 30, the header and the closing in two columns, Times-metric type at 13 pt, justified paragraphs with an indented
 * first line, each page numbered and
 * stamped with the digital signature as a signed copy is), must parse from the PDF's
 * text layer as they parse pasted: every item, lead, partner, group and deadline. Justified lines and glyphs drawn
 * from a fallback font are where words lose their spaces ("Thủtướng", "chỉđạo").
 */
const DIR = join(import.meta.dirname, 'notices');
/** Sources already cut into lines (a web page's copy of a scan): a PDF of them reads as lines, not paragraphs. */
const PRE_WRAPPED = new Set(['bo-cong-thuong-2265-2026', 'tinh-lao-cai-7103-2026', 'tinh-lao-cai-8129-2026']);
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .filter((id) => !isHeldOut(id) && !PRE_WRAPPED.has(id))
  .sort();

/**
 * The top of every page of a signed electronic copy: the page's number in the middle (Decree 30) and, at the right,
 * the digital signature's stamp as the signing software draws it on each page. Its words are in the text layer: read
 * as the notice's, the signing body became the lead of whichever item a page break fell in (14 of 123 notices).
 */
const SIGNED_COPY_HEADER =
  '<div style="width:100%;padding:0 1.5cm 0 3cm;display:flex;justify-content:space-between;font-family:Liberation Serif;font-size:13pt">' +
  '<span style="width:6cm"></span><span class="pageNumber"></span>' +
  '<span style="width:6cm;font-family:Arial;font-size:6pt;border:1px solid #c00">Người ký: Ủy ban Nhân dân tỉnh Lào Cai<br>' +
  'Email: ubnd@laocai.gov.vn<br>Cơ quan: Tỉnh Lào Cai<br>Thời gian ký: 23.04.2026 15:01:05 +07:00</span></div>';
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraph = (l: string) => `<p>${escape(l)}</p>`;
const cell = (lines: string[], style: string) =>
  `<td style="vertical-align:top;text-align:center;${style}">${lines.map(escape).join('<br>')}</td>`;

/** The notice's text printed as an office prints it (`officeLayout`): header and closing as two-column tables. */
function asPrinted(text: string): string {
  const { head, body, foot } = officeLayout(text);
  return (
    (head
      ? `<table style="width:100%;margin-bottom:12pt;font-size:12pt"><tr>${cell(head.left, 'width:40%')}${cell(head.right, '')}</tr></table>`
      : '') +
    body.map(paragraph).join('') +
    (foot
      ? `<table style="width:100%;margin-top:12pt"><tr>${cell(['Nơi nhận:', ...foot.recipients], 'width:50%;text-align:left;font-size:11pt')}${cell(foot.signature, 'font-weight:bold')}</tr></table>`
      : '')
  );
}

const inCi = process.env.CI === 'true';
describe.skipIf(!CHROMIUM && !inCi)('real notices printed to PDF parse as pasted (needs Chromium)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM! });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`reads ${ids.length} notices' items, leads, partners, groups and deadlines from their PDFs`, async () => {
    expect(ids.length).toBeGreaterThan(50);
    const registry = buildRegistry([]);
    const page = await browser.newPage();
    const differing: string[] = [];
    for (const id of ids) {
      const text = readFileSync(join(DIR, `${id}.txt`), 'utf8').normalize('NFC');
      const { date } = (JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as { source: { date: string } })
        .source;
      const paragraphs = asPrinted(text);
      await page.setContent(
        '<!doctype html><html><head><meta charset="utf-8"><style>' +
          '@page{size:A4;margin:2cm 1.5cm 2cm 3cm} body{font-family:"Liberation Serif",serif;font-size:13pt;line-height:1.25}' +
          'p{margin:0 0 4pt 0;text-align:justify;text-indent:1cm}' +
          `</style></head><body>${paragraphs}</body></html>`,
      );
      const pdf = new Uint8Array(
        await page.pdf({
          format: 'A4',
          preferCSSPageSize: true,
          displayHeaderFooter: true,
          headerTemplate: SIGNED_COPY_HEADER,
          footerTemplate: '<span></span>',
        }),
      );
      const read = await extractNoticeText(pdf, `${id}.pdf`);
      const options = { onDate: date, noticeDate: date };
      const pasted = asRead(parseConclusionText(text, registry, options));
      const printed = asRead(parseConclusionText(read.text, registry, options));
      if (JSON.stringify(pasted) !== JSON.stringify(printed))
        differing.push(`${id}: ${pasted.length} / ${printed.length}`);
    }
    expect(differing).toEqual([]);
  }, 600_000);
});
