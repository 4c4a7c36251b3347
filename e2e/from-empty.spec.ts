/**
 * Going live from an empty database, with no demo (issue 18), as a real secretariat would: `admin:create` on the
 * command line, the administrator's first password through the printed link, a committee and its members, the
 * secretariat, a leader and two users of one agency (a focal point and a staff member) invited by email (read
 * from an SMTP sink), a backlog sheet of 50 directives imported and one more directive assigned, an update drafted
 * by the staff member and submitted by the focal point, and the leader reading the figures.
 *
 * The spec runs its own server (the standalone build, on its own port) over its own database: a new PostgreSQL
 * database, or, on the embedded-database run (E2E_DB=pglite), a new PGlite folder. The server starts on the empty
 * database; `admin:create` runs while it serves (PostgreSQL) or while it is stopped (the embedded folder opens in one
 * process only).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createThrowawayDatabase, startApp, type AppServer } from '../scripts/lib/app-server';
import { startSmtpSink, type SmtpSink } from '../scripts/lib/smtp-sink';
import { acceptLink, expectAccessible, linkFromSink, screenshot } from './fixtures';

// Ports of its own (other checkouts on the machine may run this spec at the same time: set them apart).
const PORT = Number(process.env.E2E_EMPTY_PORT ?? 3290);
const SMTP_PORT = Number(process.env.E2E_EMPTY_SMTP_PORT ?? 2590);
const BASE = `http://127.0.0.1:${PORT}`;

test.describe.configure({ mode: 'serial' });

let app: AppServer | undefined;
let sink: SmtpSink | undefined;
let dropDatabase: (() => Promise<void>) | undefined;
let adminLink = '';
const storage: { env: Record<string, string>; databaseUrl: string | null } = { env: {}, databaseUrl: null };

/** Passwords of the journey's people (long passphrases: the rules refuse common ones). */
const PASSWORDS = {
  admin: 'Sông Lô chảy qua Tuyên Quang 2026',
  secretariat: 'Đèo Mã Pí Lèng mùa hoa tam giác mạch',
  leader: 'Thác Bản Giốc nước đổ trắng xóa',
  focal: 'Ruộng bậc thang Mù Cang Chải vàng óng',
  focal2: 'Vịnh Hạ Long có gần hai nghìn hòn đảo',
  staff: 'Hồ Ba Bể giữa núi rừng Bắc Kạn',
} as const;

/** The environment `admin:create` runs with: the server's database, and the address its link is built on. */
function commandEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, APP_URL: BASE };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  if (storage.databaseUrl) env.DATABASE_URL = storage.databaseUrl;
  else env.PGLITE_DIR = storage.env.PGLITE_DIR;
  return env;
}

/** The app on the spec's database, with no demo, sending mail to the sink. */
function start(): Promise<AppServer> {
  return startApp({
    port: PORT,
    databaseUrl: storage.databaseUrl,
    quiet: true,
    env: { ...storage.env, SEED_DEMO: 'false', SMTP_URL: sink!.url, APP_URL: BASE, MAIL_FROM: 'cchc@cchc.gov.vn' },
  });
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  if (process.env.E2E_DB === 'pglite') {
    storage.env.PGLITE_DIR = join(mkdtempSync(join(tmpdir(), 'steering-empty-')), 'pglite');
  } else {
    const db = await createThrowawayDatabase('steering_empty');
    if (!db) throw new Error('PostgreSQL is not reachable');
    storage.databaseUrl = db.url;
    dropDatabase = db.drop;
  }
  sink = await startSmtpSink(SMTP_PORT);
  // The server starts first on the empty database (it migrates it), as an operator would start it.
  app = await start();
});

test('a new deployment’s sign-in page says how to make the first administrator, and the command does it', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await newPage(browser);
  await page.goto('/sign-in');
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun.getByRole('heading', { name: 'Chưa có quản trị viên' })).toBeVisible();
  await expect(page.getByLabel('Mật khẩu')).toHaveCount(0);
  // The command is shown whole: wrapped, not cut off at the card's edge.
  const command = firstRun.locator('pre');
  await expect(command).toContainText('npm run admin:create -- --email quantri@co-quan.gov.vn --name "Họ và tên"');
  expect(await command.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // With the embedded database the command cannot open the folder while the server holds it: the page says so.
  const embedded = process.env.E2E_DB === 'pglite';
  await expect(page.getByTestId('first-run-embedded')).toHaveCount(embedded ? 1 : 0);
  await expectAccessible(page);
  await screenshot(page, 'first-run-sign-in');
  await page.close();

  // The first administrator, on the command line, as the page says: with PostgreSQL while the server runs; with the
  // embedded database the server is stopped first, and a command run while it holds the folder is refused.
  const run = () =>
    spawnSync(
      'node_modules/.bin/tsx',
      [
        '--import',
        './scripts/lib/server-only.mjs',
        'scripts/admin-create.ts',
        '--email',
        'quantri@cchc.gov.vn',
        '--name',
        'Lê Quản Trị',
      ],
      { encoding: 'utf8', env: commandEnv() },
    );
  if (embedded) {
    const refused = run();
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('đang được tiến trình');
    await app?.stop();
  }
  const made = run();
  expect(made.status, made.stderr).toBe(0);
  adminLink = /https?:\/\/\S+\/set-password\?token=[A-Za-z0-9_-]{43}/.exec(made.stdout)?.[0] ?? '';
  expect(adminLink, made.stdout).not.toBe('');
  if (embedded) app = await start();
});

test.afterAll(async () => {
  await app?.stop();
  await sink?.close();
  await dropDatabase?.();
});

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ baseURL: BASE })).newPage();
}

test('from an empty database: the first administrator signs in through the link admin:create printed', async ({
  browser,
}) => {
  const page = await newPage(browser);
  // No demo: the sign-in page does not list demo accounts.
  await page.goto('/sign-in');
  await expect(page.getByText('admin@demo.gov.vn')).toHaveCount(0);
  const url = new URL(adminLink);
  await acceptLink(page, `${url.pathname}${url.search}`, 'quantri@cchc.gov.vn', PASSWORDS.admin);
  // The first steps (decision 094), read from the empty database: nothing done, the committee first; email is set up.
  const steps = page.getByTestId('first-steps');
  await expect(steps.getByRole('heading', { name: 'Các bước đầu tiên' })).toBeVisible();
  await expect(page.getByTestId('first-steps-progress')).toHaveText('Đã xong 0/4 bước');
  const items = steps.getByRole('listitem');
  await expect(items).toHaveCount(5);
  await expect(items.first()).toHaveAttribute('aria-current', 'step');
  await expect(items.first()).toContainText('Tạo Ban Chỉ đạo');
  await expect(items.first()).toContainText('Chưa làm');
  await expect(page.getByTestId('first-step-mail')).toContainText('Đã cấu hình');
  await expect(
    page.getByTestId('first-step-session').getByRole('link', { name: 'Ghi nhận phiên họp đầu tiên' }),
  ).toHaveAttribute('href', '/sessions/new');
  await expectAccessible(page);
  await screenshot(page, 'from-empty-admin-home');
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(page, 'from-empty-admin-home-phone');
});

const AGENCY = 'Bộ Tư pháp';
const PEOPLE = {
  secretariat: { email: 'thuky@cchc.gov.vn', name: 'Phạm Thị Thư Ký' },
  leader: { email: 'lanhdao@cchc.gov.vn', name: 'Trần Văn Lãnh Đạo' },
  focal: { email: 'daumoi@moj.gov.vn', name: 'Hoàng Văn Đầu Mối' },
  focal2: { email: 'daumoi2@moj.gov.vn', name: 'Đinh Thị Đầu Mối Hai' },
  staff: { email: 'canbo@moj.gov.vn', name: 'Vũ Thị Cán Bộ' },
} as const;

/**
 * The office's backlog sheet, as offices keep them: a title above the header, 50 directives of real conclusion
 * notices with their lead agencies, deadlines written three ways, some done, some overdue.
 */
async function backlogWorkbook(): Promise<Buffer> {
  const leads = [AGENCY, 'Bộ Nội vụ', 'Văn phòng Chính phủ', 'Bộ Tài chính', 'UBND tỉnh Tuyên Quang'];
  const subjects = [
    'Rà soát, cắt giảm thủ tục hành chính trong lĩnh vực',
    'Hoàn thành việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính về',
    'Báo cáo Thủ tướng Chính phủ kết quả thực hiện phân cấp, phân quyền về',
    'Xây dựng cơ sở dữ liệu dùng chung phục vụ công tác',
    'Tổ chức đánh giá mức độ hài lòng của người dân đối với dịch vụ',
  ];
  const fields = [
    'hộ tịch',
    'đất đai',
    'đầu tư',
    'thuế',
    'bảo hiểm xã hội',
    'giáo dục',
    'y tế',
    'xây dựng',
    'tư pháp',
    'nội vụ',
  ];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi');
  ws.addRow(['BẢNG THEO DÕI TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO']);
  ws.addRow([]);
  ws.addRow([
    'STT',
    'Số, ký hiệu văn bản',
    'Ngày ban hành',
    'Nội dung nhiệm vụ',
    'Cơ quan chủ trì',
    'Cơ quan phối hợp',
    'Thời hạn',
    'Tình hình thực hiện',
    'Ngày hoàn thành',
  ]);
  for (let i = 0; i < 50; i++) {
    const lead = leads[i % leads.length]!;
    // Deadlines written three ways: dd/MM/yyyy, an Excel date, yyyy-MM-dd; a third of them already past.
    const past = i % 3 === 0;
    const year = past ? 2025 : 2027;
    const deadline = i % 3 === 0 ? `30/06/${year}` : i % 3 === 1 ? new Date(Date.UTC(year, 11, 31)) : `${year}-09-30`;
    const done = i % 10 === 4;
    ws.addRow([
      i + 1,
      `${100 + Math.floor(i / 5)}/TB-VPCP`,
      '15/01/2025',
      `${subjects[i % subjects.length]} ${fields[Math.floor(i / 5)]} (nhiệm vụ số ${i + 1}).`,
      lead,
      i % 4 === 0 ? 'Bộ Nội vụ; Văn phòng Chính phủ' : '',
      deadline,
      done ? 'Đã hoàn thành' : i % 2 ? 'Đang thực hiện' : 'Chưa thực hiện',
      done ? '20/05/2025' : '',
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('the administrator sets up a committee and invites the people; the office brings in its backlog; staff draft, a focal point submits, the leader reads the figures', async ({
  browser,
}) => {
  test.setTimeout(600_000);
  const admin = await newPage(browser);
  await admin.goto('/sign-in');
  await admin.getByLabel('Email').fill('quantri@cchc.gov.vn');
  await admin.getByLabel('Mật khẩu').fill(PASSWORDS.admin);
  await admin.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await expect(admin.getByTestId('current-user')).toBeVisible();

  // A committee of the ministry's own, and its members over time: the first of the first steps, followed from home.
  await admin.getByTestId('first-step-committee').getByRole('link', { name: 'Tạo Ban Chỉ đạo' }).click();
  await expect(admin).toHaveURL(/\/admin\/committees\/new$/);
  await admin.getByLabel('Mã', { exact: true }).fill('BCD-CCHC-BTP');
  await admin.getByLabel('Tên', { exact: true }).fill('Ban Chỉ đạo cải cách hành chính Bộ Tư pháp');
  await admin.getByLabel('Cơ quan thường trực').selectOption({ label: AGENCY });
  await admin.getByLabel('Quyết định thành lập').fill('Quyết định số 123/QĐ-BTP ngày 02/01/2025');
  await admin.getByLabel('Ngày bắt đầu').fill('02/01/2025');
  await expectAccessible(admin);
  await screenshot(admin, 'committee-new');
  await admin.getByRole('button', { name: 'Tạo Ban Chỉ đạo' }).click();
  await expect(
    admin.getByRole('heading', { level: 1, name: /Ban Chỉ đạo cải cách hành chính Bộ Tư pháp/ }),
  ).toBeVisible();
  const members = admin.getByRole('form', { name: 'Thêm thành viên' });
  await members.getByLabel('Hoặc nhập họ tên người mới').fill('Nguyễn Hải Ninh');
  await members.getByLabel('Chức vụ của người mới').fill('Bộ trưởng Bộ Tư pháp');
  await members.getByLabel('Vị trí trong Ban').selectOption({ label: 'Trưởng ban' });
  await members.getByLabel('Từ ngày').fill('02/01/2025');
  await members.getByRole('button', { name: 'Thêm' }).click();
  await expect(admin.getByText('Đã thêm thành viên.')).toBeVisible();
  await members.getByLabel('Cơ quan', { exact: true }).selectOption({ label: 'Văn phòng Chính phủ' });
  await members.getByLabel('Vị trí trong Ban').selectOption({ label: 'Ủy viên' });
  await members.getByLabel('Từ ngày').fill('02/01/2025');
  await members.getByRole('button', { name: 'Thêm' }).click();
  await expect(admin.getByRole('cell', { name: /Nguyễn Hải Ninh/ }).first()).toBeVisible();
  await expect(admin.getByRole('cell', { name: 'Văn phòng Chính phủ' }).first()).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, 'committee-page');
  // At phone width the end form is a narrow column (decision 094): the members' names keep most of the row.
  await admin.setViewportSize({ width: 390, height: 844 });
  const endForm = admin.getByRole('form', { name: /^Kết thúc: Nguyễn Hải Ninh/ });
  const endBox = (await endForm.boundingBox())!;
  const nameBox = (await admin
    .getByRole('cell', { name: /Nguyễn Hải Ninh/ })
    .first()
    .boundingBox())!;
  await screenshot(admin, 'committee-page-phone');
  expect(endBox.width).toBeLessThanOrEqual(120);
  expect(nameBox.width).toBeGreaterThan(endBox.width * 1.4);
  await admin.setViewportSize({ width: 1280, height: 720 });
  const committeePath = new URL(admin.url()).pathname;
  // Home: the committee and its members are done; the agencies' focal points are next.
  await admin.goto('/');
  await expect(admin.getByTestId('first-steps-progress')).toHaveText('Đã xong 2/4 bước');
  await expect(admin.getByTestId('first-step-committee')).toHaveAttribute('data-state', 'done');
  await expect(admin.getByTestId('first-step-committee')).toContainText('Đã xong');
  await expect(admin.getByTestId('first-step-members')).toContainText('Đã có 2 thành viên.');
  await expect(admin.getByTestId('first-step-agencyHeads')).toHaveAttribute('aria-current', 'step');
  await expectAccessible(admin);
  await screenshot(admin, 'first-steps-two-done');
  await admin.setViewportSize({ width: 390, height: 844 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(admin, 'first-steps-two-done-phone');
  await admin.setViewportSize({ width: 1280, height: 720 });
  await admin.goto(committeePath);
  // A second head at once is refused, saying who heads it; a day that is not one is said so.
  await members.getByLabel('Hoặc nhập họ tên người mới').fill('Trần Văn Khác');
  await members.getByLabel('Vị trí trong Ban').selectOption({ label: 'Trưởng ban' });
  await members.getByLabel('Từ ngày').fill('01/03/2025');
  await members.getByRole('button', { name: 'Thêm' }).click();
  await expect(admin.getByText(/đã có Trưởng ban Nguyễn Hải Ninh từ 02\/01\/2025/).first()).toBeVisible();
  await admin.goto(`${new URL(admin.url()).pathname}?on=31/02/2025`);
  await expect(admin.getByRole('alert').filter({ hasText: 'Ngày không hợp lệ' })).toBeVisible();
  await expect(admin.getByRole('cell', { name: /Nguyễn Hải Ninh/ }).first()).toBeVisible();

  // The secretariat and the leader, one by one through the form.
  for (const [who, role] of [
    ['secretariat', 'Thư ký Ban Chỉ đạo'],
    ['leader', 'Lãnh đạo'],
  ] as const) {
    await admin.goto('/admin/users');
    await admin.getByRole('link', { name: 'Thêm người dùng' }).click();
    await admin.getByLabel('Email').fill(PEOPLE[who].email);
    await admin.getByLabel('Họ và tên').fill(PEOPLE[who].name);
    await admin.getByLabel('Chức vụ').fill(who === 'leader' ? 'Thứ trưởng' : 'Chuyên viên chính');
    await admin.getByLabel('Vai trò').selectOption({ label: role });
    if (who === 'secretariat') {
      await expectAccessible(admin);
      await screenshot(admin, 'user-new');
    }
    await admin.getByRole('button', { name: 'Tạo và gửi lời mời' }).click();
    await expect(admin.getByText(/Đã tạo tài khoản/)).toBeVisible();
  }

  // The agency's two focal points and a staff member, from a pasted list (the bulk import).
  await admin.goto('/admin/users');
  await admin.getByRole('link', { name: 'Nhập từ tệp' }).click();
  await admin.getByLabel('Hoặc dán danh sách (có dòng tiêu đề)').fill(
    [
      'Họ và tên;Email;Chức vụ;Số điện thoại;Vai trò;Cơ quan;Nhiệm vụ',
      `${PEOPLE.focal.name};${PEOPLE.focal.email};Phó Vụ trưởng;024 6273 9999;Đầu mối cơ quan;${AGENCY};Đầu mối`,
      `${PEOPLE.focal2.name};${PEOPLE.focal2.email};Chuyên viên chính;;Đầu mối cơ quan;BTP;Đầu mối`,
      `${PEOPLE.staff.name};${PEOPLE.staff.email};Chuyên viên;;Đầu mối cơ quan;Bo Tu phap;Cán bộ`,
      // A body the list does not have yet (a province outside the reference list): added from the preview.
      'Hồ Thị Lan;ho.thi.lan@so-tai-chinh.example.gov.vn;Phó Giám đốc;;Đầu mối cơ quan;Sở Tài chính tỉnh Nghệ An;Đầu mối',
    ].join('\n'),
  );
  await admin.getByRole('button', { name: 'Xem trước' }).click();
  await expect(admin.getByText('4 dòng · 1 dòng có lỗi')).toBeVisible();
  await expect(admin.getByTestId('missing-agencies')).toHaveText('Sở Tài chính tỉnh Nghệ An');
  await expectAccessible(admin);
  await screenshot(admin, 'user-import-missing-agency');
  await admin.getByRole('button', { name: 'Thêm cơ quan đã chọn và đọc lại' }).click();
  await expect(admin.getByText('4 dòng · 0 dòng có lỗi')).toBeVisible();
  await expect(admin.getByTestId('missing-agencies')).toHaveCount(0);
  await screenshot(admin, 'user-import-preview');
  await admin.getByRole('button', { name: 'Nhập 4 người dùng' }).click();
  await expect(admin.getByText(/Đã tạo 4 người dùng/)).toBeVisible();
  // The same list again, with one new person: the three are here already and skipped, not a refusal of the list.
  await admin.goto('/admin/users/import');
  await admin
    .getByLabel('Hoặc dán danh sách (có dòng tiêu đề)')
    .fill(
      [
        'Họ và tên;Email;Chức vụ;Vai trò;Cơ quan;Nhiệm vụ',
        `${PEOPLE.focal.name};${PEOPLE.focal.email};Phó Vụ trưởng;Đầu mối cơ quan;${AGENCY};Đầu mối`,
        `${PEOPLE.staff.name};${PEOPLE.staff.email};Chuyên viên;Đầu mối cơ quan;BTP;Cán bộ`,
      ].join('\n'),
    );
  await admin.getByRole('button', { name: 'Xem trước' }).click();
  await expect(admin.getByTestId('row-existing')).toHaveCount(2);
  await expect(admin.getByRole('button', { name: 'Nhập 0 người dùng' })).toBeDisabled();
  await screenshot(admin, 'user-import-again');

  // The list shows them with their duty; the edit page limits the secretariat to the new committee.
  await admin.goto('/admin/users?q=bo tu phap');
  await expect(admin.getByRole('row').filter({ hasText: PEOPLE.staff.email })).toContainText('Cán bộ');
  await expect(admin.getByRole('row').filter({ hasText: PEOPLE.focal.email })).toContainText('Đầu mối');
  await screenshot(admin, 'users-list');
  // On a phone the table scrolls inside its card; the page itself does not widen (its hidden column labels did).
  await admin.setViewportSize({ width: 390, height: 844 });
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await screenshot(admin, 'users-list-phone');
  await admin.setViewportSize({ width: 1280, height: 720 });

  // Each opens the invitation from the mail server and chooses a password.
  const pages: Record<keyof typeof PEOPLE, Page> = {} as never;
  for (const who of Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]) {
    pages[who] = await newPage(browser);
    await acceptLink(pages[who], await linkFromSink(sink!, PEOPLE[who].email), PEOPLE[who].email, PASSWORDS[who]);
  }

  // Two focal points have set their password; the third (of Nghệ An) has not opened the invitation yet.
  await admin.goto('/');
  const heads = admin.getByTestId('first-step-agencyHeads');
  await expect(heads).toHaveAttribute('data-state', 'waiting');
  await expect(heads).toContainText('3 tài khoản đầu mối: 2 đã đăng nhập hoặc đặt mật khẩu, 1 đang chờ nhận lời mời');
  // The secretariat sees the steps too; the accounts are the administrator's to make.
  const secretariat = pages.secretariat;
  await secretariat.goto('/');
  await expect(secretariat.getByTestId('first-step-agencyHeads')).toContainText('Bước này do quản trị viên thực hiện.');
  await expect(secretariat.getByTestId('first-step-agencyHeads').getByRole('link')).toHaveCount(0);

  // The secretariat brings in the office's backlog sheet.
  await secretariat.goto('/directives/import');
  await secretariat.getByLabel('Tệp Excel (.xlsx) hoặc CSV', { exact: true }).setInputFiles({
    name: 'theo-doi-nhiem-vu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await backlogWorkbook(),
  });
  await secretariat.getByRole('button', { name: 'Đọc tệp' }).click();
  await expect(secretariat.getByText(/50 dòng: 50 sẵn sàng/)).toBeVisible();
  await expectAccessible(secretariat);
  await screenshot(secretariat, 'backlog-preview');
  await secretariat.getByRole('button', { name: 'Nhập vào hệ thống' }).click();
  await expect(secretariat.getByText(/Đã nhập 50 chỉ đạo và 50 nhiệm vụ/)).toBeVisible();
  await screenshot(secretariat, 'backlog-imported');

  // The focal point and the staff member see their agency's ten tasks.
  const staff = pages.staff;
  await staff.goto('/tasks');
  const staffTasks = staff.getByTestId('task-table').locator('tbody tr');
  await expect(staffTasks).toHaveCount(10);
  await staffTasks.filter({ hasText: 'nhiệm vụ số 6)' }).getByRole('link').first().click();
  const draft = staff.getByRole('form', { name: 'Soạn báo cáo cập nhật' });
  await draft.getByLabel('Trạng thái').selectOption({ label: 'Đang thực hiện' });
  await draft.getByLabel('Tiến độ (%)').fill('60');
  await draft.getByLabel(/Nội dung cập nhật|Ghi chú/).fill('Đã trình Bộ trưởng dự thảo quyết định công bố thủ tục.');
  await draft.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(staff.getByText(/Đã lưu bản nháp/)).toBeVisible();
  await expectAccessible(staff);
  await screenshot(staff, 'task-draft-saved');
  const taskUrl = new URL(staff.url()).pathname;

  const focal = pages.focal;
  await focal.goto(taskUrl);
  await expect(focal.getByRole('heading', { name: 'Bản nháp chờ gửi' })).toBeVisible();
  await screenshot(focal, 'task-drafts-to-submit');
  await focal.getByRole('button', { name: `Gửi bản nháp của ${PEOPLE.staff.name}` }).click();
  // The draft leaves the list, and the update is the focal point's, drafted by the staff member.
  await expect(focal.getByRole('heading', { name: 'Bản nháp chờ gửi' })).toHaveCount(0);
  await expect(focal.getByText(`soạn bởi ${PEOPLE.staff.name}`)).toBeVisible();
  await expect(focal.getByText('60%').first()).toBeVisible();

  // The leader reads the figures: the imported overdue tasks count as entered ones do.
  const leader = pages.leader;
  await leader.goto('/reports');
  const overdue = Number(
    (await leader.getByTestId('count-overdue').locator('span').first().innerText()).replace(/\./g, ''),
  );
  expect(overdue).toBeGreaterThan(0);
  await expectAccessible(leader);
  await screenshot(leader, 'from-empty-leader-report');

  // The agency's page: its users and the tasks it now leads, found by a search without accents.
  await admin.goto('/admin/agencies?q=bo tu phap');
  await admin.getByRole('link', { name: AGENCY, exact: true }).first().click();
  await expect(admin.getByRole('heading', { level: 1, name: AGENCY })).toBeVisible();
  await expect(admin.getByText(PEOPLE.focal.email).or(admin.getByText(PEOPLE.focal.name)).first()).toBeVisible();
  await expect(admin.getByText(/nhiệm vụ số 6\)/).first()).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, 'agency-page');

  // The secretariat is limited to the committee it serves (imported directives, of no committee, stay in view).
  await admin.goto('/admin/users?q=thuky');
  await admin.getByRole('link', { name: PEOPLE.secretariat.name }).click();
  await admin.getByLabel('Ban Chỉ đạo cải cách hành chính Bộ Tư pháp').check();
  await admin.getByRole('button', { name: 'Lưu Ban Chỉ đạo' }).click();
  await expect(admin.getByText('Đã lưu các Ban Chỉ đạo')).toBeVisible();
  await expectAccessible(admin);
  await screenshot(admin, 'user-edit');
  await secretariat.goto('/sessions/new');
  await expect(secretariat.getByLabel('Ban Chỉ đạo').locator('option')).toHaveText([
    'Ban Chỉ đạo cải cách hành chính Bộ Tư pháp',
  ]);
  // The chair is one of the people on Ban Chỉ đạo (or recorded attendees), not a user account: the head added above
  // is found; a user (the leader, invited above) is not, and the page says where the chair comes from.
  const chair = secretariat.getByRole('combobox', { name: 'Người chủ trì' });
  await chair.fill('Hai Ninh');
  await expect(secretariat.getByRole('option', { name: /Nguyễn Hải Ninh/ })).toBeVisible();
  await chair.fill(PEOPLE.leader.name);
  await expect(secretariat.getByTestId('person-search-status')).toContainText(
    'không phải trong danh sách người dùng: thêm người ở trang Ban Chỉ đạo',
  );
  await screenshot(secretariat, 'session-new-chair-not-a-user');
  await secretariat.goto('/directives');
  await expect(secretariat.getByText(/nhiệm vụ số 6\)/).first()).toBeVisible();

  // The administrator reads what happened in the audit trail.
  await admin.goto('/admin/audit');
  // Each action in words (its key below it), each date in Vietnam time.
  await expect(admin.getByRole('cell', { name: 'Nhập chỉ đạo tồn đọng directive.import' }).first()).toBeVisible();
  await expect(admin.getByTestId('audit-trail')).not.toContainText('T00:00:00.000Z');
  await expectAccessible(admin);
  await screenshot(admin, 'audit-trail');
});
