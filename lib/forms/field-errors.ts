/**
 * Messages out of react-hook-form's error tree (the browser's check through zodResolver, with every message of a
 * field kept, and the server's field errors set beside it). Pure, so the rules are tested without a browser.
 */

type Node = { message?: unknown; types?: Record<string, unknown> } & Record<string, unknown>;

type Localize = (message: string) => string;
const same: Localize = (m) => m;

/**
 * A field's messages: all of them, each in the reader's language, joined (a name too short and with a digit says
 * both), else its one message.
 */
function messageOf(node: Node | undefined, localize: Localize): string | undefined {
  if (!node) return undefined;
  const all = Object.values(node.types ?? {})
    .flat()
    .filter((m): m is string => typeof m === 'string' && m !== '');
  if (all.length) return [...new Set(all.map(localize))].join(' · ');
  return typeof node.message === 'string' && node.message ? localize(node.message) : undefined;
}

/** The error of a (possibly nested) field, by its dotted path (`rows.0.fullName`). */
export function errorAt(errors: unknown, path: string, localize: Localize = same): string | undefined {
  let node = errors as Node | undefined;
  for (const part of path.split('.')) node = node?.[part] as Node | undefined;
  return messageOf(node, localize);
}

/** Every field's error by its dotted path. */
export function flatErrors(
  errors: unknown,
  localize: Localize = same,
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  if (!errors || typeof errors !== 'object') return out;
  const node = errors as Node;
  const message = prefix ? messageOf(node, localize) : undefined;
  if (message) out[prefix] ??= message;
  for (const [key, child] of Object.entries(node)) {
    if (key === 'ref' || key === 'types' || key === 'message' || key === 'type') continue;
    flatErrors(child, localize, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}
