/**
 * Messages by key. The domain (lib/) never says a sentence to a user: it raises an AppError or a zod issue whose
 * message is a catalogue key with its parameters, packed in one string by `msg`, and the edge (server actions,
 * route handlers, the API, the form hook in the browser) translates it once, in the reader's language, with
 * `localize`. A string that is not a known key passes through unchanged (the parser's notes, which quote the
 * document, are Vietnamese by nature).
 *
 * Browser-safe: imports nothing but types.
 */
import type { Messages } from './vi';

/** Dotted paths of the catalogue's leaves: 'errors.tasks.notFound', 'validation.required', … */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Pick<Messages, 'errors' | 'validation' | 'fields'>>;
export type MessageParams = Record<string, string | number>;
/** What a translator must offer: next-intl's `createTranslator`/`useTranslations` results do. */
export type Translate = {
  (key: string, params?: MessageParams): string;
  has(key: string): boolean;
};

const SEPARATOR = '?';

/**
 * A message for the reader, as a string: `errors.tasks.tooLong?max=200`. A parameter whose value is itself a key
 * (`field=fields.title`) is translated first, so labels travel as keys too.
 */
export function msg(key: MessageKey, params?: MessageParams): string {
  if (!params) return key;
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) query.set(k, String(v));
  return `${key}${SEPARATOR}${query.toString()}`;
}

/** The key and parameters of a message made by `msg`; null for anything else (plain text). */
export function parseMessage(message: string): { key: string; params: Record<string, string> } | null {
  const at = message.indexOf(SEPARATOR);
  const key = at < 0 ? message : message.slice(0, at);
  if (!/^(?:errors|validation|fields)(?:\.[A-Za-z0-9_]+)+$/.test(key)) return null;
  const params: Record<string, string> = {};
  if (at >= 0) for (const [k, v] of new URLSearchParams(message.slice(at + 1))) params[k] = v;
  return { key, params };
}

/**
 * The message in the reader's language. Numeric parameters stay numbers (so ICU plurals and number formats apply),
 * parameters naming a key are translated, a `field` parameter (a form label) is written in lower case as it reads
 * inside a sentence, and the sentence starts with a capital (a label may open it).
 */
export function localize(message: string, t: Translate, extra: MessageParams = {}): string {
  const parsed = parseMessage(message);
  if (!parsed || !t.has(parsed.key)) return message;
  const params: MessageParams = { ...extra };
  for (const [k, v] of Object.entries(parsed.params)) {
    if (/^-?\d+(?:\.\d+)?$/.test(v)) params[k] = Number(v);
    else {
      const inner = parseMessage(v);
      const text = inner && t.has(inner.key) ? t(inner.key) : v;
      params[k] = k === 'field' ? lowerLabel(text) : text;
    }
  }
  const text = t(parsed.key, params);
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** "Ngày họp" -> "ngày họp"; an acronym ("URL", "CSV") stays. */
function lowerLabel(label: string): string {
  return /^\p{Lu}{2}/u.test(label) ? label : label.charAt(0).toLocaleLowerCase() + label.slice(1);
}

/** Every message of a map (field errors) localized. */
export function localizeAll(messages: Record<string, string> | undefined, t: Translate) {
  if (!messages) return messages;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(messages)) out[k] = localize(v, t);
  return out;
}
