import { describe, expect, it } from 'vitest';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import {
  actingChair,
  assignmentSentence,
  composeDocument,
  DOCUMENT_WORDS,
  type ComposeDirective,
  type ComposeSession,
  type DocumentFields,
} from './compose';

type Attendee = ComposeSession['points'][number]['attendees'][number];

const session = (attendees: Attendee[]): ComposeSession => ({
  title: 'Phiên họp thứ 8 Ban Chỉ đạo',
  startsAt: new Date('2026-03-05T02:00:00Z'),
  location: 'Trụ sở Chính phủ',
  chairName: 'Phạm Minh Chính',
  chairTitle: 'Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo',
  points: [{ name: 'Trụ sở Chính phủ', isMain: true, attendees }],
});

const fields = (kind: DocumentFields['kind']): DocumentFields => ({
  kind,
  number: null,
  symbol: null,
  issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
  place: 'Hà Nội',
  issueDate: null,
  subject: null,
  signerName: null,
  signerTitle: null,
  authorityPrefix: 'none',
  authorityBody: null,
  recipients: [],
  body: '',
  closing: '',
  status: 'draft',
});

const directive = {
  id: 1,
  ordinal: '1',
  parentId: null,
  text: 'Đẩy mạnh cải cách thủ tục hành chính.',
  isAssessment: false,
  tasks: [],
};

const text = (s: ComposeSession, kind: DocumentFields['kind'] = 'notice') => {
  const doc = composeDocument(s, [directive], fields(kind));
  return { lines: doc.body.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : '')), doc };
};

const chair = (presence: Attendee['presence'], extra: Partial<Attendee> = {}): Attendee => ({
  fullName: 'Phạm Minh Chính',
  positionTitle: 'Thủ tướng Chính phủ',
  role: 'chair',
  presence,
  ...extra,
});

describe('who chaired', () => {
  it('names the scheduled chair when present or when the attendance does not list the chair', () => {
    for (const s of [session([chair('present')]), session([])]) {
      expect(actingChair(s)).toEqual({ title: s.chairTitle, name: 'Phạm Minh Chính' });
      expect(text(s).lines[0]).toBe(
        'Ngày 05 tháng 3 năm 2026, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo chủ trì phiên họp thứ 8 Ban Chỉ đạo.',
      );
    }
  });

  it('names the person who chaired in place of an absent chair, in the opening, the conclusions and the signature', () => {
    const s = session([
      chair('absent'),
      { fullName: 'Nguyễn Hòa Bình', positionTitle: 'Phó Thủ tướng Chính phủ', role: 'chair', presence: 'present' },
    ]);
    const { lines } = text(s);
    expect(lines[0]).toBe(
      'Ngày 05 tháng 3 năm 2026, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Nguyễn Hòa Bình chủ trì phiên họp thứ 8 Ban Chỉ đạo.',
    );
    expect(lines).toContain('Phó Thủ tướng Chính phủ Nguyễn Hòa Bình kết luận như sau:');
    expect(lines.join('\n')).not.toContain('Phạm Minh Chính');
    expect(text(s, 'minutes').doc.signatures[1]).toMatchObject({
      signerTitle: 'CHỦ TỌA',
      signerName: 'Nguyễn Hòa Bình',
    });
  });

  it('names the substitute of a chair who sent one', () => {
    const s = session([chair('represented', { representedBy: 'Nguyễn Hòa Bình, Phó Thủ tướng Chính phủ' })]);
    expect(text(s).lines[0]).toBe(
      'Ngày 05 tháng 3 năm 2026, tại Trụ sở Chính phủ, Nguyễn Hòa Bình, Phó Thủ tướng Chính phủ chủ trì phiên họp thứ 8 Ban Chỉ đạo.',
    );
    expect(text(s, 'minutes').doc.signatures[1]!.signerName).toBe('Nguyễn Hòa Bình');
  });

  it('leaves the chair out when the chair was absent and no one is known to have chaired', () => {
    const s = session([chair('absent')]);
    expect(actingChair(s)).toBeNull();
    const { lines } = text(s);
    expect(lines[0]).toBe('Ngày 05 tháng 3 năm 2026, tại Trụ sở Chính phủ, đã diễn ra Phiên họp thứ 8 Ban Chỉ đạo.');
    expect(lines).toContain('Chủ tọa kết luận như sau:');
    expect(lines.join('\n')).not.toContain('Phạm Minh Chính');
    const minutes = text(s, 'minutes');
    expect(minutes.lines).toContain('Tại Trụ sở Chính phủ, đã diễn ra Phiên họp thứ 8 Ban Chỉ đạo.');
    expect(minutes.doc.signatures[1]!.signerName).toBe('');
  });
});

describe('the assignment line in the interface', () => {
  const task = (extra: Partial<ComposeDirective['tasks'][number]> = {}): ComposeDirective['tasks'][number] => ({
    leadName: 'Bộ Nội vụ',
    coordinatorNames: ['Văn phòng Chính phủ'],
    monitorName: 'Bộ Tư pháp',
    deadlineKind: 'dated',
    dueDate: '2026-06-30',
    recurrence: null,
    ...extra,
  });
  const tasks = [
    task(),
    task({ leadName: 'Bộ Tài chính' }),
    task({ deadlineKind: 'recurring', recurrence: 'monthly' }),
  ];

  it('is written in English with the English dictionary', () => {
    expect(assignmentSentence(tasks, [], en.directives.assignment)).toBe(
      'Lead: Bộ Nội vụ and Bộ Tài chính, with Văn phòng Chính phủ; monitored by Bộ Tư pháp; due by 30/06/2026. ' +
        'Lead: Bộ Nội vụ, with Văn phòng Chính phủ; monitored by Bộ Tư pháp; ongoing, reporting monthly.',
    );
    expect(
      assignmentSentence(
        [task({ deadlineKind: 'urgent', coordinatorNames: [], monitorName: null })],
        [],
        en.directives.assignment,
      ),
    ).toBe('Lead: Bộ Nội vụ; as a matter of urgency.');
  });

  it('reads as the document does with the Vietnamese dictionary', () => {
    expect(vi.directives.assignment).toEqual(DOCUMENT_WORDS);
    expect(assignmentSentence(tasks, [], vi.directives.assignment)).toBe(assignmentSentence(tasks));
    expect(assignmentSentence(tasks)).toBe(
      'Bộ Nội vụ và Bộ Tài chính chủ trì, phối hợp với Văn phòng Chính phủ; Bộ Tư pháp theo dõi, đôn đốc; hoàn thành trước ngày 30/06/2026. ' +
        'Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ; Bộ Tư pháp theo dõi, đôn đốc; thực hiện thường xuyên, báo cáo hằng tháng.',
    );
  });
});
