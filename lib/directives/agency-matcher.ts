import { foldVi } from '@/lib/text';
import { formatDate, addDays } from '@/lib/time';
import type { AgencyKind } from '@/lib/reference/agency-kinds';

/** kind: 'ministry' | 'ministry_level' | 'government_agency' | 'province' | 'provincial_department' | … */
export type AgencyRef = {
  id: number;
  code: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  validFrom: string | null;
  validTo: string | null;
  successorId: number | null;
  /** The body it belongs to ("Sở Nội vụ tỉnh X" → UBND tỉnh X), where the registry gives it. */
  parentId?: number | null;
};

export type AgencyMatch = { agency: AgencyRef; proposed: AgencyRef; start: number; end: number; note: string | null };

/** Folded text (see `foldForMatching`) and, for each folded position, where it starts in the source. */
export type FoldedText = { folded: string; at: number[] };

/**
 * Folds accents and case one character at a time so every folded position maps back to the source
 * (NFD input, Hangul and the like change length under `foldVi`). Whitespace runs become one space and
 * spaces around "&" and "-" go, so "Bộ TN & MT" reads as "Bộ TN&MT". Shared with the deadline and item
 * parsers, which report phrases as they appear in the source.
 */
/** Each character's fold, memoised: folding one character at a time is the parser's hottest loop. */
const charFolds = new Map<string, string>();
const PDF_FONT_SLIPS: Record<string, string> = { ƣ: 'ư', Ƣ: 'Ư' };
const DASHES = /^[\u2010-\u2015\u2212]$/u;
function foldChar(ch: string): string {
  let piece = charFolds.get(ch);
  if (piece === undefined) {
    // "ƣ" (U+01A3) is how text taken from some PDFs' fonts writes "ư" ("Sở Công Thƣơng"): read as "ư".
    // An en or em dash, a non-breaking hyphen or a minus ("Lao động – Thương binh") is the hyphen.
    piece = /\s/u.test(ch) ? ' ' : DASHES.test(ch) ? '-' : foldVi(PDF_FONT_SLIPS[ch] ?? ch);
    if (charFolds.size < 10_000) charFolds.set(ch, piece);
  }
  return piece;
}

/**
 * `strayStops`: a full stop between a word and a lower-case one ("Bộ Kế hoạch và Đầu. tư", a scan's slip) ends no
 * sentence: read as a space (for names only; the item's sentences are read as written).
 */
const STRAY_STOP = /^\.\s\p{Ll}/u;
export function foldForMatching(text: string, options: { strayStops?: boolean } = {}): FoldedText {
  // Characters are collected in an array: reading the end of a string built by "+=" flattens it each
  // time, which made long pastes quadratic.
  const chars: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    let piece = foldChar(ch);
    if (options.strayStops && ch === '.' && /\p{Ll}/u.test(text[i - 1] ?? '') && STRAY_STOP.test(text.slice(i, i + 3)))
      piece = ' ';
    const last = chars.at(-1);
    if (piece === ' ' && (last === undefined || last === ' ' || last === '&' || last === '-')) piece = '';
    if ((piece === '&' || piece === '-') && last === ' ') {
      chars.pop();
      at.pop();
    }
    for (let k = 0; k < piece.length; k++) {
      chars.push(piece[k]!); // UTF-16 units, so `at` stays aligned with the folded string
      at.push(i);
    }
    i += ch.length;
  }
  at.push(text.length);
  return { folded: chars.join(''), at };
}

const fold = (s: string) => foldForMatching(s).folded.trim();

/** Spellings the notices use for the same thing, applied to registry names (already folded). */
const EQUIVALENT_SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['uy ban nhan dan ', 'ubnd '],
  ['thanh pho ', 'tp. '],
  ['thanh pho ', 'tp '],
  // The usual abbreviations of ministries' and departments' names ("Sở NN&PTNT", "Bộ GD&ĐT").
  ['nong nghiep va phat trien nong thon', 'nn&ptnt'],
  ['nong nghiep va moi truong', 'nn&mt'],
  ['tai nguyen va moi truong', 'tn&mt'],
  ['giao duc va dao tao', 'gd&dt'],
  ['ke hoach va dau tu', 'kh&dt'],
  ['khoa hoc va cong nghe', 'kh&cn'],
  ['thong tin va truyen thong', 'tt&tt'],
  ['lao dong-thuong binh va xa hoi', 'ld-tb&xh'],
  ['van hoa, the thao va du lich', 'vh,tt&dl'],
  // The same names with a comma for the hyphen or a hyphen for the comma ("Bộ Lao động, Thương binh và Xã hội", "Bộ
  // Văn hóa - Thể thao và Du lịch"), and a province written with a hyphen ("Thừa Thiên - Huế").
  ['lao dong-thuong binh va xa hoi', 'lao dong, thuong binh va xa hoi'],
  ['van hoa, the thao va du lich', 'van hoa-the thao va du lich'],
  ['thua thien hue', 'thua thien-hue'],
  // … with a hyphen for the "&" ("Sở GD-ĐT", "Sở TN-MT", "Sở NN-PTNT", "Bộ LĐ-TBXH", "Bộ VH-TT&DL"), and half-shortened
  // ("Sở Nông nghiệp và PTNT", "Sở Lao động - TB&XH").
  ['nong nghiep va phat trien nong thon', 'nn-ptnt'],
  ['nong nghiep va phat trien nong thon', 'nong nghiep va ptnt'],
  ['tai nguyen va moi truong', 'tn-mt'],
  ['giao duc va dao tao', 'gd-dt'],
  ['ke hoach va dau tu', 'kh-dt'],
  ['khoa hoc va cong nghe', 'kh-cn'],
  ['thong tin va truyen thong', 'tt-tt'],
  ['lao dong-thuong binh va xa hoi', 'ld-tbxh'],
  ['lao dong-thuong binh va xa hoi', 'ldtb&xh'],
  ['lao dong-thuong binh va xa hoi', 'lao dong-tb&xh'],
  ['lao dong-thuong binh va xa hoi', 'lao dong-tbxh'],
  ['van hoa, the thao va du lich', 'vh-tt&dl'],
  ['van hoa, the thao va du lich', 'vhtt&dl'],
  ['van hoa, the thao va du lich', 'vh-tt-dl'],
  ['giao thong van tai', 'gtvt'],
  // … and the same written without "&", "-" or "," ("Bộ KHĐT", "Bộ TNMT", "Bộ LĐTBXH", "Bộ VHTTDL").
  ['nong nghiep va phat trien nong thon', 'nnptnt'],
  ['nong nghiep va moi truong', 'nnmt'],
  ['tai nguyen va moi truong', 'tnmt'],
  ['giao duc va dao tao', 'gddt'],
  ['ke hoach va dau tu', 'khdt'],
  ['khoa hoc va cong nghe', 'khcn'],
  ['thong tin va truyen thong', 'tttt'],
  ['lao dong-thuong binh va xa hoi', 'ldtbxh'],
  ['van hoa, the thao va du lich', 'vhttdl'],
  // "UBND TP.HCM", "UBND TPHCM", "UBND TP. HCM", "UBND TP.Hồ Chí Minh"; "Thanh tra CP", "Văn phòng CP"; a dash for the
  // space inside "Giao thông vận tải" ("Bộ Giao thông - Vận tải", "Bộ GT-VT").
  ['thanh pho ho chi minh', 'tp.hcm'],
  ['thanh pho ho chi minh', 'tp. hcm'],
  ['thanh pho ho chi minh', 'tp hcm'],
  ['thanh pho ho chi minh', 'tphcm'],
  ['thanh pho ', 'tp.'],
  ['chinh phu', 'cp'],
  ['giao thong van tai', 'giao thong-van tai'],
  ['giao thong van tai', 'gt-vt'],
  // "Ngân hàng Nhà nước" is the State Bank without "Việt Nam".
  ['ngan hang nha nuoc viet nam', 'ngan hang nha nuoc'],
  // A Party committee's and a province's notices: "HĐND tỉnh", "Ủy ban MTTQ (Việt Nam) tỉnh".
  ['hoi dong nhan dan ', 'hdnd '],
  ['mat tran to quoc viet nam', 'mttq viet nam'],
  ['mat tran to quoc viet nam', 'mttq'],
  ['uy ban mttq', 'ubmttq'],
  // A province's bodies as its officers type them: "BQL các KCN", "Ban QL Khu kinh tế", "Đài PT-TH tỉnh", "VP UBND
  // tỉnh", "BHXH tỉnh", "KBNN tỉnh", "LĐLĐ tỉnh", "Sở DT&TG" (Sở Dân tộc và Tôn giáo, 2025).
  ['ban quan ly ', 'bql '],
  ['ban quan ly ', 'ban ql '],
  ['cac khu cong nghiep', 'cac kcn'],
  ['khu kinh te', 'kkt'],
  ['phat thanh-truyen hinh', 'phat thanh va truyen hinh'],
  ['phat thanh va truyen hinh', 'pt-th'],
  ['phat thanh va truyen hinh', 'ptth'],
  ['phat thanh va truyen hinh', 'pt&th'],
  ['van phong ubnd', 'vp ubnd'],
  ['van phong ubnd', 'vp. ubnd'],
  ['bao hiem xa hoi', 'bhxh'],
  ['kho bac nha nuoc', 'kbnn'],
  ['lien doan lao dong', 'ldld'],
  ['dan toc va ton giao', 'dt&tg'],
  ['dan toc va ton giao', 'dttg'],
  // the Central Highlands' names as older texts and scans spell them ("Đắc Lắc", "Đăk Nông")
  ['dak lak', 'dac lac'],
  ['dak nong', 'dac nong'],
  ['thua thien hue', 'tt-hue'],
  ['thua thien hue', 'tt hue'],
  ['ba ria-vung tau', 'br-vt'],
  ['ngan hang nha nuoc viet nam', 'nhnnvn'],
];
const PROVINCE_PREFIX = /^(?:ubnd|uy ban nhan dan) /;
const COMMUNE_PLACE = /^(?:ubnd|uy ban nhan dan) (?:huyen|xa|phuong|quan|thi xa|thi tran|dac khu) (.+)$/u;
const PLACE_PREFIX = /^(?:(?:ubnd|uy ban nhan dan) )?(?:tinh|thanh pho|tp\.?) /;

/** "Tài nguyên và Môi trường" written "Tài nguyên & Môi trường" or "Tài nguyên - Môi trường" (folded: "&", "-"). */
const AND_WORD = / va (?=\p{L})/gu;
function withEquivalents(names: string[]): string[] {
  const out = new Set(names);
  for (const [a, b] of EQUIVALENT_SPELLINGS) {
    for (const n of [...out]) {
      if (n.includes(a)) out.add(n.replace(a, b));
      if (n.includes(b)) out.add(n.replace(b, a));
    }
  }
  // "Bộ Lao động - Thương binh và Xã hội" written "Bộ Lao động Thương binh và Xã hội" or "Lao động, Thương binh …"
  for (const n of [...out]) {
    if (!/\p{L}-\p{L}/u.test(n)) continue;
    out.add(n.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
    out.add(n.replace(/(?<=\p{L})-(?=\p{L})/gu, ', '));
  }
  for (const n of [...out]) {
    if (!n.includes(' va ')) continue;
    out.add(n.replace(AND_WORD, '&'));
    out.add(n.replace(AND_WORD, '-'));
  }
  return [...out];
}

/**
 * How an agency may be written. `name`: its name or short name, in any accepted spelling. `bare`: a
 * province without "UBND" ("tỉnh Hà Giang"). `list`: the name without "Bộ" or "tỉnh" ("Tư pháp",
 * "Tuyên Quang"), which counts only inside a list a full name opens ("các Bộ Tài chính, Tư pháp",
 * "các tỉnh: Hà Giang, Tuyên Quang"); on its own it is an ordinary word.
 */
type Spelling = { text: string; agency: AgencyRef; use: 'name' | 'bare' | 'list' };

/** "Tập đoàn Dầu khí Việt Nam" → "tap doan dau khi": a group, corporation or bank of two more words, without "Việt Nam". */
const NATIONAL_WITHOUT_COUNTRY = /^((?:tap doan|tong cong ty|ngan hang) \S+ \S+(?: \S+)*) viet nam$/u;

function spellingsOf(agency: AgencyRef): Spelling[] {
  const name = fold(agency.name);
  const short = agency.shortName ? fold(agency.shortName) : '';
  const names = withEquivalents([name]);
  const bare: string[] = [];
  const list: string[] = [];
  if (agency.kind === 'province') {
    bare.push(...names.filter((n) => PROVINCE_PREFIX.test(n)).map((n) => n.replace(PROVINCE_PREFIX, '')));
    list.push(...names.map((n) => n.replace(PLACE_PREFIX, '')));
    // A province's short name is usually the bare place ("Hà Giang"); "TP. Hồ Chí Minh" is a name.
    if (short) (PLACE_PREFIX.test(short) ? names : list).push(...withEquivalents([short]));
  } else if (short) names.push(short);
  // "Tập đoàn Dầu khí", "Tổng công ty Đường sắt", "Ngân hàng Phát triển": a national group, corporation or bank named
  // without its closing "Việt Nam" (not a province's or a district's body, which names its place instead)
  const national = NATIONAL_WITHOUT_COUNTRY.exec(name);
  if (national && agency.kind !== 'province' && agency.kind !== 'provincial_department')
    names.push(...withEquivalents([national[1]!]));
  if (agency.kind === 'ministry') list.push(...names.filter((n) => n.startsWith('bo ')).map((n) => n.slice(3)));
  // "UBND các huyện, thị xã: Bát Xát, Sa Pa": a district or commune by its place, only inside a list "các huyện" opens.
  if (agency.kind === 'commune') list.push(...names.flatMap((n) => COMMUNE_PLACE.exec(n)?.[1] ?? []));
  const seen = new Set<string>();
  const spell = (texts: string[], use: Spelling['use']) =>
    texts.filter((t) => t.length >= 2 && !seen.has(t) && seen.add(t)).map((text) => ({ text, agency, use }));
  return [...spell(names, 'name'), ...spell(bare, 'bare'), ...spell(list, 'list')];
}

/** "tinh tuyen quang", "thanh pho ha noi": how a department's name ends with its province. */
const PROVINCE_SUFFIX = / (?:tinh|thanh pho|tp\.?) ([^,;]+)$/u;
/** "thanh tra huyen can loc": how a district's body ends with its district (a district's own letter names it bare). */
const DISTRICT_SUFFIX = / (?:huyen|quan|thi xa) ([^,;]+)$/u;
/** "Ban Tuyên giáo và Dân vận Tỉnh ủy X", "Văn phòng Thành ủy X": a Party committee's body, named in its notices without X. */
const PARTY_COMMITTEE_SUFFIX = / (tinh|thanh) uy ([^,;]+)$/u;
const PARTY_BODY_OF = /^((?:ban|van phong|uy ban kiem tra) [^,;]+? dang uy) [^,;]+$/u;

/**
 * In a province's own notice its departments go by their bare names ("Sở Công Thương" is "Sở Công
 * Thương tỉnh X"): the name without the province, for the departments of `province` (folded place).
 */
function localSpellingsOf(agency: AgencyRef, province: string): Spelling[] {
  if (agency.kind === 'commune') return [];
  const name = fold(agency.name);
  const party = PARTY_COMMITTEE_SUFFIX.exec(name);
  if (party && party[2] === province)
    return withEquivalents([name.slice(0, party.index + party[1]!.length + 4)]).map((text) => ({
      text,
      agency,
      use: 'name' as const,
    }));
  const m = PROVINCE_SUFFIX.exec(name) ?? DISTRICT_SUFFIX.exec(name);
  if (!m || m[1] !== province) return [];
  const word = /^ (tinh|thanh pho|tp\.?|huyen|quan|thi xa) /u.exec(m[0])![1]!;
  const kindWord = /^tp/u.test(word) ? 'thanh pho' : word;
  const bare = name.slice(0, m.index);
  // "Sở Công Thương", "Ban Quản lý Khu kinh tế", "Văn phòng UBND tỉnh"; the province itself only as "UBND tỉnh",
  // and other bodies ("Công an tỉnh", "Thanh tra tỉnh") only with "tỉnh" ("Công an" alone is a word). A district's
  // offices go by their bare names as a province's departments do ("Phòng Tài nguyên và Môi trường"), and so does its
  // forest rangers' unit ("phối hợp với Hạt kiểm lâm, Phòng …"). A department's sub-department goes by its bare name
  // too ("Chi cục trưởng Chi cục Kiểm lâm" in the province's letter).
  const byBareName =
    /^(?:so|ban|chi cuc) /u.test(bare) ||
    (/^(?:phong |hat kiem lam$)/u.test(bare) && /^(?:huyen|quan|thi xa)$/u.test(word));
  const texts = byBareName ? [bare, `${bare} ${kindWord}`] : [`${bare} ${kindWord}`];
  // "Ban Xây dựng Đảng Đảng ủy" in the notice of the Party committee of the province's People's Committee: a body of a
  // Party committee of the province by its name up to "Đảng ủy" (ambiguous, so left to a person, when several such
  // committees have a body of that name)
  const partyBody = PARTY_BODY_OF.exec(bare);
  if (partyBody) texts.push(partyBody[1]!);
  // "các Sở: Nội vụ, Công Thương": a department without "Sở", only inside a list a full name or "các Sở" opens.
  const listed = /^so /u.test(bare) ? withEquivalents([bare.slice(3)]) : [];
  return [
    ...withEquivalents(texts)
      .filter((text) => text.length >= 2)
      .map((text) => ({ text, agency, use: 'name' as const })),
    ...listed.filter((text) => text.length >= 2).map((text) => ({ text, agency, use: 'list' as const })),
  ];
}

/**
 * In a ministry's own notice its units go by their names without the ministry ("Vụ Pháp chế" is "Vụ Pháp chế Bộ X",
 * "Văn phòng Bộ" is "Văn phòng Bộ X"), for the units of `ministry` (its folded name).
 */
const MINISTRY_UNIT = /^(?:vu|cuc|tong cuc|vien|trung tam|thanh tra|van phong|ban)(?: |$)/u;
function ministrySpellingsOf(agency: AgencyRef, ministry: string): Spelling[] {
  const name = fold(agency.name);
  if (!name.endsWith(` ${ministry}`)) return [];
  const bare = name.slice(0, -ministry.length - 1);
  if (!MINISTRY_UNIT.test(bare)) return [];
  // "Cục Biến đổi khí hậu" by its own name; "Văn phòng", "Thanh tra" only as "Văn phòng Bộ", "Thanh tra Bộ".
  const texts = bare.includes(' ') && !/^(?:van phong|thanh tra)$/u.test(bare) ? [bare] : [`${bare} bo`];
  return withEquivalents(texts).map((text) => ({ text, agency, use: 'name' as const }));
}

const spellingCache = new WeakMap<readonly AgencyRef[], Map<string, Spelling[]>>();
function isOtherPlacesShortName(s: Spelling, province: string): boolean {
  if (!s.agency.shortName || s.text !== fold(s.agency.shortName)) return false;
  const m = PROVINCE_SUFFIX.exec(fold(s.agency.name));
  return m !== null && m[1] !== province && !s.text.includes(m[1]!);
}

function spellingsFor(registry: readonly AgencyRef[], province: string | null, ministry: string | null): Spelling[] {
  let byProvince = spellingCache.get(registry);
  if (!byProvince) {
    byProvince = new Map();
    spellingCache.set(registry, byProvince);
  }
  const key = `${province ?? ''}|${ministry ?? ''}`;
  let spellings = byProvince.get(key);
  if (!spellings) {
    spellings = registry.flatMap(spellingsOf);
    // "VP UBND", "Sở NV": a department's short name says no place; in another province's notice it is that one's body
    if (province) spellings = spellings.filter((s) => !isOtherPlacesShortName(s, province));
    if (province) spellings.push(...registry.flatMap((a) => localSpellingsOf(a, province)));
    if (ministry) spellings.push(...registry.flatMap((a) => ministrySpellingsOf(a, ministry)));
    byProvince.set(key, spellings);
  }
  return spellings;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

type Hit = { start: number; end: number; spellings: Spelling[]; glued?: true };

/** Every whole-word occurrence of every spelling, grouped by span. */
function findHits(folded: string, spellings: Spelling[]): Hit[] {
  const bySpan = new Map<string, Hit>();
  for (const s of spellings) {
    for (let i = folded.indexOf(s.text); i >= 0; i = folded.indexOf(s.text, i + 1)) {
      const end = i + s.text.length;
      if (isWordChar(folded[i - 1]) || isWordChar(folded[end])) continue;
      const key = `${i}:${end}`;
      const hit = bySpan.get(key) ?? { start: i, end, spellings: [] };
      hit.spellings.push(s);
      bySpan.set(key, hit);
    }
  }
  return [...bySpan.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

const isUpper = (c: string | undefined) => c !== undefined && /\p{Lu}/u.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);

/**
 * Whether a name that runs on into the next letter ("Bộ Xây dựngkiểm tra", "giao Bộ Giao thông vận tảixem xét")
 * is glued to the next word rather than the start of a longer syllable ("Bộ Y tết" is not "Bộ Y tế"): the next
 * letter is a consonant that can neither close nor lengthen the name's last syllable (after a vowel, none of the
 * finals' first letters c, m, n, p, t; after "c", not "h"; after "n", not "g" or "h").
 */
/**
 * The verbs a task opens with, folded: a name that runs on into one of them ("Bộ Y tếchủ trì", "Bộ Tài chínhphối hợp",
 * "Bộ Nội vụthực hiện") is glued to it whatever its last letter, as no Vietnamese syllable carries one inside it.
 */
export const GLUED_VERBS =
  'chu tri|phoi hop|thuc hien|chi dao|chiu trach nhiem|co trach nhiem|chu dong|tham muu|trien khai|tiep tuc|theo doi|tong hop|to chuc|trinh|nghien cuu|huong dan|hoan thanh|khan truong|phu trach|xay dung|xem xet|kiem tra|bao cao|ra soat|de xuat|giai quyet|xu ly';
const GLUED_VERB = new RegExp(`^(?:${GLUED_VERBS})(?![a-z])`, 'u');

function gluedAtEnd(folded: string, end: number): boolean {
  if (GLUED_VERB.test(folded.slice(end, end + 20))) return true;
  const [last, next] = [folded[end - 1], folded[end]];
  if (!last || !next || !/[a-z]/u.test(last) || !/[b-df-hj-np-tv-xz]/u.test(next)) return false;
  if (/[aeiouy]/u.test(last)) return !'cmnpt'.includes(next);
  if (last === 'c') return next !== 'h';
  if (last === 'n') return next !== 'g' && next !== 'h';
  return true;
}

/**
 * A short name in capitals ("Bộ NG", "Bộ CT") found glued must be written in capitals: "Bộ nghiên cứu" ("Đề nghị Bộ
 * nghiên cứu …", the ministry a letter is addressed to) is not "Bộ NG" glued to "hiên".
 */
function capitalsNotWritten(text: string, folded: FoldedText, s: Spelling, start: number, end: number): boolean {
  const short = s.agency.shortName;
  if (!short || fold(short) !== s.text) return false;
  const capitals = short.split(' ').at(-1)!;
  if (!/^[\p{Lu}&]{2,}$/u.test(capitals)) return false;
  const written = text.slice(folded.at[start], folded.at[end - 1]! + 1).replace(/\s+/gu, '');
  return !written.endsWith(capitals);
}

/**
 * Copies of notices taken from web pages glue words together ("Bộ Tàichính", "yêu cầuBộ Xây dựng",
 * "Ủy ban nhândân"): names of several words are also looked for with the spaces dropped. Such a name
 * starts at a word's start or at a capital glued to a lower-case letter, and ends at a word's end or glued to
 * the next word (`gluedAtEnd`).
 */
/** The spellings of more than one word, each with its spaces taken out: worked out once per list of spellings. */
const spacedCache = new WeakMap<Spelling[], [Spelling, string][]>();
function spacedSpellings(spellings: Spelling[]): [Spelling, string][] {
  let spaced = spacedCache.get(spellings);
  if (!spaced) {
    spaced = spellings
      .filter((s) => s.text.includes(' '))
      .map((s): [Spelling, string] => [s, s.text.replaceAll(' ', '')]);
    spacedCache.set(spellings, spaced);
  }
  return spaced;
}

function findGluedHits(text: string, folded: FoldedText, spellings: Spelling[]): Hit[] {
  const f = folded.folded;
  let compact = '';
  const pos: number[] = [];
  for (let i = 0; i < f.length; i++) {
    if (f[i] === ' ') continue;
    compact += f[i];
    pos.push(i);
  }
  if (compact.length === f.length) return [];
  const startsWord = (i: number) => {
    const at = folded.at[i]!;
    return !isWordChar(f[i - 1]) || (isUpper(text[at]) && isLower(text[at - 1]));
  };
  const bySpan = new Map<string, Hit>();
  for (const [s, c] of spacedSpellings(spellings)) {
    for (let i = compact.indexOf(c); i >= 0; i = compact.indexOf(c, i + 1)) {
      const [start, end] = [pos[i]!, pos[i + c.length - 1]! + 1];
      const spelledOut = f.slice(start, end) === s.text && !isWordChar(f[start - 1]) && !isWordChar(f[end]); // found by findHits
      if (spelledOut || !startsWord(start) || (isWordChar(f[end]) && !gluedAtEnd(f, end))) continue;
      if (capitalsNotWritten(text, folded, s, start, end)) continue;
      const key = `${start}:${end}`;
      const hit: Hit = bySpan.get(key) ?? { start, end, spellings: [], glued: true };
      hit.spellings.push(s);
      bySpan.set(key, hit);
    }
  }
  return [...bySpan.values()];
}

const existsOn = (a: AgencyRef, day: string) =>
  (!a.validFrom || a.validFrom <= day) && (!a.validTo || a.validTo >= day);

/** When one spelling names several bodies (a renamed or re-created one), the one existing that day. */
function pickAgency(spellings: Spelling[], onDate: string): AgencyRef | null {
  const agencies = [...new Map(spellings.map((s) => [s.agency.id, s.agency])).values()];
  const existing = agencies.filter((a) => existsOn(a, onDate));
  const ended = agencies
    .filter((a) => a.validTo && a.validTo < onDate)
    .sort((a, b) => b.validTo!.localeCompare(a.validTo!));
  const pool = existing.length > 0 ? existing : ended.length > 0 ? [ended[0]!] : agencies;
  return pool.length === 1 ? pool[0]! : null; // still several: ambiguous, let a person choose
}

/** Follows successor links from a body that had ended by `onDate`, explaining each step. */
function resolveSuccessor(agency: AgencyRef, byId: Map<number, AgencyRef>, onDate: string) {
  const steps: string[] = [];
  let current = agency;
  const seen = new Set([agency.id]);
  while (current.validTo && current.validTo < onDate) {
    const next = current.successorId === null ? undefined : byId.get(current.successorId);
    const from = formatDate(addDays(current.validTo, 1));
    if (!next || seen.has(next.id)) {
      steps.push(`${current.name} đã kết thúc từ ${from}, không có cơ quan kế thừa trong danh mục`);
      break;
    }
    const isNewBody = next.validFrom !== null && next.validFrom > current.validTo;
    steps.push(`${current.name} đã ${isNewBody ? 'được tổ chức lại thành' : 'hợp nhất vào'} ${next.name} từ ${from}`);
    seen.add(next.id);
    current = next;
  }
  if (current.validFrom && current.validFrom > onDate)
    steps.push(`${current.name} chỉ có từ ${formatDate(current.validFrom)}`);
  const note =
    steps.length === 0 ? null : `${steps.join('; ')}${current === agency ? '.' : `: đề xuất giao ${current.name}.`}`;
  return { proposed: current, note };
}

/** A `list` spelling continues a list: after a match joined by "," or "và", or after "các Bộ:" / "các Sở:" / "các tỉnh". */
// "các Bộ: Tài chính; Tư pháp; Nội vụ" (a list typed with semicolons) too
const LIST_GLUE = /^\s*(?:[,;]\s*|,?\s*va\s+)$/;
const LIST_OPENER = new RegExp(
  String.raw`(?:^|[^\p{L}])cac (?:bo|so|tinh|thanh pho)(?:,? (?:va )?(?:co quan(?: ngang bo)?|nganh|ban|thanh pho|tinh)(?: truc thuoc trung uong)?)*\s*:?\s*$` +
    // "các địa phương: Hà Nội, Hà Giang": the provinces told, by their names
    String.raw`|(?:^|[^\p{L}])cac dia phuong\s*:\s*$` +
    // "các bộ quản lý lĩnh vực: …", "các bộ quản lý ngành, lĩnh vực: …", "các Bộ, ngành liên quan: …": a qualified
    // opener, its list after the colon
    String.raw`|(?:^|[^\p{L}])cac (?:bo|so)(?:,? (?:va )?(?:co quan|nganh))* (?:(?:co )?lien quan|quan ly(?: nha nuoc)?(?: (?:chuyen )?(?:nganh|linh vuc))?(?:,? (?:va )?(?:nganh|linh vuc))*|chuyen nganh)\s*:\s*$` +
    // "các bộ, ngành liên quan (Tài chính, Tư pháp, …)": a bracketed list after a group
    // (or "một số địa phương (Thành phố Hồ Chí Minh, Hà Nội, …)")
    String.raw`|(?:^|[^\p{L}])(?:cac|mot so) (?:bo|so|nganh|tinh|thanh pho|dia phuong|co quan)[^()]{0,60}\(\s*$` +
    // "(các đồng chí) Bộ trưởng: Y tế, Tài chính": the ministers of the ministries listed
    String.raw`|(?:^|[^\p{L}])bo truong\s*:\s*$` +
    // "UBND các huyện, thị xã: …", "các xã, phường: …"
    String.raw`|(?:^|[^\p{L}])cac (?:huyen|xa|phuong|quan|thi xa)(?:,? (?:va )?(?:huyen|xa|phuong|quan|thi xa|thi tran|thanh pho|dac khu))*\s*:?\s*$`,
  'u',
);
/** "các Sở: Tài chính, Công Thương": a list after its opener goes on past a name the registry lacks. */
const LIST_GOES_ON =
  /(?:^|[^\p{L}])cac (?:bo|so|tinh(?:,? thanh pho)?|thanh pho)\s*:\s*(?:[\p{L}&-]+(?: [\p{L}&-]+){0,8},\s*)+$/u;
/** "Sở Nội vụ tỉnh Hà Giang", "trên địa bàn tỉnh Hà Giang": the province there is not the addressee. */
const NOT_THE_PROVINCE = /(?<!\S)(?:Sở|địa bàn|Hội đồng nhân dân|HĐND|Công an)\s[^,.;:]*$/iu;
/** How far before a province's name NOT_THE_PROVINCE looks (a clause's words, not the whole text before it). */
const NOT_THE_PROVINCE_WINDOW = 200;

/** The kind of body a list holds: the one "các Sở:" / "các Bộ:" opens, or the previous name's ("Bộ Tài chính, Tư pháp"). */
function listKind(before: string, previous: (Hit & { agency: AgencyRef }) | undefined): AgencyRef['kind'] | null {
  const opener = /^.*(?:^|[^\p{L}])(?:cac (bo|so|huyen|xa|phuong|quan|thi xa)|(bo) truong\s*:)(?![\p{L}])/su.exec(
    before.slice(-90),
  ); // the last one
  if (previous && LIST_GLUE.test(before.slice(previous.end))) return previous.agency.kind;
  const word = opener?.[1] ?? opener?.[2];
  if (word) return word === 'so' ? 'provincial_department' : word === 'bo' ? 'ministry' : 'commune';
  return null;
}

function usable(
  hit: Hit,
  text: string,
  folded: FoldedText,
  previous: (Hit & { agency: AgencyRef }) | undefined,
): Spelling[] {
  // "Văn phòng UBND tỉnh X" is the office, not the province (when the registry lacks the office).
  // … written "VP UBND tỉnh", "VP. UBND tỉnh" too
  const isOffice = /(?:^|[^\p{L}])(?:van phong|vp\.?)\s*$/u.test(
    folded.folded.slice(Math.max(0, hit.start - 12), hit.start),
  );
  const names = hit.spellings.filter((s) => s.use === 'name' && !(isOffice && s.agency.kind === 'province'));
  if (names.length > 0 || isOffice) return names;
  const before = folded.folded.slice(0, hit.start);
  const inList =
    (previous !== undefined && LIST_GLUE.test(before.slice(previous.end))) ||
    LIST_OPENER.test(before.slice(-90)) ||
    LIST_GOES_ON.test(before.slice(-150));
  const bare = hit.spellings.filter((s) => s.use === 'bare');
  if (bare.length > 0) {
    const cut = folded.at[hit.start]!;
    return NOT_THE_PROVINCE.test(text.slice(Math.max(0, cut - NOT_THE_PROVINCE_WINDOW), cut)) ? [] : bare;
  }
  if (!inList) return [];
  // "Nội vụ" after "các Sở:" is the department, after "các Bộ:" the ministry.
  const kind = listKind(before, previous);
  const ofKind = hit.spellings.filter((s) => s.agency.kind === kind);
  if (ofKind.length > 0) return ofKind;
  // "các Sở: Tài chính, …" with no such department known: not the ministry of that name (nor, after it, the others);
  // "các huyện, thị xã, thành phố Vĩnh Long" with no such city known: the province's city, not the province
  const opened = openerKind(before);
  return opened === 'provincial_department' || opened === 'commune' ? [] : hit.spellings;
}

/** The kind of body the last list opener before a name says it lists ("các Sở:", "các Bộ:"), if any. */
function openerKind(before: string): AgencyRef['kind'] | null {
  return listKind(before, undefined);
}

/**
 * "Tỉnh ủy, Ủy ban nhân dân tỉnh X tiếp tục …", "Thành ủy và UBND thành phố X chỉ đạo …": a Party committee named bare
 * beside its province's People's Committee is that place's committee ("Tỉnh ủy X"), a joint subject, when the registry
 * holds it. Added to `accepted` in place, in text order.
 */
const namesCache = new WeakMap<readonly AgencyRef[], Map<string, AgencyRef>>();
function foldedNames(registry: readonly AgencyRef[]): Map<string, AgencyRef> {
  let names = namesCache.get(registry);
  if (!names) {
    names = new Map(registry.map((a) => [fold(a.name), a]));
    namesCache.set(registry, names);
  }
  return names;
}
const PARTY_COMMITTEE_BEFORE = /(?:^|[^\p{L}])(tinh|thanh) uy\s*(?:,|va)\s*$/u;
function acceptPartyCommitteesBeside(
  folded: string,
  registry: readonly AgencyRef[],
  accepted: (Hit & { agency: AgencyRef })[],
): void {
  for (let i = accepted.length - 1; i >= 0; i--) {
    const hit = accepted[i]!;
    if (hit.agency.kind !== 'province') continue;
    const before = folded.slice(Math.max(0, hit.start - 16), hit.start);
    const m = PARTY_COMMITTEE_BEFORE.exec(before);
    if (!m) continue;
    const start = hit.start - before.length + m.index + m[0].indexOf(m[1]!);
    const previous = accepted[i - 1];
    if (previous && previous.end > start) continue;
    const place = fold(hit.agency.name).replace(PLACE_PREFIX, '');
    const byName = foldedNames(registry);
    const committee = [`${m[1]} uy ${place}`, `${m[1]} uy thanh pho ${place}`].map((n) => byName.get(n)).find(Boolean);
    if (!committee) continue;
    const end = start + m[1]!.length + 3;
    accepted.splice(i, 0, { start, end, spellings: [], agency: committee });
  }
}

/**
 * "Thông báo số 12/TB-VPCP", "Công văn số 123/VPCP-KTTH", "văn bản số 45/EVN-KD": a short name written inside a
 * document's number, joined to its other parts by "/" or "-" with no space, is the issuer's code in that number, not a
 * body the sentence names.
 */
const SYMBOL_JOIN_BEFORE = /[\p{L}\p{N}][/-]$/u;
const SYMBOL_JOIN_AFTER = /^[/-][\p{L}\p{N}]/u;
function inDocumentSymbol(text: string, folded: FoldedText, hit: Hit): boolean {
  if (folded.folded.slice(hit.start, hit.end).includes(' ')) return false;
  const [from, to] = [folded.at[hit.start]!, folded.at[hit.end]!];
  return (
    SYMBOL_JOIN_BEFORE.test(text.slice(Math.max(0, from - 2), from)) || SYMBOL_JOIN_AFTER.test(text.slice(to, to + 2))
  );
}

/**
 * Agencies named in `text`, longest match first, each with the body to propose on `onDate`
 * (the final successor of a body that had ended). Positions are offsets into `text`. `province`: the
 * place of a provincial notice ("Tuyên Quang"), whose departments it names without the province; `ministry`: the
 * name of the ministry whose own notice it is, whose units it names without the ministry.
 */
/** The registry by id, built once per registry: an item is read in microseconds, the registry has hundreds of bodies. */
const byIdCache = new WeakMap<readonly AgencyRef[], Map<number, AgencyRef>>();
function registryById(registry: readonly AgencyRef[]): Map<number, AgencyRef> {
  let byId = byIdCache.get(registry);
  if (!byId) byIdCache.set(registry, (byId = new Map(registry.map((a) => [a.id, a]))));
  return byId;
}

export function findAgencies(
  text: string,
  registry: AgencyRef[],
  onDate: string,
  options: { province?: string | null; ministry?: string | null } = {},
): AgencyMatch[] {
  const folded = foldForMatching(text, { strayStops: true });
  const byId = registryById(registry);
  const accepted: (Hit & { agency: AgencyRef })[] = [];
  const province = options.province ? fold(options.province) : null;
  const spellings = spellingsFor(registry, province, options.ministry ? fold(options.ministry) : null);
  const hits = [...findHits(folded.folded, spellings), ...findGluedHits(text, folded, spellings)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  for (const hit of hits) {
    const previous = accepted.at(-1);
    if (previous && hit.start < previous.end) continue; // inside a longer match already taken
    if (inDocumentSymbol(text, folded, hit)) continue;
    const agency = pickAgency(usable(hit, text, folded, previous), onDate);
    if (agency) accepted.push({ ...hit, agency });
  }
  acceptPartyCommitteesBeside(folded.folded, registry, accepted);
  return accepted.map(({ start, end, agency, glued }) => {
    const successor = resolveSuccessor(agency, byId, onDate);
    const [from, to] = [folded.at[start]!, folded.at[end]!];
    const gluedNote = glued ? `"${text.slice(from, to)}" viết dính chữ, đọc là ${agency.name}.` : null;
    const note = [gluedNote, successor.note].filter(Boolean).join(' ') || null;
    return { agency, proposed: successor.proposed, note, start: from, end: to };
  });
}
