/**
 * npm run eval:parser [-- --json] [-- --dev] [-- --verbose [--heldout]] [-- --variant=<name>]: how well the conclusion-notice parser
 * (lib/directives/conclusion-parser.ts) reads the real notices of tests/corpus/notices/ (issue 19).
 *
 * Each notice's text is parsed as of its own date, told who sent it (`source.issuer`, `source.province`: metadata a
 * notice form or a session's committee would supply, not part of the items' ground truth; the text's own header wins
 * over it); the proposals are aligned to the ground-truth items
 * (by ordinal, then by the item's `starts` text) and scored per field, micro-averaged over items:
 * a ground-truth item the parser missed counts every value it has as missed, a proposal with no
 * ground-truth item counts every value it has as wrong. Figures for the dev split, the held-out split
 * (tests/corpus/schema.ts `isHeldOut`) and both. `--verbose` prints the per-item differences of dev
 * notices only; held-out notices are shown only with `--heldout` (not while tuning the parser).
 *
 * Agencies are compared by normalized name. The registry is the reference agency list
 * (seeds/reference/agencies.ts) plus, for the evaluation only, every agency the ground truth names that
 * the list lacks, so the figures measure the matching and not the list's coverage.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConclusionText, type AgencyRef, type ProposedDirective } from '../lib/directives/conclusion-parser';
import { guessAgencyKind, normalizeAgencyName } from '../lib/agencies/kind-guess';
import { foldVi } from '../lib/text';
import { AGENCIES } from '../seeds/reference/agencies';
import {
  type CorpusDeadline,
  type CorpusItem,
  type CorpusNotice,
  corpusNoticeSchema,
  isHeldOut,
} from '../tests/corpus/schema';

const CORPUS_DIR = join(import.meta.dirname, '..', 'tests', 'corpus', 'notices');
const FIELDS = ['lead', 'coordinators', 'monitor', 'groups', 'deadline', 'cites'] as const;
type Field = (typeof FIELDS)[number];
type Row = 'items' | Field;
type Counts = { tp: number; fp: number; fn: number };
type Score = Counts & { precision: number | null; recall: number | null; f1: number | null };

// ---- Reading the corpus ----

type Loaded = { notice: CorpusNotice; text: string; heldOut: boolean };

/**
 * The same notices written as other offices and tools write them (`--variant=<name>`): the parser should read a
 * notice the same whichever of these it is given. Each applies to the text and to the ground truth's `starts`.
 * - `old-tones`: the older tone placement many offices still type ("Uỷ ban", "hoà", "Thanh Hoá", "thuỷ lợi").
 * - `nfd`: letters decomposed into base and marks, as text copied on a Mac or from some PDFs arrives.
 * - `wrapped`: paragraphs cut into lines of at most 80 characters, as a PDF's text layer or an email gives them.
 * - `abbreviated`: bodies' names in the short forms offices and the press write ("UBND tỉnh", "Bộ KH&ĐT", "Sở GTVT").
 * - `spaces`: no-break and doubled spaces, curly quotes and en dashes, as Word's autocorrect leaves them.
 */
/** The short forms offices and the press write for bodies' names (`abbreviated`). */
const ABBREVIATIONS: [string, string][] = [
  ['Ủy ban nhân dân', 'UBND'],
  ['Hội đồng nhân dân', 'HĐND'],
  ['Bộ Kế hoạch và Đầu tư', 'Bộ KH&ĐT'],
  ['Bộ Tài nguyên và Môi trường', 'Bộ TN&MT'],
  ['Bộ Nông nghiệp và Phát triển nông thôn', 'Bộ NN&PTNT'],
  ['Bộ Nông nghiệp và Môi trường', 'Bộ NN&MT'],
  ['Bộ Giao thông vận tải', 'Bộ GTVT'],
  ['Bộ Thông tin và Truyền thông', 'Bộ TT&TT'],
  ['Bộ Lao động - Thương binh và Xã hội', 'Bộ LĐ-TB&XH'],
  ['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ VH-TT&DL'],
  ['Bộ Giáo dục và Đào tạo', 'Bộ GD&ĐT'],
  ['Bộ Khoa học và Công nghệ', 'Bộ KH&CN'],
  ['Văn phòng Chính phủ', 'VPCP'],
  ['Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT'],
  ['Sở Tài nguyên và Môi trường', 'Sở TN&MT'],
  ['Sở Giao thông vận tải', 'Sở GTVT'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở NN&PTNT'],
  ['Sở Giáo dục và Đào tạo', 'Sở GD&ĐT'],
  ['Sở Lao động - Thương binh và Xã hội', 'Sở LĐ-TB&XH'],
  ['Sở Thông tin và Truyền thông', 'Sở TT&TT'],
  ['Sở Khoa học và Công nghệ', 'Sở KH&CN'],
  ['[Tt]hành phố Hồ Chí Minh', 'TP.HCM'],
  ['[Tt]hành phố (?=\\p{Lu})', 'TP '],
];

export const VARIANTS: Record<string, (text: string) => string> = {
  'old-tones': (t) =>
    t.normalize('NFC').replace(/([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aeyAEY])(?!\p{L})/gu, (_m, toned: string, next: string) => {
      const [base, ...marks] = toned.normalize('NFD');
      return base! + (next + marks.join('')).normalize('NFC');
    }),
  nfd: (t) => t.normalize('NFD'),
  wrapped: (t) =>
    t
      .split('\n')
      .map((line) => {
        const out: string[] = [];
        let rest = line;
        while (rest.length > 80) {
          const cut = rest.lastIndexOf(' ', 80);
          if (cut <= 0) break;
          out.push(rest.slice(0, cut));
          rest = rest.slice(cut + 1);
        }
        out.push(rest);
        return out.join('\n');
      })
      .join('\n'),
  abbreviated: (t) =>
    ABBREVIATIONS.reduce((text, [full, short]) => text.replace(new RegExp(full, 'gu'), short), t.normalize('NFC')),
  spaces: (t) =>
    t
      .replace(/, /g, ',\u00a0')
      .replace(/\. (?=\p{Lu})/gu, '.  ')
      .replace(/"([^"\n]*)"/g, '\u201c$1\u201d')
      .replace(/^- /gm, '\u2013 '),
};

function loadCorpus(variant?: (text: string) => string): Loaded[] {
  const ids = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
  return ids.map((id) => {
    const notice = corpusNoticeSchema.parse(JSON.parse(readFileSync(join(CORPUS_DIR, `${id}.json`), 'utf8')));
    if (notice.id !== id) throw new Error(`${id}.json: id is ${notice.id}`);
    const text = readFileSync(join(CORPUS_DIR, `${id}.txt`), 'utf8').normalize('NFC');
    if (!variant) return { notice, text, heldOut: isHeldOut(id) };
    // `starts` is found in the proposals' text by its folded words: the variant's own spacing and line breaks
    // are folded away there, and its letters are given the variant's spelling.
    // A `starts` may end inside a name the variant shortens: it is taken as many words of the variant's text from there.
    const items = notice.items.map((i) => {
      const at = text.indexOf(i.starts);
      if (at < 0) return { ...i, starts: variant(i.starts).normalize('NFC') };
      const words = i.starts.split(/\s+/u).length;
      const varied = variant(text.slice(at, at + i.starts.length + 80)).normalize('NFC');
      const line = i.starts.includes('\n') ? varied : varied.split('\n')[0]!;
      return { ...i, starts: line.split(/\s+/u).slice(0, words).join(' ').trim() };
    });
    return { notice: { ...notice, items }, text: variant(text), heldOut: isHeldOut(id) };
  });
}

// ---- Names and the registry ----

/** Names are compared folded (lib/agencies/kind-guess.ts), so "Ủy ban nhân dân" and "UBND" are one. */
export const normalizeAgency = normalizeAgencyName;
const guessKind = guessAgencyKind;

function groundTruthNames(items: readonly CorpusItem[]): string[] {
  return items.flatMap((i) => [...i.lead, ...i.coordinators, ...(i.monitor ? [i.monitor] : [])]);
}

/** The reference agencies, then an eval-only agency for each ground-truth name the reference lacks. */
export function buildRegistry(notices: readonly CorpusNotice[]): AgencyRef[] {
  const idOf = new Map(AGENCIES.map((a, i) => [a.code, i + 1]));
  const registry: AgencyRef[] = AGENCIES.map((a, i) => ({
    id: i + 1,
    code: a.code,
    name: a.name,
    shortName: a.shortName ?? null,
    kind: a.kind,
    validFrom: a.validFrom ?? null,
    validTo: a.validTo ?? null,
    successorId: a.successorCode ? (idOf.get(a.successorCode) ?? null) : null,
  }));
  const known = new Set(registry.map((a) => normalizeAgency(a.name)));
  const missing = [...new Set(notices.flatMap((n) => groundTruthNames(n.items)))]
    .filter((n) => !known.has(normalizeAgency(n)))
    .sort();
  for (const name of missing) {
    known.add(normalizeAgency(name));
    const id = registry.length + 1;
    registry.push({
      id,
      code: `EVAL-${id}`,
      name,
      shortName: null,
      kind: guessKind(name),
      validFrom: null,
      validTo: null,
      successorId: null,
    });
  }
  return registry;
}

// ---- Comparing one item ----

/** A cited document's number ("Chỉ thị số 1792/CT-TTg" -> "1792/CT-TTG"), folded; the whole text when it has none. */
function normalizeCite(cite: string): string {
  const folded = foldVi(cite)
    .toUpperCase()
    .replace(/\s*([/-])\s*/gu, '$1');
  const number = /\d+[A-Z]?(?:\/\d{4})?[/-][A-Z0-9.&/-]*[A-Z0-9]/u.exec(folded);
  return number ? number[0] : folded.replace(/\s+/gu, '');
}
const GROUP_MEMBERS: Record<string, string[]> = {
  all: ['ministries', 'provinces'],
  ministries_and_provinces: ['ministries', 'provinces'],
};
const expandGroups = (groups: readonly string[]) => [...new Set(groups.flatMap((g) => GROUP_MEMBERS[g] ?? [g]))];

function deadlineKey(d: CorpusDeadline | ProposedDirective['deadline']): string[] {
  if (!d || d.kind === 'none') return [];
  if (d.kind === 'dated') return [`dated:${'date' in d ? d.date : d.dueDate}`];
  if (d.kind === 'recurring') return [`recurring:${d.period}`];
  return ['urgent'];
}

type Values = Record<Field, string[]>;

function truthValues(item: CorpusItem): Values {
  return {
    lead: item.lead.map(normalizeAgency),
    coordinators: item.coordinators.map(normalizeAgency),
    monitor: item.monitor ? [normalizeAgency(item.monitor)] : [],
    groups: expandGroups(item.groups),
    deadline: deadlineKey(item.deadline),
    cites: item.cites.map(normalizeCite),
  };
}

function proposalValues(p: ProposedDirective, nameOf: Map<number, string>): Values {
  const names = (ids: readonly number[]) => ids.map((id) => normalizeAgency(nameOf.get(id) ?? `#${id}`));
  return {
    lead: names(p.leadAgencyIds),
    coordinators: names(p.coordinatorAgencyIds),
    monitor: p.monitorAgencyId === null ? [] : names([p.monitorAgencyId]),
    groups: expandGroups(p.groups),
    deadline: deadlineKey(p.deadline),
    cites: [...(p.citedDocuments ?? []), ...(p.sourceDocument ? [p.sourceDocument] : [])].map(normalizeCite),
  };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function compareSets(truth: readonly string[], found: readonly string[]): Counts {
  const t = new Set(truth);
  const f = new Set(found);
  const tp = [...f].filter((v) => t.has(v)).length;
  return { tp, fp: f.size - tp, fn: t.size - tp };
}

// ---- Aligning proposals to ground-truth items ----

const foldText = (s: string) => foldVi(s).replace(/\s+/gu, ' ').trim();

type Pair = { truth: CorpusItem | null; proposal: ProposedDirective | null };

/** Pairs by ordinal first, then a proposal whose text holds the item's `starts`; the rest stay alone. */
function align(truth: readonly CorpusItem[], proposals: readonly ProposedDirective[]): Pair[] {
  const taken = new Set<ProposedDirective>();
  const pairOf = new Map<CorpusItem, ProposedDirective>();
  const pair = (t: CorpusItem, p: ProposedDirective | undefined) => {
    if (!p) return;
    pairOf.set(t, p);
    taken.add(p);
  };
  for (const t of truth)
    pair(
      t,
      proposals.find((q) => !taken.has(q) && q.ordinal === t.ordinal),
    );
  // The parser puts back the space in a glued word ("vớiBộ" → "với Bộ"), which a `starts` quoted from the page keeps:
  // the texts are compared without their spaces.
  const spaceless = (s: string) => foldText(s).replace(/\s/gu, '');
  for (const t of truth) {
    if (pairOf.has(t)) continue;
    const starts = spaceless(t.starts);
    pair(
      t,
      proposals.find((q) => !taken.has(q) && spaceless(q.text).includes(starts)),
    );
  }
  return [
    ...truth.map((t) => ({ truth: t, proposal: pairOf.get(t) ?? null })),
    ...proposals.filter((p) => !taken.has(p)).map((p) => ({ truth: null, proposal: p })),
  ];
}

// ---- Scoring ----

type NoticeResult = {
  id: string;
  heldOut: boolean;
  truthItems: number;
  proposals: number;
  counts: Record<Row, Counts>;
  diffs: string[];
};

function evaluateNotice(loaded: Loaded, registry: AgencyRef[], nameOf: Map<number, string>): NoticeResult {
  const { notice, text, heldOut } = loaded;
  const date = notice.source.date;
  const proposals = parseConclusionText(text, registry, {
    onDate: date,
    noticeDate: date,
    issuer: notice.source.issuer,
    province: notice.source.province,
    number: notice.source.number,
  });
  const counts = Object.fromEntries(['items', ...FIELDS].map((r) => [r, zero()])) as Record<Row, Counts>;
  const diffs: string[] = [];
  for (const { truth, proposal } of align(notice.items, proposals)) {
    const t = truth ? truthValues(truth) : null;
    const f = proposal ? proposalValues(proposal, nameOf) : null;
    if (truth && proposal) counts.items.tp++;
    else if (truth) counts.items.fn++;
    else counts.items.fp++;
    const label = truth
      ? `item ${truth.ordinal} "${truth.starts}"` + (proposal ? ` ~ proposal ${proposal.ordinal}` : '')
      : `proposal ${proposal!.ordinal} "${proposal!.text.slice(0, 50)}"`;
    if (!proposal) diffs.push(`  MISSED   ${label}`);
    if (!truth) diffs.push(`  EXTRA    ${label}`);
    for (const field of FIELDS) {
      const c = compareSets(t?.[field] ?? [], f?.[field] ?? []);
      counts[field].tp += c.tp;
      counts[field].fp += c.fp;
      counts[field].fn += c.fn;
      if (truth && proposal && (c.fp || c.fn)) {
        diffs.push(
          `  ${field.padEnd(8)} ${label}\n      expected ${JSON.stringify(t![field])}\n      found    ${JSON.stringify(f![field])}`,
        );
      }
    }
  }
  return { id: notice.id, heldOut, truthItems: notice.items.length, proposals: proposals.length, counts, diffs };
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

function score(c: Counts): Score {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  // Micro F1 = 2TP / (2TP + FP + FN): 0 when values were expected and none found; undefined only with no values at all.
  const f1 = ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn);
  return { ...c, precision, recall, f1 };
}

type SplitScore = {
  notices: number;
  items: number;
  proposals: number;
  rows: Record<Row, Score>;
  /** The mean F1 of the rows that have any value (items and the six fields). */
  overallF1: number | null;
};

function summarize(results: readonly NoticeResult[]): SplitScore {
  const rows = {} as Record<Row, Score>;
  for (const row of ['items', ...FIELDS] as Row[]) {
    const total = zero();
    for (const r of results) {
      total.tp += r.counts[row].tp;
      total.fp += r.counts[row].fp;
      total.fn += r.counts[row].fn;
    }
    rows[row] = score(total);
  }
  const f1s = Object.values(rows)
    .map((s) => s.f1)
    .filter((f): f is number => f !== null);
  return {
    notices: results.length,
    items: results.reduce((n, r) => n + r.truthItems, 0),
    proposals: results.reduce((n, r) => n + r.proposals, 0),
    rows,
    overallF1: f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : null,
  };
}

// ---- Output ----

const pct = (v: number | null) => (v === null ? '    -' : `${(v * 100).toFixed(1).padStart(5)}`);

function printSplit(title: string, s: SplitScore): void {
  console.log(`\n${title}: ${s.notices} notices, ${s.items} items, ${s.proposals} proposals`);
  console.log('  field           TP    FP    FN   prec%  recall%  F1%');
  for (const [row, r] of Object.entries(s.rows)) {
    console.log(
      `  ${row.padEnd(13)} ${String(r.tp).padStart(4)}  ${String(r.fp).padStart(4)}  ${String(r.fn).padStart(4)}   ${pct(r.precision)}   ${pct(r.recall)}  ${pct(r.f1)}`,
    );
  }
  console.log(`  overall F1 (mean of the rows): ${pct(s.overallF1)}%`);
}

function main(): void {
  const args = new Set(process.argv.slice(2));
  const variantName = [...args].find((a) => a.startsWith('--variant='))?.slice('--variant='.length);
  if (variantName !== undefined && !VARIANTS[variantName])
    throw new Error(`--variant: one of ${Object.keys(VARIANTS).join(', ')}`);
  const corpus = loadCorpus(variantName ? VARIANTS[variantName] : undefined);
  const registry = buildRegistry(corpus.map((c) => c.notice));
  const nameOf = new Map(registry.map((a) => [a.id, a.name]));
  const results = corpus.map((c) => evaluateNotice(c, registry, nameOf));
  const splits = {
    dev: summarize(results.filter((r) => !r.heldOut)),
    heldOut: summarize(results.filter((r) => r.heldOut)),
    overall: summarize(results),
  };
  // `--dev`: the dev figures only, so that whoever tunes the parser sees no held-out figure, not even an aggregate.
  const devOnly = args.has('--dev');
  if (args.has('--json')) {
    const shown = devOnly ? { dev: splits.dev } : splits;
    console.log(JSON.stringify({ registryExtras: registry.length - AGENCIES.length, ...shown }, null, 2));
    return;
  }
  console.log(`Parser evaluation on tests/corpus/notices (${new Date().toISOString().slice(0, 10)})`);
  console.log(`Registry: ${AGENCIES.length} reference agencies + ${registry.length - AGENCIES.length} eval-only`);
  printSplit('Dev', splits.dev);
  if (!devOnly) {
    printSplit('Held-out', splits.heldOut);
    printSplit('Overall', splits.overall);
  }
  if (args.has('--verbose')) {
    const shown = results.filter((r) => !r.heldOut || (args.has('--heldout') && !devOnly));
    console.log(`\nPer-item differences (${args.has('--heldout') ? 'all notices' : 'dev notices only'}):`);
    for (const r of shown) {
      if (r.diffs.length === 0) continue;
      console.log(`\n${r.id}${r.heldOut ? ' [held-out]' : ''}: ${r.truthItems} items, ${r.proposals} proposals`);
      for (const d of r.diffs) console.log(d);
    }
  }
}

// Run when called as a script (not when a debugging session imports buildRegistry).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
