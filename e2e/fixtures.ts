import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { SmtpSink } from '../scripts/lib/smtp-sink';

export const PASSWORD = 'CaiCach@2024';
export const ACCOUNTS = {
  admin: 'admin@demo.gov.vn',
  secretariat: 'thuky@demo.gov.vn',
  leader: 'lanhdao@demo.gov.vn',
  tuyenquang: 'tuyenquang@demo.gov.vn',
  bonoivu: 'bonoivu@demo.gov.vn',
  vpcp: 'vpcp@demo.gov.vn',
  /** UBND tỉnh Hà Giang ended on 30/06/2025: a read-only account (decision 022). */
  hagiang: 'hagiang@demo.gov.vn',
  /** Used only by the two-step sign-in test, which turns a second factor on and off again. */
  botuphap: 'botuphap@demo.gov.vn',
} as const;

/** Signs in through the sign-in form, as a person would. */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** No WCAG 2.1 A/AA violations that axe can detect. */
export async function expectAccessible(page: Page) {
  // Wait for the page to settle after a server action re-render (the title is part of what axe checks).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

/**
 * A session number of the test's own, filled in the new-session form: tests running side by side would
 * otherwise take the same suggested next number, and one of them be refused as a duplicate.
 */
export async function ownSessionNumber(page: Page): Promise<string> {
  // From 1000, so that no test's session reads as the demo's "Phiên họp thứ 7 …" to a pattern.
  const number = String(1000 + Math.floor(Math.random() * 9000));
  await page.getByLabel('Số phiên họp').fill(number);
  return number;
}

/**
 * HTML without React's bookkeeping of the server-action forms in it: their numbering (`$ACTION_REF_30`) counts the
 * forms of the whole page, header and other rows included, in render order, and says nothing of the form itself.
 */
export const withoutActionIds = (html: string) =>
  html.replace(/\$ACTION_(REF_)?\d+/g, '$ACTION_$1n').replace(/(name="\$ACTION_KEY" value=")[^"]*"/g, '$1"');

/** A page's main content without scripts, nonces or action numbering: what a snapshot compares. */
export const mainOf = (html: string) =>
  withoutActionIds(
    /<main[\s\S]*?<\/main>/.exec(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/ nonce="[^"]*"/g, ''))?.[0] ??
      '',
  );

/** The path of the newest set-password link the SMTP sink received for `email` (the mail is quoted-printable). */
export async function linkFromSink(sink: SmtpSink, email: string): Promise<string> {
  let path = '';
  await expect
    .poll(
      () => {
        const mail = [...sink.mails].reverse().find((m) => m.to.includes(email));
        const body = mail?.data.replace(/=\r\n/g, '').replace(/=3D/g, '=') ?? '';
        path = /\/set-password\?token=[A-Za-z0-9_-]{43}/.exec(body)?.[0] ?? '';
        return path;
      },
      { timeout: 60_000, message: `an invitation to ${email}` },
    )
    .not.toBe('');
  return path;
}

/** Opens a set-password link, chooses the password, and signs in with it. */
export async function acceptLink(page: Page, path: string, email: string, password: string) {
  await page.goto(path);
  await expect(page.getByText(`Tài khoản: ${email}`)).toBeVisible();
  await page.getByLabel('Mật khẩu mới', { exact: true }).fill(password);
  await page.getByLabel('Nhập lại mật khẩu mới', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đặt mật khẩu' }).click();
  await expect(page).toHaveURL(/\/sign-in\?password=set$/);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}
