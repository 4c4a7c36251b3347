import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { EMPTY_ATTENDEE } from '@/lib/sessions/attendee-schema';
import { attendeesFormSchema } from '@/lib/sessions/schemas';
import type { z } from '@/lib/zod';
import { errorAt, flatErrors } from './field-errors';
import { formDataToObject } from './form-data';
import { inEnglish, inVietnamese } from '@/tests/i18n';

/** The browser's check of a form, as useActionForm runs it: zodResolver over the object its FormData makes. */
async function check(schema: z.ZodType, fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  const resolve = zodResolver(schema as z.ZodType<FieldValues, FieldValues>);
  const { errors } = await resolve(formDataToObject(data), undefined, {
    criteriaMode: 'all',
    fields: {},
    shouldUseNativeValidation: false,
  });
  return errors;
}

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
    expect(flatErrors(errors, inVietnamese)).toEqual({ 'rows.0.representedBy': 'Thiếu tên người dự thay' });
  });

  it('a bad name and a missing substitute: each under its field', async () => {
    const errors = await check(schema, row({ fullName: 'An 2', presence: 'represented' }));
    expect(errorAt(errors, 'rows.0.fullName', inVietnamese)).toBe('Họ và tên không được chứa chữ số');
    expect(errorAt(errors, 'rows.0.representedBy', inVietnamese)).toBe('Thiếu tên người dự thay');
  });

  it('two messages about the name are joined; a valid row has none', async () => {
    expect(errorAt(await check(schema, row({ fullName: '7' })), 'rows.0.fullName', inVietnamese)).toBe(
      'Họ và tên phải có ít nhất 2 ký tự · Họ và tên không được chứa chữ số',
    );
    expect(flatErrors(await check(schema, row({ fullName: '' })), inVietnamese)).toEqual({
      'rows.0.fullName': 'Thiếu họ và tên',
    });
    // Each message in the reader's language before they are joined.
    expect(errorAt(await check(schema, row({ fullName: '7' })), 'rows.0.fullName', inEnglish)).not.toMatch(
      /validation\.|[À-ỹ]/u,
    );
    const valid = row({ fullName: 'Trần Thị Bình', presence: 'represented', representedBy: 'Lê Văn Cường' });
    expect(flatErrors(await check(schema, valid), inVietnamese)).toEqual({});
  });

  it('a position too long is said under the position; a server error set beside a field reads the same', async () => {
    const errors = await check(schema, row({ fullName: 'Trần Thị Bình', positionTitle: 'x'.repeat(301) }));
    expect(Object.keys(flatErrors(errors, inVietnamese))).toEqual(['rows.0.positionTitle']);
    // react-hook-form's setError(name, { type: 'server', message }) leaves a node with a message and no types.
    const server = { rows: [{ fullName: { type: 'server', message: 'Điểm cầu không thuộc phiên họp này' } }] };
    expect(errorAt(server, 'rows.0.fullName', inVietnamese)).toBe('Điểm cầu không thuộc phiên họp này');
    expect(flatErrors(server, inVietnamese)).toEqual({ 'rows.0.fullName': 'Điểm cầu không thuộc phiên họp này' });
  });
});
