import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { parseConclusionText } from '@/lib/directives/conclusion-parser';
import { extractNoticeText } from '@/lib/directives/notice-file';
import { buildRegistry } from '@/scripts/eval-parser';
import { asRead, officeLayout } from './office-layout';
import { isHeldOut } from './schema';

/**
 * The real notices of the corpus (dev third), written as the Word file an office keeps (`officeLayout`: the header and
 * the closing in borderless two-column tables, each line of the text a justified paragraph in Times New Roman 14 pt
 * with an indented first line, on A4 with the margins of Decree 30), must parse as they parse pasted, every item,
 * lead, partner, group and deadline: from what the DOCX reader gives, and from the PDF that LibreOffice makes of the
 * file (the office's "save as PDF": its own line breaking, wrapping before the dash of "Bà Rịa - Vũng Tàu").
 */
const DIR = join(import.meta.dirname, 'notices');
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .filter((id) => !isHeldOut(id))
  .sort();
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
/** Times New Roman at 14 pt (half-points), a 1 cm first-line indent and 6 pt after (twips). */
const run = (line: string) => new TextRun({ text: line.trim(), font: 'Times New Roman', size: 28 });
const paragraph = (line: string) =>
  new Paragraph({
    children: [run(line)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120 },
  });
const cellParagraph = (line: string) => new Paragraph({ children: [run(line)], alignment: AlignmentType.CENTER });
const columns = (left: string[], right: string[]) =>
  new Table({
    borders,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [left, right].map(
          (lines) =>
            new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map(cellParagraph) }),
        ),
      }),
    ],
  });

type Notice = { id: string; text: string; date: string; laidOut: boolean; docx: Buffer };
async function notices(): Promise<Notice[]> {
  return Promise.all(
    ids.map(async (id) => {
      const text = readFileSync(join(DIR, `${id}.txt`), 'utf8').normalize('NFC');
      const { date } = (JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as { source: { date: string } })
        .source;
      const { head, body, foot } = officeLayout(text);
      const doc = new Document({
        sections: [
          {
            properties: {
              page: {
                size: { width: 11906, height: 16838 },
                margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
              },
            },
            children: [
              ...(head ? [columns(head.left, head.right)] : []),
              ...body.map(paragraph),
              ...(foot ? [columns(['Nơi nhận:', ...foot.recipients], foot.signature)] : []),
            ],
          },
        ],
      });
      return { id, text, date, laidOut: Boolean(head && foot), docx: await Packer.toBuffer(doc) };
    }),
  );
}

/**
 * The notices whose parse from `read` differs from their parse pasted. Three are read at a time: a PDF is read in a
 * process of its own, whose start is most of the time a small notice takes.
 */
async function differing(all: Notice[], read: (n: Notice) => Promise<string>): Promise<string[]> {
  const registry = buildRegistry([]);
  const texts: string[] = [];
  let next = 0;
  const reader = async () => {
    while (next < all.length) {
      const at = next++;
      texts[at] = await read(all[at]!);
    }
  };
  await Promise.all([reader(), reader(), reader()]);
  return all.flatMap((n, at) => {
    const options = { onDate: n.date, noticeDate: n.date };
    const pasted = asRead(parseConclusionText(n.text, registry, options));
    const written = asRead(parseConclusionText(texts[at]!, registry, options));
    return JSON.stringify(pasted) === JSON.stringify(written) ? [] : [`${n.id}: ${pasted.length} / ${written.length}`];
  });
}

describe('real notices written as DOCX parse as pasted', () => {
  it(`reads ${ids.length} notices' items, leads, partners, groups and deadlines from their Word files`, async () => {
    expect(ids.length).toBeGreaterThan(100);
    const all = await notices();
    // most have both tables: the layout is what is tested
    expect(all.filter((n) => n.laidOut).length).toBeGreaterThan(60);
    const read = async (n: Notice) => (await extractNoticeText(new Uint8Array(n.docx), `${n.id}.docx`)).text;
    expect(await differing(all, read)).toEqual([]);
  }, 300_000);
});

/** LibreOffice, with the type that has every Vietnamese letter (without it, letters come from a fallback font). */
const SOFFICE = existsSync('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf')
  ? (['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null)
  : null;
const inCi = process.env.CI === 'true';
describe.skipIf(!SOFFICE && !inCi)('the same Word files saved as PDF by LibreOffice (needs LibreOffice)', () => {
  it(`reads ${ids.length} notices from the PDFs LibreOffice makes of them`, async () => {
    const all = await notices();
    const dir = mkdtempSync(join(tmpdir(), 'office-pdf-'));
    try {
      for (const n of all) writeFileSync(join(dir, `${n.id}.docx`), n.docx);
      // a conversion for a hundred files at a time (LibreOffice reads no more than about 250 arguments and drops the
      // rest without a word), with a profile of its own (a second LibreOffice on the machine would hold the default)
      for (let at = 0; at < all.length; at += 100)
        execFileSync(
          SOFFICE!,
          [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir].concat(
            all.slice(at, at + 100).map((n) => join(dir, `${n.id}.docx`)),
          ),
          { stdio: 'ignore', timeout: 240_000 },
        );
      const read = async (n: Notice) =>
        (await extractNoticeText(new Uint8Array(readFileSync(join(dir, `${n.id}.pdf`))), `${n.id}.pdf`)).text;
      expect(await differing(all, read)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
