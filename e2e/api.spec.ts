import { expect, test } from '@playwright/test';
import { ACCOUNTS, PASSWORD, expectAccessible, screenshot, signIn } from './fixtures';

// A leader makes an API token for the Government's reporting system, uses it, and revokes it.
test('API token: created on the account page and shown once, works as a bearer token, revoked', async ({
  page,
  request,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await page.goto('/account');
  const card = page.getByRole('region', { name: 'Khóa API' });
  await card.getByLabel('Tên khóa (hệ thống sẽ dùng)').fill('Hệ thống báo cáo Chính phủ');
  await card.getByLabel('Thời hạn').selectOption('30');
  await card.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
  await card.getByRole('button', { name: 'Tạo khóa' }).click();
  const shown = card.getByTestId('new-token');
  await expect(shown).toHaveText(/^sct_[A-Za-z0-9_-]{43}$/);
  const token = (await shown.textContent())!;
  await expectAccessible(page);
  await screenshot(page, 'api-token-created');

  const overview = await request.get('/api/v1/reports/overview', {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(overview.status()).toBe(200);
  const figures = await overview.json();
  expect(figures.assigned).toBeGreaterThan(0);
  expect(figures.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  const anonymous = await request.get('/api/v1/reports/overview');
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['content-type']).toContain('application/problem+json');

  // Shown once: after a reload only its start is listed, with its last use.
  await page.reload();
  await expect(card.getByTestId('new-token')).toHaveCount(0);
  const row = card.getByRole('row', { name: /Hệ thống báo cáo Chính phủ/ }).first();
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText('Đang dùng');
  await expect(row).not.toContainText('Chưa dùng');

  await row.getByRole('button', { name: 'Thu hồi khóa Hệ thống báo cáo Chính phủ' }).click();
  await expect(card.getByRole('row', { name: /Hệ thống báo cáo Chính phủ/ }).first()).toContainText('Đã thu hồi');
  const after = await request.get('/api/v1/reports/overview', { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});

test('the API reference is readable without signing in and matches the OpenAPI document', async ({ page, request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  await page.goto('/api-docs');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(doc.info.title);
  for (const path of Object.keys(doc.paths)) {
    await expect(
      page.getByRole('heading', { name: new RegExp(`/api/v1${path.replace(/[{}]/g, '\\$&')}$`) }).first(),
    ).toBeVisible();
  }
  await expectAccessible(page);
  await screenshot(page, 'api-reference');
});
