import { expect, test, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, expectAccessible, screenshot, signIn } from './fixtures';

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const bellCount = async (page: Page) => {
  const badge = page.getByTestId('bell-count');
  return (await badge.count()) ? Number(await badge.innerText()) : 0;
};

test('the agency head sees the bell count rise when the secretariat urges a task, opens the notice and lands on the task', async ({
  browser,
}) => {
  const tq = await as(browser, ACCOUNTS.tuyenquang);
  const before = await bellCount(tq);

  const secretariat = await as(browser, ACCOUNTS.secretariat);
  await secretariat.goto('/tasks');
  const filters = secretariat.getByRole('search', { name: 'Lọc nhiệm vụ' });
  await filters.getByLabel('Cơ quan', { exact: true }).selectOption({ label: 'UBND tỉnh Tuyên Quang' });
  await filters.getByLabel('Trạng thái').selectOption({ label: 'Đang thực hiện' });
  await filters.getByRole('button', { name: 'Lọc' }).click();
  await expect(secretariat).toHaveURL(/agency=\d+/);
  const row = secretariat.getByTestId('task-table').locator('tbody tr').first();
  const taskHref = await row.getByRole('link').first().getAttribute('href');
  await row.getByRole('checkbox').check();
  const note = `Đề nghị báo cáo tiến độ (e2e ${Date.now()})`;
  await secretariat.getByLabel('Nội dung đôn đốc').fill(note);
  await secretariat.getByRole('button', { name: 'Đôn đốc', exact: true }).click();
  await expect(secretariat.getByText('Đã đôn đốc 1 nhiệm vụ.')).toBeVisible();

  await tq.reload();
  await expect.poll(() => bellCount(tq)).toBeGreaterThanOrEqual(before + 1);
  await expect(tq.getByTestId('bell')).toHaveAccessibleName(/^Thông báo: \d+ chưa đọc$/);
  await expectAccessible(tq);
  await tq.getByTestId('bell').click();
  await expect(tq.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  await expect(tq.getByTestId('no-smtp')).toBeVisible();
  await expectAccessible(tq);
  await screenshot(tq, 'notifications');
  await tq
    .getByRole('button', { name: /Văn phòng đôn đốc thực hiện nhiệm vụ/ })
    .first()
    .click();
  await expect(tq).toHaveURL(new RegExp(`${taskHref}$`));
  await expect(tq.getByText(note)).toBeVisible();
  await screenshot(tq, 'notification-opened-task');
});

test('the administrator sees the job queue, runs the daily sweep now, and reads the kept emails', async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Hàng đợi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hàng đợi công việc' })).toBeVisible();
  await page.getByRole('button', { name: 'Chạy quét hằng ngày ngay' }).click();
  await expect(page.getByText('Đã chạy quét hằng ngày.')).toBeVisible();
  await expect(page.getByTestId('last-run-daily-sweep')).not.toHaveText('Chưa chạy');
  await expect(page.getByText('Máy chủ chưa cấu hình gửi thư (SMTP)')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'admin-jobs');
  await page.getByRole('link', { name: 'Hộp thư đi' }).click();
  const outbox = page.getByTestId('outbox');
  await expect(outbox.getByText('Lưu (chưa có SMTP)').first()).toBeVisible();
  await outbox.locator('summary').first().click();
  await expect(outbox.getByText('Kính gửi').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'admin-outbox');
});
