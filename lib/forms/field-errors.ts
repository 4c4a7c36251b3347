/**
 * A form's field errors, by dotted path (`rows.0.fullName`): the browser's check keeps every message of a field
 * (a name both too short and with a digit says both), the server sends one. Pure, so the rules are tested
 * without a browser.
 */

type Localize = (message: string) => string;
const same: Localize = (m) => m;

/** Every message of the browser's check under its field's dotted path; a form-wide issue under `_`, as the
 * server's `zodFieldErrors` puts it. */
export function issuesByPath(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of issues) (out[issue.path.map(String).join('.') || '_'] ??= []).push(issue.message);
  return out;
}

/** A field's messages, each in the reader's language, joined once each. */
export function messageOf(messages: readonly string[] | string | undefined, localize: Localize = same) {
  const all = (typeof messages === 'string' ? [messages] : (messages ?? [])).filter((m) => m !== '');
  return all.length ? [...new Set(all.map(localize))].join(' · ') : undefined;
}

/**
 * The errors a form shows, by path: the server's answer, then the browser's check (newer, so it wins where both
 * speak).
 */
export function shownErrors(
  server: Record<string, string> | undefined,
  checked: Record<string, string[]> | null,
  localize: Localize = same,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(server ?? {})) {
    const shown = messageOf(message, localize);
    if (shown) out[path] = shown;
  }
  for (const [path, messages] of Object.entries(checked ?? {})) {
    const shown = messageOf(messages, localize);
    if (shown) out[path] = shown;
  }
  return out;
}

/** The errors of `checked` with those of one field (and the fields under it) taken from `fresh`. */
export function replaceField(
  checked: Record<string, string[]> | null,
  fresh: Record<string, string[]> | null,
  name: string,
) {
  const mine = (path: string) => path === name || path.startsWith(`${name}.`);
  const out = Object.fromEntries(Object.entries(checked ?? {}).filter(([path]) => !mine(path)));
  for (const [path, messages] of Object.entries(fresh ?? {})) if (mine(path)) out[path] = messages;
  return Object.keys(out).length ? out : null;
}
