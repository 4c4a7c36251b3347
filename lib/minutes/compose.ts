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
    attendees: { fullName: string; positionTitle: string | null; role: string; presence: string }[];
  }[];
};

export type ComposeDirective = {
  id: number;
  ordinal: string;
  parentId: number | null;
  text: string;
  isAssessment: boolean;
  tasks: {
    leadName: string;
    coordinatorNames: string[];
    monitorName: string | null;
    deadlineKind: 'dated' | 'urgent' | 'recurring';
    dueDate: string | null;
    recurrence: 'monthly' | 'quarterly' | 'yearly' | null;
  }[];
};

const RECURRENCE = { monthly: 'hằng tháng', quarterly: 'hằng quý', yearly: 'hằng năm' } as const;

/** "ngày 02 tháng 02 năm 2024" in the padded form of NĐ 30 (day < 10 and months 1–2 padded). */
export function vietnameseDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `ngày ${String(d).padStart(2, '0')} tháng ${m <= 2 ? String(m).padStart(2, '0') : m} năm ${y}`;
}

function deadlinePhrase(t: ComposeDirective['tasks'][number]): string {
  if (t.deadlineKind === 'dated' && t.dueDate) return `hoàn thành trước ngày ${formatDate(t.dueDate)}`;
  if (t.deadlineKind === 'recurring')
    return `thực hiện thường xuyên, báo cáo ${RECURRENCE[t.recurrence ?? 'quarterly']}`;
  return 'khẩn trương thực hiện';
}

/** "Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ; hoàn thành trước ngày 30/06/2024." */
export function assignmentSentence(tasks: ComposeDirective['tasks']): string | null {
  if (tasks.length === 0) return null;
  // Tasks that share coordinators and deadline read as one sentence with several leads.
  const groups = new Map<string, typeof tasks>();
  for (const t of tasks) {
    const key = JSON.stringify([t.coordinatorNames, t.monitorName, deadlinePhrase(t)]);
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  const parts = [...groups.values()].map((group) => {
    const first = group[0]!;
    const names = sortVi(group, (t) => t.leadName);
    const leads =
      names.length > 6
        ? `${names.length} cơ quan (${names
            .slice(0, 3)
            .map((t) => t.leadName)
            .join(', ')}, …)`
        : names.map((t) => t.leadName).join(', ');
    let s = `${leads} chủ trì`;
    if (first.coordinatorNames.length) s += `, phối hợp với ${first.coordinatorNames.join(', ')}`;
    if (first.monitorName) s += `; ${first.monitorName} theo dõi, đôn đốc`;
    return `${s}; ${deadlinePhrase(first)}`;
  });
  return `${parts.join('. ')}.`;
}

function conclusionBlocks(items: ComposeDirective[]): Block[] {
  const blocks: Block[] = [];
  const top = items.filter((d) => d.parentId === null);
  for (const parent of top) {
    const render = (d: ComposeDirective, level: 0 | 1) => {
      // The assignment is always written from the tasks, so the notice cannot disagree with them.
      const sentence = assignmentSentence(d.tasks);
      const runs: Run[] = [...inlineRuns(d.text)];
      if (sentence) runs.push({ text: `${/[.:;!?]$/.test(d.text.trim()) ? '' : '.'} ${sentence}`, italic: true });
      const label = level === 0 ? `${d.ordinal}.` : `${d.ordinal.slice(parent.ordinal.length)})`;
      blocks.push({ kind: 'numbered', label, runs, level });
    };
    render(parent, 0);
    for (const child of items.filter((c) => c.parentId === parent.id)) render(child, 1);
  }
  return blocks;
}

function attendeeList(people: ComposeSession['points'][number]['attendees']): string {
  return people
    .filter((a) => a.presence !== 'absent')
    .map((a) => (a.positionTitle ? `${a.fullName} - ${a.positionTitle}` : a.fullName))
    .join('; ');
}

/** "Ngày 02/02/2024, tại …, … chủ trì …. Tại điểm cầu Tỉnh Hà Giang có các đồng chí: …" */
function meetingParagraphs(s: ComposeSession, kind: DocumentFields['kind']): Block[] {
  const day = vnDate(s.startsAt);
  const chair = chairPhrase(s.chairTitle, s.chairName) || 'Chủ tọa';
  const opening = `${vietnameseDay(day).replace(/^n/, 'N')}, ${s.location ? `tại ${s.location}, ` : ''}${chair} chủ trì ${s.title.replace(/^P/, 'p')}.`;
  const blocks: Block[] = [{ kind: 'paragraph', runs: [{ text: opening }] }];
  const withPeople = s.points.filter((p) => p.attendees.some((a) => a.presence !== 'absent'));
  const listed = withPeople.length <= 6 ? withPeople : withPeople.filter((p) => p.isMain);
  for (const p of listed) {
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `Tại điểm cầu ${p.name} có các đồng chí: ${attendeeList(p.attendees)}.` }],
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
const sentenceCase = (upper: string) => upper.charAt(0) + upper.slice(1).toLocaleLowerCase('vi-VN');

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
  const chair = [session.chairTitle?.split(',')[0], session.chairName].filter(Boolean).join(' ');
  const body: Block[] = [...meetingParagraphs(session, f.kind), ...markdownToBlocks(f.body)];
  if (f.kind === 'minutes') body.push({ kind: 'heading', runs: [{ text: 'II. KẾT LUẬN CỦA CHỦ TỌA' }] });
  if (directives.length) body.push({ kind: 'paragraph', runs: [{ text: `${chair || 'Chủ tọa'} kết luận như sau:` }] });
  body.push(...conclusionBlocks(directives), ...markdownToBlocks(f.closing));
  const issuer = f.issuingBody ?? '';
  if (f.kind === 'notice') {
    body.push({
      kind: 'paragraph',
      runs: [
        { text: `${issuerName ?? sentenceCase(issuer)} thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.` },
      ],
    });
  }
  const signatures =
    f.kind === 'minutes'
      ? [
          { authorityPrefix: null, authorityBody: null, signerTitle: 'THƯ KÝ', signerName: f.signerName ?? '' },
          { authorityPrefix: null, authorityBody: null, signerTitle: 'CHỦ TỌA', signerName: session.chairName ?? '' },
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
