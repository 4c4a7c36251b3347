import { describe, expect, it } from 'vitest';
import { EMPTY_ATTENDEE } from '@/lib/sessions/attendee-schema';
import { attendeesFormSchema } from '@/lib/sessions/schemas';
import type { z } from '@/lib/zod';
import { issuesByPath, replaceField, shownErrors } from './field-errors';
import { formDataToObject } from './form-data';
import { inEnglish, inVietnamese } from '@/tests/i18n';

/** The browser's check of a form, as useActionForm runs it: the schema over the object its FormData makes. */
async function check(schema: z.ZodType, fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  const parsed = await schema.safeParseAsync(formDataToObject(data));
  return parsed.success ? null : issuesByPath(parsed.error.issues);
}
const shown = (checked: Record<string, string[]> | null, localize = inVietnamese) =>
  shownErrors(undefined, checked, localize);

/** The add-attendee form: one row. */
const row = (values: Partial<typeof EMPTY_ATTENDEE>) =>
  Object.fromEntries([
    ['sessionId', '1'],
    ['pointId', '2'],
    ['rows.0.personId', ''],
    ...Object.entries({ ...EMPTY_ATTENDEE, ...values }).map(([k, v]) => [`rows.0.${k}`, v]),
  ]);

describe('field errors of the browser check: each message under its own field', () => {
  const schema = attendeesFormSchema(false);

  it('a substitute left out is said under the substitute field only', async () => {
    const errors = await check(schema, row({ fullName: 'Nguyễn Văn An', presence: 'represented' }));
    expect(shown(errors)).toEqual({ 'rows.0.representedBy': 'Thiếu tên người dự thay' });
  });

  it('a bad name and a missing substitute: each under its field', async () => {
    const errors = shown(await check(schema, row({ fullName: 'An 2', presence: 'represented' })));
    expect(errors['rows.0.fullName']).toBe('Họ và tên không được chứa chữ số');
    expect(errors['rows.0.representedBy']).toBe('Thiếu tên người dự thay');
  });

  it('two messages about the name are joined; a valid row has none', async () => {
    expect(shown(await check(schema, row({ fullName: '7' })))['rows.0.fullName']).toBe(
      'Họ và tên phải có ít nhất 2 ký tự · Họ và tên không được chứa chữ số',
    );
    expect(shown(await check(schema, row({ fullName: '' })))).toEqual({ 'rows.0.fullName': 'Thiếu họ và tên' });
    // Each message in the reader's language before they are joined.
    expect(shown(await check(schema, row({ fullName: '7' })), inEnglish)['rows.0.fullName']).not.toMatch(
      /validation\.|[À-ỹ]/u,
    );
    const valid = row({ fullName: 'Trần Thị Bình', presence: 'represented', representedBy: 'Lê Văn Cường' });
    expect(await check(schema, valid)).toBeNull();
  });

  it('a position too long is said under the position only', async () => {
    const errors = await check(schema, row({ fullName: 'Trần Thị Bình', positionTitle: 'x'.repeat(301) }));
    expect(Object.keys(shown(errors))).toEqual(['rows.0.positionTitle']);
  });

  it('a form-wide issue is kept under "_", as the server puts it', () => {
    expect(
      issuesByPath([
        { path: [], message: 'a' },
        { path: ['rows', 0, 'x'], message: 'b' },
      ]),
    ).toEqual({
      _: ['a'],
      'rows.0.x': ['b'],
    });
  });
});

describe('the errors a form shows: the server answer, then the browser check', () => {
  const server = { 'rows.0.fullName': 'Điểm cầu không thuộc phiên họp này', email: 'Email đã được dùng' };

  it("the server's errors read as sent, in the reader's language", () => {
    expect(shownErrors(server, null, inVietnamese)).toEqual(server);
  });

  it("the browser's newer check wins where both speak, and adds its own fields", () => {
    const checked = { email: ['Email không hợp lệ'], name: ['Thiếu tên'] };
    expect(shownErrors(server, checked)).toEqual({
      'rows.0.fullName': server['rows.0.fullName'],
      email: 'Email không hợp lệ',
      name: 'Thiếu tên',
    });
  });
});

describe('checking one changed field again', () => {
  const before = { title: ['Thiếu tên'], 'agenda.0.title': ['Thiếu nội dung'], 'agenda.1.title': ['Quá dài'] };

  it('a fixed field loses its message; the other fields keep theirs, whatever the new check says of them', () => {
    const fresh = { 'agenda.1.title': ['Quá dài'], decision: ['Chọn đồng ý hoặc từ chối'] };
    expect(replaceField(before, fresh, 'title')).toEqual({
      'agenda.0.title': ['Thiếu nội dung'],
      'agenda.1.title': ['Quá dài'],
    });
  });

  it('a field made wrong gets its message; a list field names the fields under it', () => {
    expect(replaceField(null, { 'agenda.0.title': ['Thiếu nội dung'] }, 'agenda.0.title')).toEqual({
      'agenda.0.title': ['Thiếu nội dung'],
    });
    expect(replaceField(before, { 'agenda.1.title': ['Quá dài'] }, 'agenda')).toEqual({
      title: ['Thiếu tên'],
      'agenda.1.title': ['Quá dài'],
    });
    // Not a field whose name only begins the same way.
    expect(replaceField({ agendaNote: ['x'] }, null, 'agenda')).toEqual({ agendaNote: ['x'] });
  });

  it('nothing left is no errors at all', () => {
    expect(replaceField({ title: ['Thiếu tên'] }, null, 'title')).toBeNull();
  });
});
