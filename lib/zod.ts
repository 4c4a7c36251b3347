import { z } from 'zod';

// Vietnamese messages for any rule without its own message (ours are written per field).
z.config(z.locales.vi());

/**
 * Text without control characters (tab and line breaks stay). PostgreSQL cannot store NUL in text at all,
 * and no form has a reason to send the others; found by the fuzz tests (tests/fuzz.test.ts).
 */
export function withoutControls(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.charCodeAt(0);
    if (c >= 0x20 ? c !== 0x7f : c === 0x09 || c === 0x0a || c === 0x0d) out += ch;
  }
  return out;
}

const noControls = (v: unknown) => (typeof v === 'string' ? withoutControls(v) : v);

/** Trimmed text; empty becomes null. */
export const optionalText = (max: number, label: string) =>
  z.preprocess(
    noControls,
    z
      .string()
      .trim()
      .max(max, { error: `${label} tối đa ${max} ký tự.` })
      .nullish()
      .transform((v) => (v ? v.normalize('NFC') : null)),
  );

export const requiredText = (max: number, label: string) =>
  z.preprocess(
    noControls,
    z
      .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
      .trim()
      .min(1, { error: `Vui lòng nhập ${label.toLowerCase()}.` })
      .max(max, { error: `${label} tối đa ${max} ký tự.` })
      .transform((v) => v.normalize('NFC')),
  );

/** A database id from a form (string) or JSON (number). */
export const id = (label = 'Mã') =>
  z.coerce
    .number({ error: `${label} không hợp lệ.` })
    .int({ error: `${label} không hợp lệ.` })
    .positive({ error: `${label} không hợp lệ.` })
    .max(2_147_483_647);

/** An optional id: '' or missing becomes null. */
export const optionalId = (label = 'Mã') =>
  z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), id(label).nullable());

/**
 * A calendar date typed as dd/MM/yyyy (what users read and write here) or sent as YYYY-MM-DD (the
 * API); always 'YYYY-MM-DD' after parsing.
 */
export const isoDate = (label = 'Ngày') =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(v);
      return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : v.trim();
    },
    z
      .string({ error: `Vui lòng nhập ${label.toLowerCase()}.` })
      .min(1, { error: `Vui lòng nhập ${label.toLowerCase()}.` })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} phải có dạng ngày/tháng/năm, ví dụ 02/02/2024.` })
      .refine(
        (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        {
          error: `${label} không tồn tại.`,
        },
      ),
  );

export const version = z.coerce.number().int().min(1).max(2_147_483_647);

export { z };

/** A form with no fields of its own (a single button): nothing to check but that it is an object. */
export const noFields = z.object({});
