/**
 * A new deployment brings in real people (decision 101): on an empty database with no demo, the first administrator
 * imports a real published list (QĐ 404/QĐ-TTg's working group, tests/fixtures/people/SOURCES.md; the members whose
 * ministries are still in operation) as it arrives from a Word table on macOS: decomposed accents, non-breaking spaces,
 * "Thuỷ" with the older tone placement, a closing ";", addresses in capitals with a space before the @. The people
 * are listed and found however their names are typed; one of them takes the invitation, sets a password and signs in.
 *
 * Its own server (the standalone build) on its own database and SMTP sink, as e2e/from-empty.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createThrowawayDatabase, startApp, type AppServer } from '../scripts/lib/app-server';
import { startSmtpSink, type SmtpSink } from '../scripts/lib/smtp-sink';
import { acceptLink, expectAccessible, linkFromSink, screenshot } from './fixtures';

const PORT = Number(process.env.E2E_PEOPLE_PORT ?? 3293);
const SMTP_PORT = Number(process.env.E2E_PEOPLE_SMTP_PORT ?? 2593);
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN = { email: 'quantri@cchc.gov.vn', password: 'Sông Lô chảy qua Tuyên Quang 2026' };
const MEMBER_PASSWORD = 'Ruộng bậc thang Mù Cang Chải vàng óng';

test.describe.configure({ mode: 'serial' });

let app: AppServer | undefined;
let sink: SmtpSink | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let databaseUrl = '';

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const db = await createThrowawayDatabase('steering_people');
  if (!db) throw new Error('PostgreSQL is not reachable');
  databaseUrl = db.url;
  dropDatabase = db.drop;
  sink = await startSmtpSink(SMTP_PORT);
  app = await startApp({
    port: PORT,
    databaseUrl,
    quiet: true,
    env: { SEED_DEMO: 'false', SMTP_URL: sink.url, APP_URL: BASE, MAIL_FROM: 'cchc@cchc.gov.vn' },
  });
});

test.afterAll(async () => {
  await app?.stop();
  await sink?.close();
  await dropDatabase?.();
});

async function newPage(browser: Browser, width = 1280): Promise<Page> {
  return (await browser.newContext({ baseURL: BASE, viewport: { width, height: 844 } })).newPage();
}

/** QĐ 404/QĐ-TTg's members of ministries still in operation, as pasted from Word on macOS. */
function pastedList(): string {
  const [header, ...rows] = readFileSync('tests/fixtures/people/qd-404-ttg-to-cong-tac-quy-hoach.csv', 'utf8')
    .trim()
    .split('\n');
  const kept = rows.filter((r) => /;(Bộ Tài chính|Bộ Công Thương|Bộ Xây dựng|Bộ Văn hóa|Bộ Tư pháp|Văn phòng)/.test(r));
  return [
    header,
    ...kept.map((row) => {
      const cells = row.split(';');
      cells[1] = `${cells[1]!.replace('Thủy', 'Thuỷ').replace(' ', '\u00a0')}`.normalize('NFD');
      cells[3] = cells[3]!.replace('hóa', 'hoá');
      cells[4] = cells[4]!.replace('@', ' @');
      return cells.join(';');
    }),
  ].join('\r\n');
}

test('a real list, pasted as it arrives, brings in its people; one of them signs in', async ({ browser }) => {
  test.setTimeout(240_000);
  const made = spawnSync(
    'node_modules/.bin/tsx',
    [
      '--import',
      './scripts/lib/server-only.mjs',
      'scripts/admin-create.ts',
      '--email',
      ADMIN.email,
      '--name',
      'Lê Quản Trị',
    ],
    { encoding: 'utf8', env: { ...process.env, APP_URL: BASE, DATABASE_URL: databaseUrl } },
  );
  expect(made.status, made.stderr).toBe(0);
  const adminLink = new URL(/https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]{43}/.exec(made.stdout)![0]);
  const admin = await newPage(browser);
  await acceptLink(admin, `${adminLink.pathname}${adminLink.search}`, ADMIN.email, ADMIN.password);

  await admin.goto('/admin/users/import');
  await admin.getByLabel('Tệp CSV hoặc XLSX').setInputFiles({
    name: 'to-cong-tac-luat-quy-hoach.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(pastedList(), 'utf8'),
  });
  await admin.getByRole('button', { name: 'Xem trước', exact: true }).click();
  // Every row read: the ministries as the decision writes them ("Bộ Văn hoá" too), the addresses with their space.
  await expect(admin.getByText('6 dòng · 0 dòng có lỗi')).toBeVisible();
  const rows = admin.getByTestId('import-row');
  await expect(rows).toHaveCount(6);
  await expect(admin.getByTestId('import-table')).toContainText('Trịnh Thị Thuỷ');
  await expectAccessible(admin);
  await screenshot(admin, 'real-people-preview');
  await admin.getByRole('button', { name: 'Nhập 6 người dùng' }).click();
  await expect(admin.getByText('Đã tạo 6 người dùng')).toBeVisible();
  await screenshot(admin, 'real-people-imported');

  // The people, found however their names are typed: the new tone placement, a closing dot, "Bộ Tư pháp.".
  const search = async (q: string) => {
    await admin.goto(`/admin/users?q=${encodeURIComponent(q)}`);
    return admin.getByRole('table').first();
  };
  await expect(await search('Trịnh Thị Thủy')).toContainText('Trịnh Thị Thuỷ');
  await expect(await search('bo tu phap.')).toContainText('Phan Chí Hiếu');
  const list = await search('');
  for (const name of [
    'Huỳnh Quang Hải',
    'Cao Quốc Hưng',
    'Phan Thị Mỹ Linh',
    'Trịnh Thị Thuỷ',
    'Phan Chí Hiếu',
    'Đinh Dũng Sỹ',
  ])
    await expect(list).toContainText(name);
  // Stored composed, with a plain space and the address in lower case.
  await expect(list).toContainText('tct-qh-11@example.gov.vn');
  await expectAccessible(admin);
  await screenshot(admin, 'real-people-users');
  await admin.setViewportSize({ width: 390, height: 844 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(admin, 'real-people-users-phone');

  // Phan Chí Hiếu takes his invitation on his phone, chooses a password and signs in.
  const member = await newPage(browser, 390);
  await acceptLink(
    member,
    await linkFromSink(sink!, 'tct-qh-11@example.gov.vn'),
    'tct-qh-11@example.gov.vn',
    MEMBER_PASSWORD,
  );
  await expect(member.getByRole('heading', { name: 'Xin chào, Phan Chí Hiếu' })).toBeVisible();
  expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(member, 'real-people-member-home-phone');
});
