import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConclusionText } from '@/lib/directives/conclusion-parser';
import { buildRegistry, VARIANTS } from '../../scripts/eval-parser';
import { corpusNoticeSchema, isHeldOut } from './schema';

/** The parser evaluation corpus (tests/corpus/README.md) is well-formed: scripts/eval-parser.ts relies on it. */
const DIR = join(import.meta.dirname, 'notices');
const files = readdirSync(DIR);
const ids = files
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .sort();

describe('tests/corpus/notices', () => {
  it('pairs every notice text with its ground truth', () => {
    expect(ids.length).toBeGreaterThan(0);
    const texts = files.filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -'.txt'.length));
    expect(texts.sort()).toEqual(ids);
    expect(files.filter((f) => !f.endsWith('.txt') && !f.endsWith('.json'))).toEqual([]);
  });

  it.each(ids)('%s matches the format', (id) => {
    const notice = corpusNoticeSchema.parse(JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')));
    const text = readFileSync(join(DIR, `${id}.txt`), 'utf8');
    expect(notice.id).toBe(id);
    expect(text.normalize('NFC')).toBe(text);
    expect(text.trim().length).toBeGreaterThan(100);
    expect(notice.source.url).toMatch(/^https?:\/\/\S+$/);
    expect(Number.isNaN(Date.parse(notice.source.date))).toBe(false);
    const ordinals = notice.items.map((i) => i.ordinal);
    expect(new Set(ordinals).size).toBe(ordinals.length);
    for (const item of notice.items) {
      expect(text, `${id} item ${item.ordinal}`).toContain(item.starts);
      if (item.parent !== null) expect(ordinals).toContain(item.parent);
      expect(item.starts.trim().split(/\s+/).length).toBeGreaterThanOrEqual(4);
    }
  });

  it('gives every notice its own id and source', () => {
    const notices = ids.map((id) =>
      corpusNoticeSchema.parse(JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8'))),
    );
    expect(new Set(notices.map((n) => n.id)).size).toBe(notices.length);
    expect(new Set(notices.map((n) => `${n.source.number}|${n.source.date}`)).size).toBe(notices.length);
  });

  it('splits off the held-out third by sha1(id) only', () => {
    // Fixed by the rule, whatever the corpus holds: a change here means the split moved.
    expect(['vpcp-2592-2013', 'vpcp-2868-2021', 'vpcp-8960-2017'].map(isHeldOut)).toEqual([true, true, true]);
    expect(['vpcp-2728-2011', 'vpcp-531-2021'].map(isHeldOut)).toEqual([false, false]);
  });
});

// ---- The same notice as a PDF's text gives it (session 23) ----

/** Lines broken at `width` characters, never before a word that would read as an item marker ("1.", "a)", "-"). */
function hardWrap(text: string, width: number): string {
  const marker = /^(?:\d{1,3}[.)/-]|[a-zđ][.)/]|[-–—•+*●▪◦➢]|\(|[IVX]{1,4}[.)]|Thứ\s)/u;
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > width && !marker.test(word)) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}
/** Old-style tone marks on "oa", "oe", "uy" at a word's end: "Hòa" → "Hoà", "Thủy" → "Thuỷ", "Ủy" → "Uỷ". */
function oldStyleTones(text: string): string {
  let out = text.normalize('NFC');
  for (const [first, second] of ['oa', 'oe', 'uy', 'OA', 'OE', 'UY', 'Uy', 'Oa', 'Oe'])
    for (const tone of ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'])
      out = out.replace(
        new RegExp(`${(first! + tone).normalize('NFC')}${second}(?![\\p{L}])`, 'gu'),
        first! + (second! + tone).normalize('NFC'),
      );
  return out;
}
/** A blank line after every line and a page number every 30 lines, as some PDF readers give a text. */
function pdfSpacing(text: string): string {
  return text
    .split('\n')
    .flatMap((line, i) => (i > 0 && i % 30 === 0 ? [String(i / 30 + 1), line] : [line]))
    .join('\n\n');
}

describe('the parser on a dev notice as a PDF gives it', () => {
  const dev = ids
    .filter((id) => !isHeldOut(id)) // held-out notices are not read while tuning the parser
    .map((id) => ({
      notice: corpusNoticeSchema.parse(JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8'))),
      text: readFileSync(join(DIR, `${id}.txt`), 'utf8'),
    }));
  const registry = buildRegistry(dev.map((d) => d.notice));
  const read = (text: string, notice: (typeof dev)[number]['notice']) =>
    parseConclusionText(text, registry, {
      onDate: notice.source.date,
      noticeDate: notice.source.date,
      issuer: notice.source.issuer,
      province: notice.source.province,
    }).map(
      (p) =>
        `${p.ordinal}: ${[...p.leadAgencyIds].sort()} / ${[...p.coordinatorAgencyIds].sort()} / ${[...p.groups].sort()}`,
    );

  it.each([
    ['wrapped every 80 characters', (t: string) => hardWrap(t, 80)],
    ['wrapped every 60 characters, old-style tone marks', (t: string) => oldStyleTones(hardWrap(t, 60))],
    ['wrapped, a blank line after every line and page numbers', (t: string) => pdfSpacing(hardWrap(t, 75))],
    ['decomposed (NFD)', (t: string) => t.normalize('NFD')],
    [
      'with the bodies named in capitals ("BỘ CÔNG THƯƠNG")',
      (t: string) =>
        registry
          .filter((a) => a.name.length > 8)
          .reduce((text, a) => text.split(a.name).join(a.name.toLocaleUpperCase('vi-VN')), t),
    ],
    // the short names offices and the press write ("UBND", "VPCP", "Bộ KH&ĐT", "Sở GTVT", "TP Huế"), as
    // `eval:parser -- --variant=abbreviated` reads them
    ["with bodies' and places' names abbreviated", VARIANTS.abbreviated!],
    ["with Word's no-break spaces, curly quotes and en-dash bullets", VARIANTS.spaces!],
  ])(
    'gives the same leads, coordinators and groups %s',
    (_, transform) => {
      const differ = dev.flatMap(({ notice, text }) => {
        const plain = read(text, notice);
        const changed = read(transform(text), notice);
        return JSON.stringify(plain) === JSON.stringify(changed) ? [] : [{ id: notice.id, plain, changed }];
      });
      expect(differ).toEqual([]);
    },
    60_000,
  );
});
