import { describe, expect, it } from 'vitest';
import { addMemberSchema } from '@/lib/committees/schemas';
import { attendeeDraftSchema } from '@/lib/sessions/attendee-schema';
import { commentSchema, taskUpdateSchema } from '@/lib/tasks/schemas';
import { sessionFormSchema } from '@/lib/sessions/schemas';
import { xmlText } from '@/lib/text';
import { createAdministratorSchema, ownProfileSchema, userFieldsSchema } from '@/lib/users/schemas';
import { inVietnamese } from '@/tests/i18n';
import {
  id,
  isoDate,
  latinName,
  oneLine,
  optionalText,
  requiredText,
  version,
  withoutControls,
  MAX_ID,
  routeId,
} from './zod';

describe('text from forms', () => {
  it('loses control characters (PostgreSQL cannot store NUL), keeps tabs and line breaks', () => {
    expect(withoutControls('a\u0000b\u0007c\u007fd\te\nf\r\ng')).toBe('abcd\te\nf\r\ng');
    expect(requiredText(10, 'Lý do').safeParse('\u0000').success).toBe(false); // nothing left: refused as empty
    expect(requiredText(10, 'Lý do').parse(' Lý\u0000 do ')).toBe('Lý do');
    expect(optionalText(10, 'Ghi chú').parse('\u0000\u0001')).toBeNull();
    expect(commentSchema.parse({ taskId: '3', note: 'Ý kiến\u0000' }).note).toBe('Ý kiến');
  });

  it('loses invisible characters: zero-width, byte-order mark, soft hyphen, bidi marks, overrides and isolates', () => {
    expect(requiredText(100, 'Tên').parse('Sở Tài chính tỉnh Tuyên Quang\u200b')).toBe('Sở Tài chính tỉnh Tuyên Quang');
    expect(requiredText(100, 'Tên').parse('Phạm Minh\u200b Châu')).toBe('Phạm Minh Châu');
    expect(requiredText(100, 'Tên').parse('Vũ Thành Nam \u202Eliam\u202C')).toBe('Vũ Thành Nam liam');
    expect(withoutControls('\ufeffA\u00adB\u200cC\u200dD\u200eE\u2066F\u2069\u2060G\u0085H')).toBe('ABCDEFGH');
    expect(requiredText(10, 'Tên').safeParse('\u200b\u200b').success).toBe(false); // nothing visible: refused
    // A line or paragraph separator pasted from a word processor is a line break, not glue between two words.
    expect(withoutControls('Bộ Nội vụ\u2028Bộ Tư pháp')).toBe('Bộ Nội vụ\nBộ Tư pháp');
    expect(withoutControls('Nguyễn Thị Ánh Tuyết 🎉')).toBe('Nguyễn Thị Ánh Tuyết 🎉');
    // Drawn as nothing, or only changing the letter before (attacker pass 19: a second "Bộ Tư pháp" with a tag character).
    expect(withoutControls('Bộ Tư pháp\u{E0041}')).toBe('Bộ Tư pháp');
    expect(withoutControls('Bộ\ufe0f Tư\u034f pháp\u{E0100}\u3164')).toBe('Bộ Tư pháp');
    for (const hidden of ['\u{1D173}', '\u{13430}', '\u{1BCA0}', '\u17b4', '\u2800', '\u0085', '\u180e'])
      expect(withoutControls(`Bộ Tư pháp${hidden}`), hidden.codePointAt(0)!.toString(16)).toBe('Bộ Tư pháp');
    expect(withoutControls('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    // Attacker pass 29: the noncharacters and a surrogate with no pair (a JSON body can write one), which no text means
    // and XML cannot carry (a note with U+FFFF made every DOCX and XLSX it reached a damaged file); a pair stays.
    for (const none of ['\uffff', '\ufffe', '\ufdd0', '\ufdef', '\u{1fffe}', '\u{10ffff}', '\ud800', '\udfff'])
      expect(withoutControls(`Ghi chú${none} hết`), none.codePointAt(0)!.toString(16)).toBe('Ghi chú hết');
    expect(withoutControls('Hoàn thành \ud83c\udf89 \ufffd')).toBe('Hoàn thành 🎉 \ufffd');
    expect(commentSchema.parse({ taskId: '1', note: 'Ý kiến \uffff của Bộ' }).note).toBe('Ý kiến  của Bộ');
    expect(xmlText('a\uffffb\ufffec\u0001d\ud800e\tf\u{10ffff}🎉')).toBe('abcde\tf\u{10ffff}🎉');
    // A name is one line, of Vietnamese letters, without what is drawn as nothing.
    expect(latinName(100, 'fields.agencyName').parse('  Bộ Tư\r\npháp\u{E007F} ')).toBe('Bộ Tư pháp');
    expect(oneLine(200, 'fields.userName').parse('Nguyễn\n\nVăn   An')).toBe('Nguyễn Văn An');
  });
});

describe('an account’s name: one line of letters, digits, spaces and common punctuation (attacker pass 32)', () => {
  const schemas = {
    admin: userFieldsSchema.transform((v) => v.name),
    own: ownProfileSchema.transform((v) => v.name),
    cli: createAdministratorSchema.transform((v) => v.name),
  };
  const fields = { email: 'a@b.vn', role: 'secretariat', position: '', phone: '' };
  const named = (which: keyof typeof schemas, name: string) => {
    const r = schemas[which].safeParse({ ...fields, name });
    return r.success ? r.data : r.error.issues.map((i) => inVietnamese(i.message)).join(' ');
  };
  const REFUSED = 'Họ và tên chỉ gồm chữ cái, chữ số, khoảng trắng và các dấu . , ; ’ ( ) -.';

  it('keeps Vietnamese names as people write them', () => {
    for (const which of ['admin', 'own', 'cli'] as const) {
      expect(named(which, 'Nguyễn Thị Mai Hương')).toBe('Nguyễn Thị Mai Hương');
      // typed with decomposed accents (Unikey's "Unicode tổ hợp"): the marks are not letters until composed
      expect(named(which, 'Nguyễn Thị Mai Hương'.normalize('NFD'))).toBe('Nguyễn Thị Mai Hương');
      expect(named(which, '  Lê  Văn\r\nA (Văn thư 2), Jr. O’Neil-Đặng ')).toBe(
        'Lê Văn A (Văn thư 2), Jr. O’Neil-Đặng',
      );
      // Controls, bidi overrides and zero-width marks are removed, as from every text.
      expect(named(which, 'Trần\u202e Văn\u200b Bình\u0007')).toBe('Trần Văn Bình');
    }
  });

  it('refuses symbols, markup, formulas, emoji and letters of other alphabets', () => {
    for (const which of ['admin', 'own', 'cli'] as const) {
      for (const name of [
        '<b>Admin</b>',
        '=HYPERLINK("http://x")',
        'Hương ☎ 0912',
        'Mai 🙂',
        'Bình@vpcp',
        'A_B',
        'Nam #1',
      ])
        expect(named(which, name)).toBe(REFUSED);
      expect(named(which, '𝐍𝐠𝐮𝐲𝐞̂̃𝐧 𝐀')).toMatch(/chữ cái/);
      expect(named(which, 'Nguy\u0435n Văn A')).toMatch(/bảng chữ cái khác/);
    }
  });
});

describe('a person’s name wherever it reaches the people registry: the account’s rule (attacker pass 33)', () => {
  // A committee member typed on the committee page, an attendee typed or imported from a list sent from outside,
  // the one who attends in their place: each took any character, and a Cyrillic "А" made a second "Nguyễn Văn An"
  // in the chair and attendee pickers.
  const member = (personName: string) => {
    const r = addMemberSchema.safeParse({
      committeeId: '1',
      agencyId: '1',
      personName,
      position: 'member',
      validFrom: '01/02/2025',
    });
    return r.success ? r.data.personName : r.error.issues.map((i) => inVietnamese(i.message)).join(' ');
  };
  const attendee = (fullName: string, representedBy?: string) => {
    const r = attendeeDraftSchema.safeParse(
      representedBy === undefined ? { fullName } : { fullName, presence: 'represented', representedBy },
    );
    return r.success
      ? [r.data.fullName, r.data.representedBy].filter(Boolean).join(' / ')
      : r.error.issues.map((i) => inVietnamese(i.message)).join(' ');
  };
  const HOSTILE = ['<b>x</b>', '=HYPERLINK("http://x")', 'Hương ☎', 'Mai 🙂', 'Bình@vpcp', 'A_B'];

  it('keeps names as people write them', () => {
    expect(member('  Nguyễn  Văn\nThử ')).toBe('Nguyễn Văn Thử');
    expect(member('Lãnh đạo Sở Tư pháp')).toBe('Lãnh đạo Sở Tư pháp');
    expect(member('')).toBe(null);
    expect(attendee('Lê Văn An')).toBe('Lê Văn An');
    expect(attendee('Lê Văn Cường', 'Đinh Văn Em')).toBe('Lê Văn Cường / Đinh Văn Em');
    expect(attendee('O’Neil-Đặng (Jr.)')).toBe('O’Neil-Đặng (Jr.)');
  });

  it('refuses letters of other alphabets, symbols, markup and formulas', () => {
    expect(member('Nguyễn Văn \u0410n')).toMatch(/bảng chữ cái khác/);
    expect(attendee('Nguyễn Văn \u0410n')).toMatch(/bảng chữ cái khác/);
    expect(attendee('Lê Văn Cường', 'Đinh Văn \u0415m')).toMatch(/bảng chữ cái khác/);
    for (const name of HOSTILE) {
      expect(member(name)).toMatch(/chỉ gồm chữ cái, chữ số, khoảng trắng/);
      expect(attendee(name)).toMatch(/chỉ gồm chữ cái, chữ số, khoảng trắng/);
      expect(attendee('Lê Văn Cường', name)).toMatch(/chỉ gồm chữ cái, chữ số, khoảng trắng/);
    }
    // An attendee's name still has no digits, with its own message.
    expect(attendee('Văn thư 2')).toBe('Họ và tên không được chứa chữ số');
  });
});

describe('routeId: an id from a URL segment', () => {
  it('reads plain positive decimal ids up to the largest a row can have', () => {
    expect(routeId('1')).toBe(1);
    expect(routeId('12')).toBe(12);
    expect(routeId(String(MAX_ID))).toBe(MAX_ID);
  });

  it('names no row for anything else, so the page is "not found" instead of a query the database refuses', () => {
    for (const segment of [
      String(MAX_ID + 1),
      '99999999999999999999',
      '0',
      '-1',
      '+1',
      '01',
      '0x10',
      '1e3',
      '1.5',
      ' 1',
      '1 ',
      '',
      '٣',
      undefined,
      ['1'],
    ])
      expect(routeId(segment), String(segment)).toBeNull();
  });
});

describe('the length of a text is counted once composed (attacker pass 20)', () => {
  it('takes a name typed with decomposed accents that fits once composed, and stores it composed', () => {
    const composed = 'Nguyễn Thị Ánh Tuyết';
    const decomposed = composed.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(composed.length);
    expect(requiredText(composed.length, 'Họ tên').parse(decomposed)).toBe(composed);
    expect(optionalText(composed.length, 'Ghi chú').parse(decomposed)).toBe(composed);
    expect(requiredText(composed.length - 1, 'Họ tên').safeParse(decomposed).success).toBe(false);
  });
});

describe('numbers from forms: decimal digits or nothing (attacker pass 20)', () => {
  it('reads ids and versions written as a form writes them, and numbers sent as JSON', () => {
    expect(id().parse('9')).toBe(9);
    expect(id().parse(' 12 ')).toBe(12);
    expect(id().parse(12)).toBe(12);
    expect(version.parse('3')).toBe(3);
  });
  it('refuses other spellings that z.coerce.number() took for numbers', () => {
    for (const spelling of [
      '0x9',
      '0X9',
      '9e0',
      '1e1',
      '+9',
      '0b1',
      '0o7',
      '',
      ' ',
      'Infinity',
      '9n',
      '٩',
      '９',
      '9\u00009',
    ]) {
      expect(id().safeParse(spelling).success, JSON.stringify(spelling)).toBe(false);
      expect(version.safeParse(spelling).success, JSON.stringify(spelling)).toBe(false);
    }
    expect(id().safeParse(String(MAX_ID + 1)).success).toBe(false);
    expect(id().safeParse('-3').success).toBe(false);
  });
  it('keeps each form its own message: an empty progress is not 0, a decimal session number is not a whole one', () => {
    const progress = taskUpdateSchema.safeParse({ taskId: '1', version: '1', status: 'in_progress', progress: '' });
    expect(progress.success).toBe(false);
    expect(JSON.stringify(progress.error?.issues)).toContain('validation.tasks.progressNumber');
    const session = sessionFormSchema.safeParse({ committeeId: '1', number: '7.5' });
    expect(JSON.stringify(session.error?.issues)).toContain('validation.sessions.numberNotInteger');
  });
});

describe('isoDate: a calendar date', () => {
  const date = isoDate();
  it('takes dd/MM/yyyy and YYYY-MM-DD in the years 1900 to 2999', () => {
    expect(date.parse('05/03/2026')).toBe('2026-03-05');
    expect(date.parse('1900-01-01')).toBe('1900-01-01');
    expect(date.parse('2999-12-31')).toBe('2999-12-31');
  });
  it('takes the day first with "-" or "." too, and a two-digit year of this century; one message for what is no date', () => {
    expect(date.parse('01-12-2026')).toBe('2026-12-01');
    expect(date.parse('1.12.2026')).toBe('2026-12-01');
    expect(date.parse('1/12/26')).toBe('2026-12-01');
    expect(date.safeParse('1/12-2026').success).toBe(false);
    const refused = date.safeParse('ngày mai');
    expect(refused.error!.issues.map((i) => i.message)).toEqual([expect.stringContaining('validation.dateFormat')]);
  });
  it('refuses the year 0 (PostgreSQL has none: every page filtered by it gave a server error) and years past 2999', () => {
    for (const v of ['0000-01-01', '01/01/0000', '0099-12-31', '1899-12-31', '3000-01-01', '9999-12-31'])
      expect(date.safeParse(v).success, v).toBe(false);
    expect(date.safeParse('0000-01-01').error!.issues[0]!.message).toContain('validation.dateYears');
  });
});
