import { describe, expect, it } from 'vitest';
import { EMPTY_ATTENDEE } from './attendee-schema';
import { attendeeFieldErrors as byKey } from './attendee-field-errors';
import { inEnglish, inVietnamese } from '@/tests/i18n';

/** As the add form calls it in the browser: each message in the reader's language (here Vietnamese). */
const attendeeFieldErrors = (row: Parameters<typeof byKey>[0]) => byKey(row, inVietnamese);

describe('attendeeFieldErrors: each message under its own field', () => {
  it('a substitute left out is said under the substitute field only', () => {
    const errors = attendeeFieldErrors({ ...EMPTY_ATTENDEE, fullName: 'Nguyễn Văn An', presence: 'represented' });
    expect(errors).toEqual({ representedBy: 'Thiếu tên người dự thay' });
  });

  it('a bad name and a missing substitute: each under its field', () => {
    const errors = attendeeFieldErrors({ ...EMPTY_ATTENDEE, fullName: 'An 2', presence: 'represented' });
    expect(errors.fullName).toBe('Họ và tên không được chứa chữ số');
    expect(errors.representedBy).toBe('Thiếu tên người dự thay');
  });

  it('two messages about the name are joined; a valid row has none', () => {
    expect(attendeeFieldErrors({ ...EMPTY_ATTENDEE, fullName: '7' }).fullName).toBe(
      'Họ và tên phải có ít nhất 2 ký tự · Họ và tên không được chứa chữ số',
    );
    expect(attendeeFieldErrors({ ...EMPTY_ATTENDEE, fullName: '' })).toEqual({ fullName: 'Thiếu họ và tên' });
    expect(
      attendeeFieldErrors({
        ...EMPTY_ATTENDEE,
        fullName: 'Trần Thị Bình',
        presence: 'represented',
        representedBy: 'Lê Văn Cường',
      }),
    ).toEqual({});
  });

  it('says each message in the reader’s language, before two are joined', () => {
    expect(byKey({ ...EMPTY_ATTENDEE, fullName: '7' }, inEnglish).fullName).toBe(
      'Full name must be at least 2 characters · Full name must not contain digits',
    );
  });

  it('a position too long is said under the position', () => {
    const errors = attendeeFieldErrors({
      ...EMPTY_ATTENDEE,
      fullName: 'Trần Thị Bình',
      positionTitle: 'x'.repeat(301),
    });
    expect(Object.keys(errors)).toEqual(['positionTitle']);
  });
});
