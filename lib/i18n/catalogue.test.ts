import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTranslator } from 'next-intl';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formMessages } from './form-messages';
import { localize, msg, type Translate } from './message';
import { vi } from './vi';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

/**
 * The argument names of an ICU message ("{count, plural, …}" counts `count`; "#" is not an argument), and its
 * rich-text tags ("<n>…</n>" counts `<n>`).
 */
function argumentsOf(message: string): string[] {
  const args = [...message.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => m[1]!);
  const tags = [...message.matchAll(/<([A-Za-z_]\w*)>/g)].map((m) => `<${m[1]!}>`);
  return [...new Set([...args, ...tags])].sort();
}

const VI = leaves(vi as unknown as Tree);
const EN = leaves(en as unknown as Tree);

describe('the catalogues', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect([...EN.keys()].sort()).toEqual([...VI.keys()].sort());
  });

  it('are valid ICU messages with the same arguments in both languages', () => {
    const problems: string[] = [];
    for (const [locale, messages, tree] of [
      ['vi', VI, vi],
      ['en', EN, en],
    ] as const) {
      const t = createTranslator({
        locale,
        messages: tree,
        onError: (e) => problems.push(`${locale}: ${e.message}`),
      }) as unknown as { rich: (key: string, params?: Record<string, unknown>) => unknown };
      for (const [key, text] of messages) {
        const params = Object.fromEntries(
          argumentsOf(text).map((a) => (a.startsWith('<') ? [a.slice(1, -1), (c: unknown) => c] : [a, 1])),
        );
        t.rich(key, params);
      }
    }
    expect(problems).toEqual([]);
    const differing = [...VI].filter(([k, v]) => argumentsOf(v).join() !== argumentsOf(EN.get(k)!).join());
    expect(differing.map(([k]) => k)).toEqual([]);
  });

  it('translate a domain message with its parameters, labels by key, and plurals', () => {
    const tr = (locale: 'vi' | 'en', tree: object) =>
      createTranslator({ locale, messages: tree as typeof vi }) as unknown as Translate;
    const message = msg('validation.tooLong', { field: 'fields.date', max: 1 });
    expect(localize(message, tr('vi', vi))).toBe('Ngày tối đa 1 ký tự.');
    expect(localize(message, tr('en', en))).toBe('Date must be at most 1 character.');
    expect(localize(msg('validation.tooLong', { field: 'fields.date', max: 2 }), tr('en', en))).toBe(
      'Date must be at most 2 characters.',
    );
    expect(localize(msg('validation.required', { field: 'Tiêu đề' }), tr('vi', vi))).toBe('Vui lòng nhập tiêu đề.');
    // Not a key: passes through (the parser's notes quote the document).
    expect(localize('Căn cứ Thông báo số 45/TB-VPCP', tr('en', en))).toBe('Căn cứ Thông báo số 45/TB-VPCP');
  });
});

/**
 * lib/ says nothing to a user in a language, and app/ and components/ say it through the catalogue: messages are
 * keys. Files whose Vietnamese is vocabulary, not messages, are exempt: the parser reads Vietnamese documents,
 * the minutes are Vietnamese documents, the reference lists are official names.
 */
const VOCABULARY = [
  /^lib\/i18n\//,
  /^lib\/directives\/(conclusion-parser|agency-matcher|deadline-phrases|notice-header)\.ts$/,
  /^lib\/directives\/fixtures\//,
  /^lib\/minutes\/(compose|docx|document-model|format)\.ts$/,
  // The report is a Vietnamese document too: its generated sections say what the Government's reports say.
  /^lib\/official-reports\/document\.ts$/,
  /^lib\/reference\//,
  /^lib\/text\.ts$/,
  // The letters a legacy encoding's codes stand for (TCVN3), a table, not a sentence.
  /^lib\/legacy-vietnamese\.ts$/,
  // Words recognised in documents and spreadsheets, or stored in a record kept in Vietnamese.
  /-vocabulary\.ts$/,
  // The API's OpenAPI document and its page are documentation, written in Vietnamese like the product.
  /^lib\/api\/(openapi|operations)\.ts$/,
  /^app\/api-docs\//,
  // Configuration errors are for the operator starting the server, printed to its console.
  /^lib\/env\.ts$/,
  // The language switch names each language in itself ("Tiếng Việt", "English").
  /^app\/locale-switch\.tsx$/,
  // An official document's own words ("THÔNG BÁO"), and a new session's default title, are Vietnamese by nature.
  /^components\/official-document\.tsx$/,
  /^app\/\(app\)\/sessions\/new\/page\.tsx$/,
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name)) out.push(path.split('\\').join('/'));
  }
  return out;
}

/** Letters only Vietnamese writes (not ×, é alone would do too: any of these marks a Vietnamese word). */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèẻẽẹêềếểễệìỉĩịòỏõọôồốổỗộơờớởỡợùủũụưừứửữựỳýỷỹỵđ]/iu;

/** String and template literals with Vietnamese letters in a module (comments are not literals). */
function vietnameseLiterals(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) &&
      VIETNAMESE.test(node.text)
    )
      found.push(node.text);
    else if (ts.isJsxText(node) && VIETNAMESE.test(node.text)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no user-facing sentence outside the catalogue', () => {
  const files = ['lib', 'app', 'components']
    .flatMap((dir) => sourceFiles(dir))
    .filter((f) => !VOCABULARY.some((re) => re.test(f)));

  it('lib, app and components hold no Vietnamese literal outside the vocabulary files', () => {
    const found = files.flatMap((f) => vietnameseLiterals(f).map((text) => `${f}: ${text.slice(0, 60)}`));
    expect(found).toEqual([]);
  });

  it('would catch one', () => {
    expect(vietnameseLiterals('lib/i18n/domain-vi.ts').length).toBeGreaterThan(10);
  });

  it('a form’s browser check can say every message the domain can (a schema’s refusal may be a domain error)', async () => {
    const browser = await formMessages('vi');
    const domain = ['fields', 'validation', 'errors', 'done'].flatMap((part) => [
      ...leaves(vi[part as keyof typeof vi] as Tree, `${part}.`).keys(),
    ]);
    expect(domain.length).toBeGreaterThan(300);
    expect(domain.filter((key) => !browser.has(key))).toEqual([]);
    expect(localize(msg('errors.users.links.mismatch'), browser)).not.toContain('errors.');
    expect(localize(msg('errors.agencies.codeFormat'), await formMessages('en'))).not.toContain('errors.');
  });

  it('a form’s browser check gets its messages on demand, the same as the whole catalogue gives', async () => {
    const message = msg('validation.tooLong', { field: 'fields.date', max: 2 });
    expect(localize(message, await formMessages('vi'))).toBe('Ngày tối đa 2 ký tự.');
    expect(localize(message, await formMessages('en'))).toBe('Date must be at most 2 characters.');
    expect(localize(msg('validation.required', { field: 'fields.sessionTitle' }), await formMessages('vi'))).toBe(
      'Vui lòng nhập tên phiên họp.',
    );
  });
});
