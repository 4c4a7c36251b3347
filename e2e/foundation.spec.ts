import { expect, test, type Page } from '@playwright/test';
import { ACCOUNTS, expectAccessible, PASSWORD, screenshot, signIn } from './fixtures';
import { vi } from '../lib/i18n/vi';

test.describe('signed out', () => {
  for (const path of ['/', '/sessions', '/sessions/1', '/tasks?class=overdue', '/admin/users']) {
    test(`visiting ${path} goes to sign-in`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in/);
      await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    });
  }

  test('the sign-in page is in Vietnamese, accessible, and a wrong password shows a Vietnamese error', async ({
    page,
  }) => {
    await page.goto('/sign-in');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expectAccessible(page);
    await screenshot(page, 'sign-in');
    await page.getByLabel('Email').fill(ACCOUNTS.secretariat);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect(page.locator('p[role=alert]')).toHaveText('Email hoặc mật khẩu không đúng.');
    await expect(page.getByLabel('Email')).toHaveValue(ACCOUNTS.secretariat);
    expect(page.url()).not.toContain('sai-mat-khau');
    await screenshot(page, 'sign-in-error');
  });
});

test('sign-in works when the form is submitted before any JavaScript runs, with no password in the URL', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(ACCOUNTS.leader);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('current-user')).toContainText('Lãnh đạo');
  expect(urls.some((u) => u.includes(encodeURIComponent(PASSWORD)) || u.includes(PASSWORD))).toBe(false);
  await context.close();
});

test('the secretariat sees the 7th session with its points and people', async ({ page }) => {
  await signIn(page, ACCOUNTS.secretariat);
  await expect(page.getByRole('heading', { name: /Xin chào, Nguyễn Thu Hà/ })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'home-secretariat');
  await page
    .getByRole('link', { name: /Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính của Chính phủ',
  );
  await expect(page.getByText('02/02/2024, 08:00')).toBeVisible();
  const points = page.getByTestId('conference-point');
  await expect(points).toHaveCount(2);
  await expect(points.nth(0)).toContainText('Trụ sở Chính phủ');
  await expect(page.getByTestId('attendance-total')).toHaveText('Tổng cộng: 7 có mặt · 0 cử người dự thay · 0 vắng');
  await expect(page.getByText('2.700')).toBeVisible();
  await expect(page.getByText('76,9')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'session-7');
  await page.getByRole('link', { name: 'Tỉnh Hà Giang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tỉnh Hà Giang');
  const people = page.getByTestId('attendee-table');
  await expect(people).toContainText('Nguyễn Văn Sơn');
  await expect(people).toContainText('Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh');
  await expect(people).toContainText('Hoàng Gia Long');
  await expect(page.getByTestId('point-counts')).toHaveText('5 có mặt · 0 cử người dự thay · 0 vắng');
  await expectAccessible(page);
});

test("Tuyên Quang's agency head sees Hà Giang's tasks, inherited and completed", async ({ page }) => {
  await signIn(page, ACCOUNTS.tuyenquang);
  const leadTable = page.getByTestId('task-table').first();
  await expect(leadTable.getByText('Kế thừa từ UBND tỉnh Hà Giang').first()).toBeVisible();
  await expect(leadTable).toContainText('UBND tỉnh Tuyên Quang');
  // Work Hà Giang finished before the merge still reads as Hà Giang's, and the count drills down to its list.
  const completed = page.getByTestId('count-completed_on_time');
  const n = Number(await completed.locator('span').first().textContent());
  expect(n).toBeGreaterThanOrEqual(1);
  await completed.click();
  await expect(page.getByTestId('task-count')).toHaveText(`${n}`);
  await expect(page.getByTestId('task-table')).toContainText('UBND tỉnh Hà Giang');
  await expectAccessible(page);
  await page.goto('/');
  await screenshot(page, 'home-agency-tuyen-quang');
});

test('the agency home works on a phone', async ({ browser }) => {
  test.slow(); // every task page the agency leads is opened
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, ACCOUNTS.tuyenquang);
  await expect(page.getByTestId('task-table').locator('tbody tr').first()).toBeVisible();
  // The first screen (390×844) shows an overdue task the agency leads, whole, with its link to report on it.
  const first = page.getByTestId('task-table').locator('tbody tr').first();
  await expect(first).toContainText('Quá hạn chưa hoàn thành');
  const box = (await first.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/tasks\/\d+$/);
  // Its report action too, on the home and on the agency's task list, without scrolling (issue 21).
  const withinFirstScreen = async (l: ReturnType<Page['locator']>) => {
    await expect(l).toBeVisible();
    const b = (await l.boundingBox())!;
    expect(b.y).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height).toBeLessThanOrEqual(844);
  };
  const report = first.getByRole('link', { name: /^Cập nhật tiến độ: / });
  await withinFirstScreen(report);
  await page.goto('/tasks?relation=lead');
  const listed = page.getByTestId('task-table').locator('tbody tr').first();
  await expect(listed).toContainText('Quá hạn chưa hoàn thành');
  await withinFirstScreen(listed.getByRole('link', { name: /^Cập nhật tiến độ: / }));
  // Each task the agency leads: its page starts the form the card links to (the progress update, a recurring
  // task's period report) on the first screen, under the directive's text (the demo's longest is 202 characters).
  const reports = await page
    .getByTestId('task-table')
    .locator('a.tl-report')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('#') as [string, string]));
  expect(reports.map(([, form]) => form)).toContain('periods');
  expect(reports.map(([, form]) => form)).toContain('update');
  for (const [href, form] of reports) {
    await page.goto(href);
    const card = page.locator(`section[aria-labelledby="${form}"]`);
    await withinFirstScreen(card.locator('select, textarea, input:not([type=hidden])').first());
  }
  await page.goto('/');
  await page
    .getByTestId('task-table')
    .locator('tbody tr')
    .first()
    .getByRole('link', { name: /^Cập nhật tiến độ: / })
    .click();
  await page.waitForURL(/\/tasks\/\d+#update$/);
  await withinFirstScreen(page.getByRole('button', { name: 'Lưu cập nhật' }));
  await page.goto('/');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await screenshot(page, 'home-agency-phone');
  await context.close();
});

test('the leader sees counts in all four timeliness classes, and each count drills down to its tasks', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  for (const cls of ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue', 'undated', 'recurring']) {
    const text = await page.getByTestId(`count-${cls}`).locator('span').first().textContent();
    expect(Number(text), cls).toBeGreaterThan(0);
  }
  await expect(page.getByTestId('completion-rate')).toHaveText(/%$/);
  await expectAccessible(page);
  await screenshot(page, 'home-leader');
  const overdue = Number(await page.getByTestId('count-overdue').locator('span').first().textContent());
  await page.getByTestId('count-overdue').click();
  await expect(page).toHaveURL(/\/tasks\?class=overdue/);
  await expect(page.getByTestId('task-count')).toHaveText(`${overdue}`);
  await expectAccessible(page);
});

test('the administrator sees the users and can switch to English and sign out', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  for (const email of Object.values(ACCOUNTS)) await expect(page.getByRole('cell', { name: email })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'home-admin');
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Cơ quan', exact: true })
    .click();
  await expect(page.getByRole('heading', { name: 'Bàn giao nhiệm vụ khi sắp xếp cơ quan' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an agency head cannot open the user administration', async ({ page }) => {
  await signIn(page, ACCOUNTS.bonoivu);
  const response = await page.goto('/admin/users');
  expect(response?.status()).toBe(404);
  // The not-found message inside the signed-in frame: one main landmark, the frame's (axe's landmark-main-is-top-level).
  await expect(page.getByRole('heading', { level: 1, name: vi.errors.notFound })).toBeVisible();
  await expect(page.getByRole('main')).toHaveCount(1);
  await expect(page.getByRole('navigation').first()).toBeVisible();
});

test('every page has its own title, ending with the application name', async ({ page }) => {
  await signIn(page, ACCOUNTS.secretariat);
  const suffix = ` · ${vi.appName}`;
  const titles: string[] = [];
  for (const path of ['/', '/tasks', '/reports', '/sessions', '/directives', '/notifications', '/reports/official']) {
    await page.goto(path);
    titles.push(await page.title());
  }
  await page.goto('/tasks');
  const taskHref = await page
    .getByTestId('task-table')
    .locator('tbody tr')
    .first()
    .getByRole('link')
    .first()
    .getAttribute('href');
  expect(taskHref).toMatch(/^\/tasks\/\d+/);
  await page.goto(taskHref!);
  titles.push(await page.title());
  for (const title of titles) {
    expect(title.endsWith(suffix), title).toBe(true);
    expect(title.length, title).toBeGreaterThan(suffix.length);
  }
  expect(new Set(titles).size, titles.join(' | ')).toBe(titles.length);
});
