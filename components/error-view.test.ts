import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '@/lib/i18n/error-messages';
import { ErrorView, errorDigest } from './error-view';

const render = (error: unknown, locale: 'vi' | 'en' = 'vi', onRetry?: () => void) =>
  renderToStaticMarkup(createElement(ErrorView, { t: errorMessages(locale), error, onRetry }));

describe('ErrorView', () => {
  const serverError = Object.assign(new Error('relation "tasks" does not exist\nparams: 42,Nguyễn Văn A'), {
    digest: '2417361551',
  });

  it('shows the digest as a reference code, "Thử lại" and a link home, never the message or the stack', () => {
    const html = render(serverError, 'vi', () => {});
    expect(html).toContain('Hệ thống đang gặp sự cố');
    expect(html).toContain('Mã tham chiếu');
    expect(html).toContain('2417361551');
    expect(html).toMatch(/<button[^>]*>Thử lại<\/button>/);
    expect(html).toMatch(/<a href="\/"[^>]*>Về trang chủ<\/a>/);
    expect(html).not.toMatch(/relation|tasks|params|Nguyễn|at /);
  });

  it('speaks English to English readers', () => {
    const html = render(serverError, 'en', () => {});
    expect(html).toContain('Reference code');
    expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
    expect(html).not.toContain('Thử lại');
  });

  it('shows no reference for an error without a digest (thrown in the browser), and no button without retry', () => {
    const html = render(new Error('boom'));
    expect(html).not.toContain('Mã tham chiếu');
    expect(html).not.toContain('boom');
    expect(html).not.toContain('<button');
  });
});

describe('errorDigest', () => {
  it('is the digest string of a server error, else nothing', () => {
    expect(errorDigest(Object.assign(new Error('x'), { digest: 'abc' }))).toBe('abc');
    for (const e of [new Error('x'), 'text', null, undefined, { digest: 42 }, { digest: '' }])
      expect(errorDigest(e)).toBeUndefined();
  });
});
