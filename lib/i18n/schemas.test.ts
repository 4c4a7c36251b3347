import { describe, expect, it } from 'vitest';
import { localeCookieSecure } from './schemas';

describe('the language cookie over https only', () => {
  const prod = { NODE_ENV: 'production' };
  it('when the public address is https, by APP_URL as by AUTH_URL, or the proxy says https', () => {
    expect(localeCookieSecure(null, { ...prod, APP_URL: 'https://chidao.gov.vn' })).toBe(true);
    expect(localeCookieSecure(null, { ...prod, AUTH_URL: 'https://chidao.gov.vn' })).toBe(true);
    expect(localeCookieSecure('https', prod)).toBe(true);
    expect(localeCookieSecure('https, http', prod)).toBe(true);
  });
  it('not on a plain-http server, nor in development', () => {
    expect(localeCookieSecure('http', { ...prod, APP_URL: 'http://10.0.0.5:3000' })).toBe(false);
    expect(localeCookieSecure(null, prod)).toBe(false);
    expect(localeCookieSecure('https', { NODE_ENV: 'development', APP_URL: 'https://x.gov.vn' })).toBe(false);
  });
});
