import { expect, test, type Page } from '@playwright/test';
import postgres from 'postgres';
import { createThrowawayDatabase, startApp, type AppServer } from '../scripts/lib/app-server';
import { expectAccessible, screenshot } from './fixtures';
import { startTestIdp, type TestIdp } from './oidc-idp';

/**
 * Single sign-on end to end (decision 030): a real OpenID Connect provider (`oidc-provider`) on 127.0.0.1, and a
 * second app server of its own, configured for it with local passwords turned off (the shared server of the other
 * specs has no provider, so their sign-in page is unchanged). The provider's account "vpcp" has the demo email of
 * the head of Văn phòng Chính phủ, written in capitals; "stranger" has an email no account has; "impostor" is another
 * person of the provider who gives the head's email; "admin" is the administrator.
 */
const IDP_PORT = Number(process.env.E2E_OIDC_PORT ?? 3291);
const APP_PORT = IDP_PORT + 1;
/**
 * The app by the name `localhost`: Next.js reports any loopback address as `localhost` in a route handler's request
 * URL, from which next-auth builds the callback it sends to the provider, so the app is registered and browsed under
 * that name (a real deployment has its own host name and AUTH_URL). The provider stays on 127.0.0.1: another host
 * for the browser's cookies, as a real provider is.
 */
const APP = `http://localhost:${APP_PORT}`;
const LABEL = 'Cổng định danh Bộ Nội vụ';
const STRANGER = 'nguoi.la@bonoivu.gov.vn';
const NEWCOMER = 'dang.thi.moi@bonoivu.gov.vn';

test.describe.configure({ mode: 'serial' });
// Its own server over its own PostgreSQL database whichever run this is: the embedded-database run would only
// repeat it (single sign-on does not depend on the database driver).
test.skip(process.env.E2E_DB === 'pglite', 'runs on its own PostgreSQL database, in the PostgreSQL run');

let idp: TestIdp | undefined;
let app: AppServer | undefined;
let db: Awaited<ReturnType<typeof createThrowawayDatabase>> = null;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  db = await createThrowawayDatabase('steering_oidc');
  idp = await startTestIdp({
    port: IDP_PORT,
    redirectUri: `${APP}/api/auth/callback/oidc`,
    accounts: {
      vpcp: { email: 'VPCP@Demo.gov.vn', name: 'Người của VPCP' },
      stranger: { email: STRANGER, name: 'Người lạ' },
      // Another person of the provider who registered with the head's address (attacker pass 28).
      impostor: { email: 'vpcp@demo.gov.vn', name: 'Người mạo danh' },
      admin: { email: 'admin@demo.gov.vn', name: 'Quản trị' },
      newcomer: { email: NEWCOMER, name: 'Cán bộ mới' },
    },
  });
  app = await startApp({
    port: APP_PORT,
    databaseUrl: db?.url ?? null,
    quiet: true,
    env: {
      // The public address, as a deployment sets it: the callback registered with the provider is built from it.
      AUTH_URL: APP,
      AUTH_OIDC_ISSUER: idp.issuer,
      AUTH_OIDC_CLIENT_ID: idp.clientId,
      AUTH_OIDC_CLIENT_SECRET: idp.clientSecret,
      AUTH_OIDC_NAME: LABEL,
      AUTH_PASSWORDS: 'off',
    },
  });
});

test.afterAll(async () => {
  await app?.stop();
  await idp?.stop();
  await db?.drop();
});

/** Clicks the app's button and signs in at the provider's own pages as `login`. */
async function signInAtProvider(page: Page, login: string) {
  await page.goto(`${APP}/sign-in`);
  await page.getByRole('button', { name: `Đăng nhập bằng ${LABEL}` }).click();
  await expect(page).toHaveURL(new RegExp(`^${idp!.issuer}/interaction/`));
  await page.getByPlaceholder('Enter any login').fill(login);
  await page.getByPlaceholder('and password').fill('anything');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  // The provider asks for consent the first time.
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('with passwords off, the sign-in page offers only single sign-on, and there is no password to reset', async ({
  page,
}) => {
  await page.goto(`${APP}/sign-in`);
  await expect(page.getByRole('button', { name: `Đăng nhập bằng ${LABEL}` })).toBeVisible();
  await expect(page.getByLabel('Mật khẩu')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Quên mật khẩu?' })).toHaveCount(0);
  await expectAccessible(page);
  await screenshot(page, 'sso-sign-in');
  expect((await page.request.get(`${APP}/forgot-password`)).status()).toBe(404);
  // Nor does a password sign-in posted straight to next-auth get through.
  const csrf = (await (await page.request.get(`${APP}/api/auth/csrf`)).json()) as { csrfToken: string };
  await page.request.post(`${APP}/api/auth/callback/credentials`, {
    form: { csrfToken: csrf.csrfToken, email: 'vpcp@demo.gov.vn', password: 'CaiCach@2024' },
    maxRedirects: 0,
  });
  await page.goto(`${APP}/`);
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a person the provider signs in lands signed in as the account with their email', async ({ page }) => {
  await signInAtProvider(page, 'vpcp');
  await expect(page).toHaveURL(`${APP}/`);
  await expect(page.getByTestId('current-user')).toContainText('Đầu mối cơ quan');
  // A session like a password sign-in's: its row is in user_sessions, and signing out ends it.
  if (db) {
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      const [row] = await sql<{ n: number }[]>`
        select count(*)::int as n from user_sessions s join users u on u.id = s.user_id
        where u.email = 'vpcp@demo.gov.vn' and s.ended_at is null`;
      expect(row!.n).toBe(1);
      const [audit] = await sql<{ n: number }[]>`
        select count(*)::int as n from audit_entries where action = 'auth.sign_in' and after->>'method' = 'oidc'`;
      expect(audit!.n).toBe(1);
    } finally {
      await sql.end();
    }
  }
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an email that matches no account is refused on a page that says so, audited, and nothing is created', async ({
  page,
}) => {
  await signInAtProvider(page, 'stranger');
  await expect(page).toHaveURL(new RegExp(`^${APP}/sign-in/refused\\?reason=unknown`));
  await expect(page.getByTestId('sso-refused')).toContainText('không khớp với tài khoản nào đang hoạt động');
  await expectAccessible(page);
  await screenshot(page, 'sso-refused');
  await page.goto(`${APP}/`);
  await expect(page).toHaveURL(/\/sign-in/);
  if (db) {
    const sql = postgres(db.url, { max: 1, onnotice: () => {} });
    try {
      expect(await sql`select id from users where email = ${STRANGER}`).toHaveLength(0);
      const refused = await sql<{ after: { email: string; reason: string } }[]>`
        select after from audit_entries where action = 'auth.sso_refused'`;
      expect(refused.map((r) => r.after)).toEqual([expect.objectContaining({ email: STRANGER, reason: 'unknown' })]);
    } finally {
      await sql.end();
    }
  }
});

test('another person of the provider giving a bound account’s email is refused, until the administrator unlinks it', async ({
  page,
}) => {
  // "vpcp" signed in above, which bound the account to that person of the provider.
  await signInAtProvider(page, 'impostor');
  await expect(page).toHaveURL(new RegExp(`^${APP}/sign-in/refused\\?reason=other_person`));
  await expect(page.getByTestId('sso-refused')).toContainText('đã gắn với một người khác');
  await expectAccessible(page);
  await screenshot(page, 'sso-refused-other-person');

  // The administrator (signing in by the provider too: passwords are off) unlinks the account from its user page.
  await page.context().clearCookies();
  await signInAtProvider(page, 'admin');
  await expect(page).toHaveURL(`${APP}/`);
  const sql = postgres(db!.url, { max: 1, onnotice: () => {} });
  const [head] = await sql<{ id: number }[]>`select id from users where email = 'vpcp@demo.gov.vn'`.finally(() =>
    sql.end(),
  );
  await page.goto(`${APP}/admin/users/${head!.id}`);
  await expect(page.getByTestId('user-sso')).toContainText(`Đã gắn với một người của ${idp!.issuer}`);
  await expectAccessible(page);
  await screenshot(page, 'sso-user-bound');
  await page.getByRole('button', { name: 'Gỡ liên kết đăng nhập một lần: vpcp@demo.gov.vn' }).click();
  // The account's row says so, and the button goes with the binding (as the two-step reset's does).
  await expect(page.getByTestId('user-sso')).toContainText('Chưa gắn');
  await expect(page.getByRole('button', { name: /Gỡ liên kết đăng nhập một lần/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // Now the next person of the provider with that email binds the account: here the one refused before.
  await page.context().clearCookies();
  await signInAtProvider(page, 'impostor');
  await expect(page).toHaveURL(`${APP}/`);
  await expect(page.getByTestId('current-user')).toContainText('Đầu mối cơ quan');
});

test('a person the administrator adds is sent the way to sign in, not a password link, and signs in by the provider', async ({
  page,
}) => {
  await signInAtProvider(page, 'admin');
  await expect(page).toHaveURL(`${APP}/`);
  await page.goto(`${APP}/admin/users`);
  await page.getByRole('link', { name: 'Thêm người dùng' }).click();
  await page.getByLabel('Email').fill(NEWCOMER);
  await page.getByLabel('Họ và tên').fill('Đặng Thị Mới');
  await page.getByLabel('Vai trò').selectOption({ label: 'Lãnh đạo' });
  await page.getByRole('button', { name: 'Tạo và gửi lời mời' }).click();
  await expect(page.getByText('Thư hướng dẫn đăng nhập một lần đã được gửi')).toBeVisible();
  await expect(page.getByTestId('user-password')).toHaveText('Không dùng: đăng nhập một lần');
  // No reset link to offer anyone: the button sends the sign-in invitation again.
  await page.getByRole('button', { name: `Gửi lại hướng dẫn đăng nhập: ${NEWCOMER}` }).click();
  await expect(page.getByText('Đã gửi lại hướng dẫn đăng nhập')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'sso-user-invited');
  const sql = postgres(db!.url, { max: 1, onnotice: () => {} });
  try {
    const mails = await sql<{ text: string }[]>`select text from email_outbox where to_address = ${NEWCOMER}`;
    expect(mails).toHaveLength(2);
    for (const { text } of mails) {
      expect(text).toContain(`Đăng nhập bằng ${LABEL}`);
      expect(text).toContain(`${APP}/sign-in`);
      expect(text).not.toContain('set-password');
    }
    expect(
      await sql`select l.id from password_links l join users u on u.id = l.user_id where u.email = ${NEWCOMER}`,
    ).toHaveLength(0);
  } finally {
    await sql.end();
  }
  expect((await page.request.get(`${APP}/set-password?token=${'a'.repeat(43)}`)).status()).toBe(404);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // The newcomer follows the email: the sign-in page, the provider, and in.
  await page.context().clearCookies();
  await signInAtProvider(page, 'newcomer');
  await expect(page).toHaveURL(`${APP}/`);
  await expect(page.getByTestId('current-user')).toContainText('Đặng Thị Mới');
});
