/**
 * How loud an error of next-auth's is in the log. A wrong password is the product working (the audit trail and the
 * sign-in limit count it); a cookie, CSRF token or action that a client made up or kept from an old key is the
 * client's fault, logged as a warning (attacker pass 20: a garbage session cookie on `/api/auth/session` wrote an
 * error line each time, so anyone could fill the error log and hide a real failure). Everything else is an error.
 * The minified build renames error classes, so the `type` next-auth sets is read, not the name.
 */
const SILENT = new Set(['CredentialsSignin']);
const CLIENT_CAUSED = new Set([
  'JWTSessionError',
  'MissingCSRF',
  'UnknownAction',
  'InvalidCheck',
  'InvalidCallbackUrl',
]);

export function authErrorLevel(error: Error): 'silent' | 'warn' | 'error' {
  const type = (error as { type?: string }).type ?? error.name;
  if (SILENT.has(type)) return 'silent';
  return CLIENT_CAUSED.has(type) ? 'warn' : 'error';
}
