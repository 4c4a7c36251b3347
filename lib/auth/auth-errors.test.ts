import { CredentialsSignin, JWTSessionError, MissingCSRF, MissingSecret, UntrustedHost } from '@auth/core/errors';
import { describe, expect, it } from 'vitest';
import { authErrorLevel } from './auth-errors';

describe("how loud next-auth's errors are in the log", () => {
  it('a made-up or stale session cookie is a warning, not an error line anyone can write (attacker pass 20)', () => {
    expect(authErrorLevel(new JWTSessionError('bad cookie'))).toBe('warn');
    expect(authErrorLevel(new MissingCSRF('no token'))).toBe('warn');
    // The minified build renames the class: the type next-auth sets still tells.
    const renamed = Object.assign(new JWTSessionError('x'), { name: 'k' });
    expect(authErrorLevel(renamed)).toBe('warn');
  });
  it('a wrong password says nothing; a server fault stays an error', () => {
    expect(authErrorLevel(new CredentialsSignin())).toBe('silent');
    expect(authErrorLevel(new MissingSecret('no secret'))).toBe('error');
    expect(authErrorLevel(new UntrustedHost('host'))).toBe('error');
    expect(authErrorLevel(new Error('database down'))).toBe('error');
  });
});
