import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConclusionText } from '@/lib/directives/conclusion-parser';
import { buildRegistry, VARIANTS } from '@/scripts/eval-parser';
import { isHeldOut } from './schema';

/**
 * The real notices of the corpus (dev third), written as other offices and tools write them: the older tone placement
 * ("Uỷ ban", "Thanh Hoá"), letters decomposed into marks (a Mac's or a PDF's copy), no-break spaces, curly quotes and
 * en-dash bullets (Word's autocorrect). Each must parse as the notice itself does: the same items, leads, partners,
 * groups and deadlines. A rule written with one spelling of a word ("Ủy") fails here on the other.
 */
const DIR = join(import.meta.dirname, 'notices');
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -'.json'.length))
  .filter((id) => !isHeldOut(id))
  .sort();
const registry = buildRegistry([]);

function read(id: string, variant?: (t: string) => string) {
  const text = readFileSync(join(DIR, `${id}.txt`), 'utf8').normalize('NFC');
  const { source } = JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8')) as {
    source: { date: string; issuer: string | null; province: string | null; number: string | null };
  };
  const items = parseConclusionText(variant ? variant(text) : text, registry, {
    onDate: source.date,
    noticeDate: source.date,
    issuer: source.issuer,
    province: source.province,
    number: source.number,
  });
  return items.map((p) =>
    [
      p.ordinal,
      p.leadAgencyIds.join(','),
      p.coordinatorAgencyIds.join(','),
      p.monitorAgencyId ?? '',
      p.groups.join(','),
      p.deadline?.kind ?? '',
      p.deadline && 'dueDate' in p.deadline ? p.deadline.dueDate : '',
    ].join(' | '),
  );
}

describe('real notices written with other spellings and characters parse as written', () => {
  const base = new Map<string, string[]>();
  for (const variant of ['old-tones', 'nfd', 'spaces', 'abbreviated'] as const) {
    it(`${variant}: every dev notice reads the same`, () => {
      expect(ids.length).toBeGreaterThan(100);
      const differing: string[] = [];
      for (const id of ids) {
        if (!base.has(id)) base.set(id, read(id));
        const got = read(id, VARIANTS[variant]);
        if (JSON.stringify(got) !== JSON.stringify(base.get(id))) differing.push(id);
      }
      expect(differing).toEqual([]);
    }, 120_000);
  }
});
