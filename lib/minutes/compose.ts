import type { DeadlineKind, RecurrencePeriod } from '@/db/schema';
import { sortVi } from '@/lib/text';
import { formatDate, vnDate, vnTime } from '@/lib/time';
import type { Block, OfficialDocumentModel, Run } from './document-model';
import { inlineRuns, markdownToBlocks } from './markdown';

/** The header and free text a secretariat edits; everything else in a document comes from the data. */
export type DocumentFields = {
  kind: 'minutes' | 'notice';
  number: string | null;
  symbol: string | null;
  issuingBody: string | null;
  place: string | null;
  issueDate: string | null;
  subject: string | null;
  signerName: string | null;
  signerTitle: string | null;
  authorityPrefix: 'none' | 'TM' | 'KT' | 'TL' | 'TUQ';
  authorityBody: string | null;
  recipients: string[];
  body: string;
  closing: string;
  /** The notice's assignment sentence per directive id, as the secretariat worded it ('' = none); a
   * directive not in the map gets the sentence written from its tasks. */
  assignmentTexts?: Record<string, string>;
  status: 'draft' | 'in_review' | 'published';
};

export type ComposeSession = {
  title: string;
  startsAt: Date;
  location: string | null;
  chairName: string | null;
  chairTitle: string | null;
  points: {
    name: string;
    isMain: boolean;
    attendees: {
      fullName: string;
      positionTitle: string | null;
      role: string;
      presence: string;
      representedBy?: string | null;
    }[];
  }[];
  /** Groups named as a whole when every one of their agencies leads the same work ("các bộ, cơ quan ngang bộ"). */
  groups?: AgencyGroup[];
};

export type AgencyGroup = { name: string; agencyIds: number[] };

/** The written names of the assignable groups, as conclusion notices address them. */
export const GROUP_NAMES = {
  ministries: 'các bộ, cơ quan ngang bộ',
  provinces: 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
  // A province's registry (decision 033): its departments and its communes.
  departments: 'các sở, ban, ngành',
  localities: 'Ủy ban nhân dân các xã, phường',
} as const;

export type ComposeDirective = {
  id: number;
  ordinal: string;
  parentId: number | null;
  text: string;
  isAssessment: boolean;
  tasks: {
    leadAgencyId?: number;
    leadName: string;
    coordinatorNames: string[];
    monitorName: string | null;
    deadlineKind: DeadlineKind;
    dueDate: string | null;
    recurrence: RecurrencePeriod | null;
  }[];
};

const RECURRENCE = { monthly: 'hằng tháng', quarterly: 'hằng quý', yearly: 'hằng năm' } as const;

/**
 * The words of an assignment sentence, {name} marking what is filled in. The documents always use the
 * Vietnamese ones (an official text); the interface passes its dictionary's (lib/i18n, directives.assignment).
 */
export type AssignmentWords = {
  leads: string;
  coordinators: string;
  monitor: string;
  due: string;
  recurring: string;
  urgent: string;
  monthly: string;
  quarterly: string;
  yearly: string;
  and: string;
  agencies: string;
};

export const DOCUMENT_WORDS: AssignmentWords = {
  leads: '{leads} chủ trì',
  coordinators: 'phối hợp với {names}',
  monitor: '{name} theo dõi, đôn đốc',
  due: 'hoàn thành trước ngày {date}',
  recurring: 'thực hiện thường xuyên, báo cáo {period}',
  urgent: 'khẩn trương thực hiện',
  ...RECURRENCE,
  and: 'và',
  agencies: '{n} cơ quan',
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));

/** "ngày 02 tháng 02 năm 2024" in the padded form of NĐ 30 (day < 10 and months 1–2 padded). */
export function vietnameseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

function deadlinePhrase(t: ComposeDirective['tasks'][number], w: AssignmentWords = DOCUMENT_WORDS): string {
  if (t.deadlineKind === 'dated' && t.dueDate) return fill(w.due, { date: formatDate(t.dueDate) });
  if (t.deadlineKind === 'recurring') return fill(w.recurring, { period: w[t.recurrence ?? 'quarterly'] });
  return w.urgent;
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase('vi-VN') + s.slice(1);

/** The leads of one sentence: whole groups by the group's name, the other agencies by theirs. */
function leadNames(
  tasks: ComposeDirective['tasks'],
  groups: AgencyGroup[],
  w: AssignmentWords = DOCUMENT_WORDS,
): string[] {
  const ids = new Set(tasks.map((t) => t.leadAgencyId).filter((id): id is number => id !== undefined));
  const named: string[] = [];
  const covered = new Set<number>();
  for (const g of groups) {
    if (g.agencyIds.length > 1 && g.agencyIds.every((id) => ids.has(id))) {
      if (!named.includes(g.name)) named.push(g.name);
      for (const id of g.agencyIds) covered.add(id);
    }
  }
  const rest = sortVi(
    tasks.filter((t) => t.leadAgencyId === undefined || !covered.has(t.leadAgencyId)),
    (t) => t.leadName,
  );
  // An official document names every agency; the screen shortens a long hand-picked list.
  const others =
    rest.length > 6 && w !== DOCUMENT_WORDS
      ? [
          `${fill(w.agencies, { n: rest.length })} (${rest
            .slice(0, 3)
            .map((t) => t.leadName)
            .join(', ')}, …)`,
        ]
      : rest.map((t) => t.leadName);
  return [...named, ...others];
}

function leadPhrase(tasks: ComposeDirective['tasks'], groups: AgencyGroup[], w: AssignmentWords): string {
  const all = leadNames(tasks, groups, w);
  return all.length > 1 ? `${all.slice(0, -1).join(', ')} ${w.and} ${all.at(-1)}` : (all[0] ?? '');
}

/**
 * "Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ; hoàn thành trước ngày 30/06/2024." A whole
 * group is written by its name ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì").
 */
export function assignmentSentence(
  tasks: ComposeDirective['tasks'],
  groups: AgencyGroup[] = [],
  w: AssignmentWords = DOCUMENT_WORDS,
): string | null {
  if (tasks.length === 0) return null;
  // Tasks that share coordinators and deadline read as one sentence with several leads.
  const byTerms = new Map<string, typeof tasks>();
  for (const t of tasks) {
    const key = JSON.stringify([t.coordinatorNames, t.monitorName, deadlinePhrase(t, w)]);
    byTerms.set(key, [...(byTerms.get(key) ?? []), t]);
  }
  const parts = [...byTerms.values()].map((group) => {
    const first = group[0]!;
    let s = capitalize(fill(w.leads, { leads: leadPhrase(group, groups, w) }));
    if (first.coordinatorNames.length) s += `, ${fill(w.coordinators, { names: first.coordinatorNames.join(', ') })}`;
    if (first.monitorName) s += `; ${fill(w.monitor, { name: first.monitorName })}`;
    return `${s}; ${deadlinePhrase(first, w)}`;
  });
  return `${parts.join('. ')}.`;
}

/** Case- and "UBND"-insensitive form, to see whether an item's text already names its leads. */
const folded = (s: string) =>
  s
    .toLocaleLowerCase('vi-VN')
    .replace(/\bubnd\b/g, 'ủy ban nhân dân')
    .replace(/uỷ/g, 'ủy')
    .replace(/\s+/g, ' ');

/**
 * A province's body as its own province's notice names it: "Sở Nội vụ tỉnh Tuyên Quang" is "Sở Nội vụ" there. The
 * province's People's Committee keeps its whole name ("UBND tỉnh Tuyên Quang" is not "UBND").
 */
function withoutProvince(name: string): string {
  const short = name.replace(/\s+(?:tỉnh|thành phố)\s+\p{Lu}[\p{L}\s-]*$/u, '');
  return /\s/u.test(short) && !/^(?:ubnd|uỷ ban nhân dân|ủy ban nhân dân)$/iu.test(short) ? short : name;
}

/**
 * The generic names a notice gives a whole group ("các bộ, ngành, địa phương", "các bộ, cơ quan ngang bộ",
 * "Ủy ban nhân dân các tỉnh, thành phố …"): an item so worded already says who leads it.
 */
const GENERIC_ADDRESSEES =
  /các bộ,? (?:ngành|cơ quan)|bộ, ngành,? (?:và )?(?:các )?địa phương|ủy ban nhân dân các tỉnh|các tỉnh, thành phố|thành viên ban chỉ đạo|các sở,? (?:ban,? )?ngành|ủy ban nhân dân các (?:huyện|xã)/u;

/** Whether an item's text already states a task's deadline ("trước ngày 30/6/2026", "ngày 30 tháng 6 năm 2026"). */
function statesDeadline(text: string, t: ComposeDirective['tasks'][number]): boolean {
  if (t.deadlineKind === 'urgent') return true;
  if (t.deadlineKind === 'recurring') return text.includes(RECURRENCE[t.recurrence ?? 'quarterly']);
  if (!t.dueDate) return true;
  const [y, m, d] = t.dueDate.split('-').map(Number) as [number, number, number];
  const num = String.raw`0?${d}\s*[/.-]\s*0?${m}\s*[/.-]\s*${y}`;
  const words = String.raw`ngày\s+0?${d}\s+tháng\s+0?${m}\s+năm\s+${y}`;
  return new RegExp(String.raw`(^|\D)(${num}|${words})(\D|$)`, 'u').test(text);
}

/**
 * The sentence the notice writes after an item: the secretariat's wording when it gave one ('' for
 * none), else the one written from the tasks. An item whose text already names every lead ("Ủy ban
 * nhân dân các tỉnh … nâng cao chất lượng …, hoàn thành trước ngày …") gets nothing that would say it
 * twice: only the deadline when the text does not state it, nothing when it does.
 */
export function noticeAssignment(
  d: Pick<ComposeDirective, 'id' | 'text' | 'tasks'>,
  groups: AgencyGroup[] = [],
  texts: Record<string, string> = {},
  heading = '',
): string | null {
  const own = texts[String(d.id)];
  if (own !== undefined) return own.trim() || null;
  const sentence = assignmentSentence(d.tasks, groups);
  if (!sentence) return null;
  // A sub-item's leads may be named by its heading ("2. Giao Bộ Nội vụ chủ trì, phối hợp với …: a) …").
  const text = folded(`${heading} ${d.text}`);
  const leads = leadNames(d.tasks, groups);
  const named = (n: string) =>
    text.includes(folded(n)) ||
    text.includes(folded(withoutProvince(n))) ||
    (groups.some((g) => g.name === n) && GENERIC_ADDRESSEES.test(text));
  if (!leads.every((n) => !/^\d+ cơ quan/.test(n) && named(n))) return sentence;
  const missing = [...new Set(d.tasks.filter((t) => !statesDeadline(text, t)).map((t) => deadlinePhrase(t)))];
  return missing.length ? `${capitalize(missing.join('; '))}.` : null;
}

function conclusionBlocks(items: ComposeDirective[], groups: AgencyGroup[], texts: Record<string, string>): Block[] {
  const blocks: Block[] = [];
  const top = items.filter((d) => d.parentId === null);
  for (const parent of top) {
    const render = (d: ComposeDirective, level: 0 | 1) => {
      const sentence = noticeAssignment(d, groups, texts, level === 1 ? parent.text : '');
      const runs: Run[] = [...inlineRuns(d.text)];
      if (sentence) runs.push({ text: `${/[.:;!?]$/.test(d.text.trim()) ? '' : '.'} ${sentence}` });
      const label = level === 0 ? `${d.ordinal}.` : `${d.ordinal.slice(parent.ordinal.length)})`;
      blocks.push({ kind: 'numbered', label, runs, level });
    };
    render(parent, 0);
    for (const child of items.filter((c) => c.parentId === parent.id)) render(child, 1);
  }
  return blocks;
}

/** "Nguyễn Văn B (dự thay đồng chí Trần Văn A, Giám đốc Sở Nội vụ)": who sat there, never the absent. */
function attendeeList(people: ComposeSession['points'][number]['attendees']): string {
  return people
    .filter((a) => a.presence !== 'absent' && (a.presence !== 'represented' || a.representedBy?.trim()))
    .map((a) => {
      const member = a.positionTitle ? `${a.fullName}, ${a.positionTitle}` : a.fullName;
      if (a.presence === 'represented') return `${a.representedBy!.trim()} (dự thay đồng chí ${member})`;
      return a.positionTitle ? `${a.fullName} - ${a.positionTitle}` : a.fullName;
    })
    .join('; ');
}

/** "điểm cầu Tỉnh Hà Giang", and "điểm cầu tỉnh X" for a point already named "Điểm cầu tỉnh X". */
export function pointPhrase(name: string): string {
  const m = /^\s*điểm\s+cầu\s+/iu.exec(name);
  return `điểm cầu ${m ? name.slice(m[0].length) : name.trim()}`;
}

/** The notice's closing formula, written by the issuing body. */
export const noticeClosing = (issuer: string) =>
  `${issuer} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.`;

/**
 * Notice: "Ngày 02 tháng 02 năm 2024, tại …, … chủ trì …. Tại điểm cầu Tỉnh Hà Giang có các đồng chí: …".
 * Minutes: "Thời gian: …" once, then "Tại …, … chủ trì …" without restating the day.
 */
function meetingParagraphs(s: ComposeSession, kind: DocumentFields['kind']): Block[] {
  const day = vnDate(s.startsAt);
  const acting = actingChair(s);
  const chair = acting ? chairPhrase(acting.title, acting.name) || 'Chủ tọa' : null;
  const where = s.location ? `tại ${s.location}, ` : '';
  // Who chaired when the attendance says so; when it says the chair was absent and not who replaced them, no one.
  const what = chair ? `${chair} chủ trì ${s.title.replace(/^P/, 'p')}.` : `đã diễn ra ${s.title}.`;
  const opening =
    kind === 'minutes' ? capitalize(`${where}${what}`) : `${vietnameseDay(day).replace(/^n/, 'N')}, ${where}${what}`;
  const blocks: Block[] = [{ kind: 'paragraph', runs: [{ text: opening }] }];
  const attends = (a: ComposeSession['points'][number]['attendees'][number]) =>
    a.presence === 'present' || (a.presence === 'represented' && !!a.representedBy?.trim());
  const withPeople = s.points.filter((p) => p.attendees.some(attends));
  const listed = withPeople.length <= 6 ? withPeople : withPeople.filter((p) => p.isMain);
  for (const p of listed) {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `Tại ${pointPhrase(p.name)} có các đồng chí: ${attendeeList(p.attendees)}.` }],
    });
  }
  if (listed.length < withPeople.length) {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `Cùng dự tại ${withPeople.length - listed.length} điểm cầu của các bộ, ngành, địa phương.` }],
    });
  }
  if (kind === 'minutes') {
    blocks.unshift({ kind: 'heading', runs: [{ text: `I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN` }] });
    blocks.splice(1, 0, {
      kind: 'paragraph',
      runs: [{ text: `Thời gian: ${vnTime(s.startsAt).replace(':', ' giờ ')} phút, ${vietnameseDay(day)}.` }],
    });
  }
  return blocks;
}

/** "VĂN PHÒNG X" → "Văn phòng x" when the registry does not know the body's written form. */
export const sentenceCase = (upper: string) => upper.charAt(0) + upper.slice(1).toLocaleLowerCase('vi-VN');

/**
 * Who actually chaired, from the attendance: the scheduled chair unless the attendance lists the chair
 * (role "chair") only as absent or substituted; then the person who chaired in their place (the
 * substitute, or another attendee present as chair), or null when the attendance does not say who.
 */
export function actingChair(
  s: Pick<ComposeSession, 'points' | 'chairName' | 'chairTitle'>,
): { title: string | null; name: string | null } | null {
  const scheduled = { title: s.chairTitle, name: s.chairName };
  const chairs = s.points.flatMap((p) => p.attendees).filter((a) => a.role === 'chair');
  if (chairs.length === 0) return scheduled;
  const same = (a: string, b: string | null) =>
    !!b && a.trim().toLocaleLowerCase('vi-VN') === b.trim().toLocaleLowerCase('vi-VN');
  const present = chairs.filter((a) => a.presence === 'present');
  if (present.length) {
    if (present.some((a) => same(a.fullName, s.chairName))) return scheduled;
    return { title: present[0]!.positionTitle, name: present[0]!.fullName };
  }
  const substitute = chairs.find((a) => a.presence === 'represented' && a.representedBy?.trim());
  return substitute ? { title: null, name: substitute.representedBy!.trim() } : null;
}

/** "Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo" from the title "Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo". */
function chairPhrase(title: string | null, name: string | null): string {
  if (!name) return title ?? '';
  const [first, ...rest] = (title ?? '').split(', ').filter(Boolean);
  return [first ? `${first} ${name}` : name, ...rest].join(', ');
}

/**
 * The whole official document from the session, its directives (with their assignments) and the
 * fields and free text the secretariat wrote: the notice's numbered conclusions are the directives
 * themselves, so the document and the tracked tasks cannot disagree.
 */
export function composeDocument(
  session: ComposeSession,
  directives: ComposeDirective[],
  f: DocumentFields,
  /** The issuing body as written in running text ("Văn phòng Chính phủ"), from the agency registry. */
  issuerName: string | null = null,
): OfficialDocumentModel {
  const acting = actingChair(session);
  const chair = [acting?.title?.split(',')[0], acting?.name].filter(Boolean).join(' ');
  const body: Block[] = [...meetingParagraphs(session, f.kind), ...markdownToBlocks(f.body)];
  if (f.kind === 'minutes') body.push({ kind: 'heading', runs: [{ text: 'II. KẾT LUẬN CỦA CHỦ TỌA' }] });
  if (directives.length) body.push({ kind: 'paragraph', runs: [{ text: `${chair || 'Chủ tọa'} kết luận như sau:` }] });
  body.push(...conclusionBlocks(directives, session.groups ?? [], f.assignmentTexts ?? {}));
  const issuer = f.issuingBody ?? '';
  // One closing: the secretariat's when it wrote one (the field starts with the built-in formula), else the built-in.
  if (f.closing.trim()) body.push(...markdownToBlocks(f.closing));
  else if (f.kind === 'notice')
    body.push({ kind: 'paragraph', runs: [{ text: noticeClosing(issuerName ?? sentenceCase(issuer)) }] });
  const signatures =
    f.kind === 'minutes'
      ? [
          { authorityPrefix: null, authorityBody: null, signerTitle: 'THƯ KÝ', signerName: f.signerName ?? '' },
          {
            authorityPrefix: null,
            authorityBody: null,
            signerTitle: 'CHỦ TỌA',
            // The one who chaired signs: a substitute written "Name, title" signs with the name.
            signerName: acting?.name?.split(',')[0]?.trim() ?? '',
          },
        ]
      : [
          {
            authorityPrefix: f.authorityPrefix === 'none' ? null : f.authorityPrefix,
            authorityBody: f.authorityBody,
            signerTitle: f.signerTitle ?? '',
            signerName: f.signerName ?? '',
          },
        ];
  return {
    kind: f.kind,
    parentBody: null,
    issuingBody: issuer,
    number: f.number,
    symbol: f.symbol ?? (f.kind === 'notice' ? 'TB' : 'BB'),
    place: f.place ?? 'Hà Nội',
    issueDate: f.issueDate,
    subject: f.subject ?? session.title,
    body,
    signatures,
    recipients: f.recipients,
    draftWatermark: f.status !== 'published',
  };
}
