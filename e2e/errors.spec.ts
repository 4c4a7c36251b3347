import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from './fixtures';

// The app's own route handlers (downloads, people search) answer refusals as problem details in the reader's
// language, never with an internal message (lib/http/route.ts).
test('route handlers: a refusal and a missing file are problem details, in Vietnamese then in English', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.bonoivu);

  const refused = await page.request.get('/api/people?q=nguy');
  expect(refused.status()).toBe(403);
  expect(refused.headers()['content-type']).toContain('application/problem+json');
  expect(await refused.json()).toMatchObject({
    status: 403,
    code: 'forbidden',
    title: 'Không có quyền',
    detail: 'Bạn không có quyền thực hiện thao tác này.',
  });

  const missing = await page.request.get('/api/evidence/999999');
  expect(missing.status()).toBe(404);
  expect(await missing.json()).toMatchObject({ code: 'not_found', detail: 'Không tìm thấy tệp.' });

  await page.context().addCookies([{ name: 'locale', value: 'en', url: new URL(page.url()).origin }]);
  const english = await page.request.get('/api/evidence/999999');
  expect(english.status()).toBe(404);
  expect(await english.json()).toMatchObject({
    title: 'Not found',
    detail: 'There is no such file, or you may not see it.',
    i18n: { vi: { detail: 'Không tìm thấy tệp.' } },
  });
});
