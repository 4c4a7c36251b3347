/**
 * A same-site path to go back to after an action; anything else (other hosts, `//evil`) becomes "/". So does a path
 * with white space, control characters or a backslash anywhere: a browser drops a tab or line break from a URL
 * ("/\t/evil.com" is "//evil.com"), and a raw one is not a valid Location header. Other characters beyond ASCII
 * (a search's Vietnamese words) are percent-encoded.
 */
export function safeRedirectPath(value: unknown, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /^\/[/\\]|[\s\p{Cc}\p{Cf}\\]/u.test(value))
    return fallback;
  return value.replace(/[^\x21-\x7e]+/gu, (run) => encodeURIComponent(run));
}
