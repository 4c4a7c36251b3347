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
 * The errors a form shows, by path: the server's answer for the fields not edited since, then the browser's
 * check (newer, so it wins where both speak).
 */
export function shownErrors(
  server: Record<string, string> | undefined,
  edited: ReadonlySet<string>,
  checked: Record<string, string[]> | null,
  localize: Localize = same,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(server ?? {})) {
    const shown = edited.has(path) ? undefined : messageOf(message, localize);
    if (shown) out[path] = shown;
  }
  for (const [path, messages] of Object.entries(checked ?? {})) {
    const shown = messageOf(messages, localize);
    if (shown) out[path] = shown;
  }
  return out;
}
