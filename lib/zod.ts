import { z } from 'zod';
import { msg, type MessageKey } from '@/lib/i18n/message';
import { withoutControls } from '@/lib/text';
import { VIETNAMESE_LETTERS } from './text-vocabulary';

export { withoutControls };

/**
 * Messages are catalogue keys (lib/i18n/message.ts), translated where they are shown: by `runAction` on the
 * server, by the form hook in the browser. A rule without its own message says what kind of problem it is.
 */
z.config({
  customError: (issue) => {
    const bound = (v: unknown) => (typeof v === 'number' || typeof v === 'bigint' ? Number(v) : undefined);
    const params: Record<string, number> = {};
    const min = bound((issue as { minimum?: unknown }).minimum);
    const max = bound((issue as { maximum?: unknown }).maximum);
    if (min !== undefined) params.minimum = min;
    if (max !== undefined) params.maximum = max;
    return msg(`validation.generic.${issue.code}` as MessageKey, params);
  },
});

/** A form label: a catalogue key (`fields.title`), or, until every schema is converted, the label itself. */
type Label = MessageKey | (string & {});

/**
 * Text as it will be stored: without control characters, and composed (NFC) before its length is counted. A name typed
 * with decomposed accents ("e" + U+0301, as some keyboards and PDFs give it) counted up to three times its length and
 * was refused as too long where the same name composed was not (attacker pass 20).
 */
const noControls = (v: unknown) => (typeof v === 'string' ? withoutControls(v).normalize('NFC') : v);

/** Trimmed text; empty becomes null. */
export const optionalText = (max: number, label: Label) =>
  z.preprocess(
    noControls,
    z
      .string()
      .trim()
      .max(max, { error: msg('validation.tooLong', { field: label, max }) })
      .nullish()
      .transform((v) => v || null),
  );

/**
 * A name written in Vietnamese's (Latin) letters: a letter of another script ("Bộ Tư ph\u0430p", with a Cyrillic "а")
 * shows exactly as a registry's name and is another body (attacker pass 18).
 */
const FOREIGN_LETTER = new RegExp(`(?=\\p{L})[^${VIETNAMESE_LETTERS}]`, 'u');
/** A letter outside the Vietnamese alphabet and English's (a Cyrillic "а", a Latin "ɑ", a full-width "ｐ"). */
export const hasForeignLetters = (value: string) => FOREIGN_LETTER.test(value.normalize('NFC'));
export const latinName = (max: number, label: Label) =>
  oneLine(max, label).refine((v) => !hasForeignLetters(v), {
    error: msg('validation.foreignLetters', { field: label }),
  });

/**
 * A person's name as an account shows it (on tasks, notices, emails and the audit trail): one line of letters, digits,
 * spaces and the punctuation names use. Controls, bidi and zero-width marks are removed first (`noControls`); what
 * was left was any other character: "<b>", "☎", "=HYPERLINK(…)", emoji and mathematical letters were names (attacker
 * pass 32).
 */
export const personName = (max: number, label: Label) =>
  latinName(max, label).refine((v) => PERSON_NAME.test(v), { error: msg('validation.personName', { field: label }) });
const PERSON_NAME = /^[\p{L}0-9 .,;'’()-]+$/u;

/**
 * Why a person's name is refused, or null: the one rule of `personName` for names that reach the people registry and
 * documents by other paths (a committee member named on the committee page, an attendee typed or imported from a
 * list sent from outside, the one who attends in their place). Each took any character: a Cyrillic "А" made a second
 * "Nguyễn Văn An" in the chair and attendee pickers, and "☎", "<b>" or "=HYPERLINK(…)" went into the minutes (attacker
 * pass 33).
 */
export function personNameProblem(name: string, label: Label): string | null {
  if (hasForeignLetters(name)) return msg('validation.foreignLetters', { field: label });
  if (!PERSON_NAME.test(name)) return msg('validation.personName', { field: label });
  return null;
}

/** An optional person's name (empty is none), on one line, under `personNameProblem`'s rule. */
export const optionalPersonName = (max: number, label: Label) =>
  optionalText(max, label)
    .transform((v) => (v === null ? null : v.replace(/\s+/g, ' ')))
    .superRefine((v, ctx) => {
      const problem = v === null ? null : personNameProblem(v, label);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A name on one line: line breaks and runs of spaces are one space (a name ended up on three lines of an email). */
export const oneLine = (max: number, label: Label) => requiredText(max, label).transform((v) => v.replace(/\s+/g, ' '));

export const requiredText = (max: number, label: Label) =>
  z.preprocess(
    noControls,
    z
      .string({ error: msg('validation.required', { field: label }) })
      .trim()
      .min(1, { error: msg('validation.required', { field: label }) })
      .max(max, { error: msg('validation.tooLong', { field: label, max }) }),
  );

/** The largest id a row can have (PostgreSQL's `integer`). */
export const MAX_ID = 2_147_483_647;

/**
 * An id from a URL segment (`/tasks/12`), or null: digits only, no sign, exponent, hex or spaces, 1 to `MAX_ID`.
 * Anything else is a page that does not exist (404), never a query the database refuses (500).
 */
export function routeId(segment: unknown): number | null {
  if (typeof segment !== 'string' || !/^[1-9][0-9]{0,9}$/.test(segment)) return null;
  const n = Number(segment);
  return n <= MAX_ID ? n : null;
}

/** A number as a form writes one: decimal digits, a minus, a decimal point and spaces around them, nothing else. */
const DIGITS = /^\s*-?\d{1,16}(?:\.\d{1,16})?\s*$/;

/**
 * A number from a form (a string) or JSON (a number), checked by `schema`. A string counts only when it is written in
 * decimal digits: `z.coerce.number()` read `0x9`, `9e0`, `+9`, `0b1`, `''` and `' '` as numbers (attacker pass 20), so an
 * id could be spelt many ways and an empty progress field was 0. Anything else reaches `schema` as it came, which
 * refuses it with the field's own message.
 */
export const fromDigits = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && DIGITS.test(v) ? Number(v) : v), schema);

/** A database id from a form (string) or JSON (number). */
export const id = (label: Label = 'fields.id') =>
  fromDigits(
    z
      .number({ error: msg('validation.invalid', { field: label }) })
      .int({ error: msg('validation.invalid', { field: label }) })
      .positive({ error: msg('validation.invalid', { field: label }) })
      .max(MAX_ID),
  );

/** An optional id: '' or missing becomes null. */
export const optionalId = (label: Label = 'fields.id') =>
  z.preprocess((v) => (v === '' || v === undefined || v === null ? null : v), id(label).nullable());

/** The years a date may fall in. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2999;

/**
 * A calendar date typed as dd/MM/yyyy (what users read and write here) or sent as YYYY-MM-DD (the
 * API); always 'YYYY-MM-DD' after parsing.
 */
export const isoDate = (label: Label = 'fields.date') =>
  z.preprocess(
    (v) => {
      if (typeof v !== 'string') return v;
      // Day first, as people here write it, with "/", "-" or "." ("01-12-2026", "1.12.2026"), and a two-digit year
      // of this century ("1/12/26").
      const m = /^\s*(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\s*$/.exec(v);
      if (!m) return v.trim();
      const year = m[4]!.length === 2 ? `20${m[4]}` : m[4]!;
      return `${year}-${m[3]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
    },
    z
      .string({ error: msg('validation.required', { field: label }) })
      .min(1, { error: msg('validation.required', { field: label }), abort: true })
      // One message for a date not written as one (it was three: its form, a day that does not exist, the years).
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg('validation.dateFormat', { field: label }), abort: true })
      .refine(
        (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        {
          error: msg('validation.dateMissing', { field: label }),
        },
      )
      // PostgreSQL has no year 0, and a day after 9999 has no 'YYYY-MM-DD': outside these years a date is a typo.
      .refine((v) => Number(v.slice(0, 4)) >= MIN_YEAR && Number(v.slice(0, 4)) <= MAX_YEAR, {
        error: msg('validation.dateYears', { field: label, from: String(MIN_YEAR), to: String(MAX_YEAR) }),
      }),
  );

/** A record's version, posted back in a hidden field: wrong only on a stale or altered page, which is what it says. */
export const version = fromDigits(
  z
    .number({ error: msg('validation.hiddenField') })
    .int({ error: msg('validation.hiddenField') })
    .min(1, { error: msg('validation.hiddenField') })
    .max(2_147_483_647, { error: msg('validation.hiddenField') }),
);

export { z };

/** A form with no fields of its own (a single button): nothing to check but that it is an object. */
export const noFields = z.object({});

/**
 * An email address as it is typed or pasted (decision 101): without invisible characters and white space (an address
 * holds none: "nguyen van a @moha.gov.vn" from a Word table, a non-breaking space from a web page), in lower case
 * ("NGUYEN.VAN.A@MOHA.GOV.VN" as a decision's annex writes it), then checked.
 */
export const emailAddress = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? withoutControls(v).replace(/\s+/gu, '').toLowerCase() : v),
    z
      .string({ error: message })
      .max(320, { error: message })
      .pipe(z.email({ error: message })),
  );
