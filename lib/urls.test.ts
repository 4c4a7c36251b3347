import { describe, expect, it } from 'vitest';
import { badFrameworkHeader, decodablePath, forwardedFirst } from '@/proxy';
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

describe('forwardedFirst', () => {
  it('goes on with the first of a list of forwarded hosts or schemes (a list made next-auth answer 500)', () => {
    const h = forwardedFirst(
      new Headers({ 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'chidao.example.gov.vn, 127.0.0.1:3400' }),
    );
    expect([h.get('x-forwarded-proto'), h.get('x-forwarded-host')]).toEqual(['https', 'chidao.example.gov.vn']);
    expect(badFrameworkHeader(new Headers({ 'x-forwarded-proto': 'https, gopher' }))).toBe('x-forwarded-proto');
  });
});

describe('decodablePath', () => {
  it('refuses escapes that are not UTF-8, and lets every other path through', () => {
    for (const path of ['/tasks/%FF', '/api/v1/tasks/%C3%28', '/sessions/1/points/%E0%A4%A', '/a%'])
      expect(decodablePath(path), path).toBe(false);
    for (const path of ['/tasks/12', '/tasks/%D9%A3', '/t%C3%A0i', '/%20'])
      expect(decodablePath(path), path).toBe(true);
  });
});
