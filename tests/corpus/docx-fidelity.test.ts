import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseConclusionText } from '@/lib/directives/conclusion-parser';
import { extractNoticeText } from '@/lib/directives/notice-file';
import { buildRegistry } from '@/scripts/eval-parser';
import { asRead, officeLayout } from './office-layout';
import { isHeldOut } from './schema';

/**
 * The real notices of the corpus (dev third), written as the Word file an office keeps (`officeLayout`: the header and
 * the closing in borderless two-column tables, each line of the text a paragraph), must parse from what the DOCX reader
 * gives as they parse pasted: every item, lead, partner, group and deadline.
 */
const DIR = join(import.meta.dirname, 'notices');
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .filter((id) => !isHeldOut(id))
  .sort();
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const borders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
const paragraph = (line: string) => new Paragraph({ children: [new TextRun(line.trim())] });
const columns = (left: string[], right: string[]) =>
  new Table({
    borders,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [left, right].map(
          (lines) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE }, children: lines.map(paragraph) }),
        ),
      }),
    ],
  });

describe('real notices written as DOCX parse as pasted', () => {
  it(`reads ${ids.length} notices' items, leads, partners, groups and deadlines from their Word files`, async () => {
    expect(ids.length).toBeGreaterThan(100);
    const registry = buildRegistry([]);
    const differing: string[] = [];
    let laidOut = 0;
    for (const id of ids) {
      const text = readFileSync(join(DIR, `${id}.txt`), 'utf8').normalize('NFC');
      const { date } = (JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as { source: { date: string } })
        .source;
      const { head, body, foot } = officeLayout(text);
      if (head && foot) laidOut++;
      const doc = new Document({
        sections: [
          {
            children: [
              ...(head ? [columns(head.left, head.right)] : []),
              ...body.map(paragraph),
              ...(foot ? [columns(['Nơi nhận:', ...foot.recipients], foot.signature)] : []),
            ],
          },
        ],
      });
      const read = await extractNoticeText(new Uint8Array(await Packer.toBuffer(doc)), `${id}.docx`);
      const options = { onDate: date, noticeDate: date };
      const pasted = asRead(parseConclusionText(text, registry, options));
      const written = asRead(parseConclusionText(read.text, registry, options));
      if (JSON.stringify(pasted) !== JSON.stringify(written))
        differing.push(`${id}: ${pasted.length} / ${written.length}`);
    }
    // most have both tables: the layout is what is tested
    expect(laidOut).toBeGreaterThan(60);
    expect(differing).toEqual([]);
  }, 300_000);
});
