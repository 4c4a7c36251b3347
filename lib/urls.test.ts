import { describe, expect, it } from 'vitest';
import { badFrameworkHeader } from '@/proxy';
import { safeRedirectPath } from './urls';

describe('safeRedirectPath', () => {
  it('keeps a same-site path, and encodes what is beyond ASCII', () => {
    expect(safeRedirectPath('/tasks?relation=lead')).toBe('/tasks?relation=lead');
    expect(safeRedirectPath('/tasks?q=Hà')).toBe('/tasks?q=H%C3%A0');
  });

  it('refuses other sites, and white space, control characters or backslashes a browser would read as one (attacker pass 17)', () => {
    for (const bad of [
      '//evil.com',
      '/\\evil.com',
      '/\t/evil.com',
      '/\n/evil.com',
      '/a\r\nSet-Cookie: x=1',
      '/a\\b',
      '/\u200e/x',
      'https://evil.com',
      5,
    ])
      expect(safeRedirectPath(bad)).toBe('/');
  });
});

describe('badFrameworkHeader', () => {
  it('refuses a list where the framework reads one value (a 500 before)', () => {
    const h = (init: Record<string, string>) => new Headers(init);
    expect(badFrameworkHeader(h({ host: 'chidao.example.gov.vn', 'x-forwarded-proto': 'https' }))).toBeNull();
    expect(badFrameworkHeader(h({ 'x-forwarded-proto': 'https, http' }))).toBe('x-forwarded-proto');
    expect(badFrameworkHeader(h({ 'x-forwarded-host': 'evil.com, 127.0.0.1:3400' }))).toBe('x-forwarded-host');
    expect(badFrameworkHeader(h({ host: '127.0.0.1:3400' }))).toBeNull();
  });
});
