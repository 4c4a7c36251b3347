import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
