import { expect, test, type Page } from '@playwright/test';
import { stepAt, totpCode } from '../lib/auth/otp';
import { ACCOUNTS, PASSWORD, expectAccessible, screenshot, signIn } from './fixtures';

// Both tests sign in as the same agency head (the one the two-step test turns a second factor on for): one after the other.
test.describe.configure({ mode: 'serial' });

const codeAtStep = (secret: string, step: number) => totpCode(secret, new Date(step * 30_000 + 1_000));

async function waitForStep(page: Page, step: number) {
  const wait = step * 30_000 - Date.now();
  if (wait > 0) await page.waitForTimeout(wait + 500);
}

// An agency head turns on two-step verification, signs in again with a code, and turns it off.
test('two-step sign-in: enrol with an authenticator code, sign in with password and code, turn it off', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signIn(page, ACCOUNTS.botuphap);
  await page.getByRole('link', { name: /Vũ Thị Lan/ }).click();
  const card = page.getByRole('region', { name: 'Xác thực hai bước' });
  await expect(card.getByText('Chưa bật.')).toBeVisible();
  await card.getByRole('button', { name: 'Bật xác thực hai bước' }).click();

  await expect(card.getByRole('img', { name: /Mã QR/ })).toBeVisible();
  const secret = (await card.getByTestId('totp-secret').textContent())!.replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await expectAccessible(page);
  await screenshot(page, 'two-factor-enrol');

  // Turning it on asks for the current password (attacker pass 18): a wrong one is refused beside its field.
  const step = stepAt(new Date());
  await card.getByLabel('Mật khẩu hiện tại').fill('mat-khau-sai');
  await card.getByLabel('Mã xác thực').fill(codeAtStep(secret, step));
  await card.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(card.getByText('Mật khẩu hiện tại không đúng.')).toBeVisible();
  await card.getByLabel('Mật khẩu hiện tại').fill(PASSWORD);
  // A wrong code is refused beside the field; the right one turns it on.
  await card.getByLabel('Mã xác thực').fill(codeAtStep(secret, step + 5));
  await card.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(card.getByText(/Mã xác thực không đúng/)).toBeVisible();
  await card.getByLabel('Mã xác thực').fill(codeAtStep(secret, step));
  await card.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await expect(card.getByText(/Đã bật từ \d{2}\/\d{2}\/\d{4}/)).toBeVisible();

  // Signing in now takes the password, then a code.
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(ACCOUNTS.botuphap);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const code = page.getByLabel('Mã xác thực');
  await expect(code).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'two-factor-sign-in');
  // The code used to turn it on cannot be used again.
  await code.fill(codeAtStep(secret, step));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.locator('#sign-in-error')).toHaveText('Mã xác thực không đúng hoặc đã hết hạn.');
  await page.getByLabel('Mã xác thực').fill(codeAtStep(secret, step + 1));
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();

  // Turning it off needs a fresh code (the next one, once its time has come).
  await page.goto('/account');
  await waitForStep(page, step + 1);
  await card.getByLabel('Mã xác thực').fill(codeAtStep(secret, step + 2));
  await card.getByRole('button', { name: 'Tắt xác thực hai bước' }).click();
  await expect(card.getByText('Chưa bật.')).toBeVisible();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await signIn(page, ACCOUNTS.botuphap);
});

// The same agency head corrects how their name is written on their account page; the header says it at once. A name
// in another script's look-alike letters, or none, is refused beside the field and changes nothing.
test('one’s own name, position and phone: corrected on the account page, refused when not a name', async ({ page }) => {
  await signIn(page, ACCOUNTS.botuphap);
  await page.getByTestId('current-user').click();
  const card = page.getByRole('region', { name: 'Thông tin của bạn' });
  const name = card.getByLabel('Họ và tên');
  await expect(name).toHaveValue('Vũ Thị Lan');
  try {
    await name.fill('Nguy\u0435n Thị Lan');
    await card.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(card.getByText(/chữ cái tiếng Việt|bảng chữ/i)).toBeVisible();
    await name.fill('Vũ Thị Lan Anh');
    await card.getByLabel('Chức vụ').fill('Chánh Văn phòng');
    await card.getByLabel('Số điện thoại').fill('024 3823 1234');
    await card.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(card.getByRole('status')).toHaveText('Đã lưu thông tin của bạn.');
    await expect(page.getByTestId('current-user')).toContainText('Vũ Thị Lan Anh');
    await expectAccessible(page);
    await screenshot(page, 'account-profile');
    await page.reload();
    await expect(card.getByLabel('Chức vụ')).toHaveValue('Chánh Văn phòng');
  } finally {
    // The demo's values again, whatever happened above (other tests read this name).
    await page.goto('/account');
    await card.getByLabel('Họ và tên').fill('Vũ Thị Lan');
    await card.getByLabel('Chức vụ').fill('');
    await card.getByLabel('Số điện thoại').fill('');
    await card.getByRole('button', { name: 'Lưu thông tin' }).click();
    await expect(card.getByRole('status')).toBeVisible();
  }
});
