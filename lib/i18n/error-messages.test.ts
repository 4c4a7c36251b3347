import { describe, expect, it } from 'vitest';
import { errorMessages, localeFromCookies } from './error-messages';

describe('localeFromCookies', () => {
  it('reads the locale cookie among others, Vietnamese unless it says English', () => {
    expect(localeFromCookies('locale=en')).toBe('en');
    expect(localeFromCookies('authjs.session-token=abc; locale=en; x=1')).toBe('en');
    expect(localeFromCookies(' locale = en ')).toBe('en');
    expect(localeFromCookies('locale=vi')).toBe('vi');
    for (const other of [
      null,
      undefined,
      '',
      'locale=fr',
      'locale=',
      'xlocale=en',
      'mylocale=en; a=b',
      'locale=english',
    ])
      expect(localeFromCookies(other), String(other)).toBe('vi');
  });
});

describe('errorMessages', () => {
  it('gives the English page only to English readers, Vietnamese to everyone else', () => {
    expect(errorMessages('en')).toMatchObject({ retry: 'Try again', home: 'Back to the home page' });
    for (const other of ['vi', undefined, 'fr', null])
      expect(errorMessages(other)).toMatchObject({ title: 'Hệ thống đang gặp sự cố', retry: 'Thử lại' });
  });

  it('has the same messages, all filled in, in both languages', () => {
    const vi = errorMessages('vi');
    const en = errorMessages('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const m of [vi, en]) for (const [k, v] of Object.entries(m)) expect(v.trim(), k).not.toBe('');
    for (const k of Object.keys(vi) as (keyof typeof vi)[]) expect(en[k], k).not.toBe(vi[k]);
  });
});
