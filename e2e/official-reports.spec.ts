import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, screenshot, signIn } from './fixtures';

const SESSION = 'Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính của Chính phủ';

test('the secretariat builds the report on the 7th session as of 31/12/2024, writes, has it approved, publishes, downloads the DOCX and prints; a leader opens it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.secretariat);
  await page.goto('/reports');
  await page.getByRole('link', { name: 'Báo cáo ban hành' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo ban hành' })).toBeVisible();

  // Bad input first: a day after today, then no scope. Nothing is created.
  const form = page.getByRole('form', { name: 'Lập báo cáo' });
  await form.getByLabel('Số liệu tính đến ngày').fill('31/12/2099');
  await form.getByLabel(new RegExp(SESSION)).check();
  await form.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(form.getByText('Ngày tính số liệu không được sau hôm nay.')).toBeVisible();
  await form.getByLabel(new RegExp(SESSION)).uncheck();
  await form.getByLabel('Số liệu tính đến ngày').fill('31/12/2024');
  await form.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(form.getByText('Vui lòng chọn ít nhất một phiên họp, một Ban Chỉ đạo hoặc một cơ quan.')).toBeVisible();
  await expectAccessible(page);

  await form.getByLabel(new RegExp(SESSION)).check();
  await form.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page).toHaveURL(/\/reports\/official\/\d+$/);
  const reportUrl = page.url();
  await expect(page.getByTestId('report-frozen')).toContainText('Bản dự thảo');
  const figures = await page.getByTestId('report-figures').innerText();
  // The overdue figure links to exactly the tasks it counts.
  const overdueLink = page.getByRole('link', { name: /^Quá hạn chưa hoàn thành: \d+$/ });
  const overdue = Number(/(\d+)$/.exec(await overdueLink.innerText())![1]);
  expect(overdue).toBeGreaterThan(0);

  // The same scope and day on the dashboard gives the same overdue count.
  const dashboard = await (await browser.newContext({ storageState: await page.context().storageState() })).newPage();
  await dashboard.goto('/reports');
  await dashboard.getByText('Lọc báo cáo').click();
  const filters = dashboard.getByRole('search', { name: 'Lọc báo cáo' });
  const session = filters.getByLabel('Phiên họp', { exact: true });
  await session.selectOption((await session.locator('option', { hasText: SESSION }).getAttribute('value'))!);
  await filters.getByLabel('Tính đến ngày').fill('2024-12-31');
  await filters.getByRole('button', { name: 'Xem' }).click();
  await expect(dashboard).toHaveURL(/asOf=2024-12-31/);
  const dashOverdue = Number(
    (await dashboard.getByTestId('count-overdue').locator('span').first().innerText()).replace(/\./g, ''),
  );
  expect(dashOverdue).toBe(overdue);
  await dashboard.close();

  // The secretariat writes the header and a paragraph, and sends it for review.
  await page.getByLabel('Số', { exact: true }).fill('15');
  await page.getByLabel('Ngày ban hành', { exact: true }).fill('06/01/2025');
  await page.getByLabel('Người ký', { exact: true }).fill('Trần Văn Sơn');
  await page
    .getByLabel('Phần mở đầu (trước số liệu)')
    .fill('Thực hiện Thông báo kết luận Phiên họp thứ 7, Văn phòng Chính phủ báo cáo tình hình thực hiện như sau:');
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
  const preview = page.getByTestId('official-document');
  await expect(preview).toContainText('Số: 15/BC-VPCP');
  await expect(preview).toContainText('BÁO CÁO');
  await expect(preview).toContainText('Văn phòng Chính phủ báo cáo tình hình thực hiện như sau');
  await expect(preview).toContainText('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
  await expect(preview).toContainText(`II. NHIỆM VỤ QUÁ HẠN CHƯA HOÀN THÀNH (${overdue})`);
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.getByText('Đang xem xét').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);

  // A leader approves it.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, ACCOUNTS.leader);
  await leader.goto(reportUrl);
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(leader.getByText('Đã phê duyệt.')).toBeVisible();

  // The secretariat publishes: the figures are fixed.
  await page.reload();
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByTestId('report-frozen')).toContainText('Đã ban hành lúc');
  expect(await page.getByTestId('report-figures').innerText()).toBe(figures);
  await expectAccessible(page);
  await screenshot(page, 'official-report');
  // Every save and step is a revision; a correction of the issued report needs a reason and leaves the figures.
  const revisions = page.getByTestId('report-revisions').getByRole('listitem');
  await expect(revisions).toHaveCount(4);
  await expect(revisions.first()).toContainText('Lần lưu 4 · Đã ban hành');
  await page.getByLabel('Phần mở đầu (trước số liệu)').fill('Văn phòng Chính phủ báo cáo (đính chính) như sau:');
  await page.getByRole('button', { name: 'Lưu bản đính chính' }).click();
  await expect(page.getByText('Nhập lý do đính chính.')).toBeVisible();
  await expect(revisions).toHaveCount(4);
  await page.getByLabel('Lý do đính chính').fill('Sửa lỗi chính tả phần mở đầu');
  await page.getByRole('button', { name: 'Lưu bản đính chính' }).click();
  await expect(revisions).toHaveCount(5);
  await expect(revisions.first()).toContainText('Sửa lỗi chính tả phần mở đầu');
  await expect(preview).toContainText('báo cáo (đính chính) như sau');
  expect(await page.getByTestId('report-figures').innerText()).toBe(figures);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải DOCX' }).click();
  const file = await (await download).path();
  const xml = await (await JSZip.loadAsync(readFileSync(file!))).file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  for (const s of ['VĂN PHÒNG CHÍNH PHỦ', 'Số: 15/BC-VPCP', 'BÁO CÁO', 'Tính đến ngày 31/12/2024', 'Trần Văn Sơn'])
    expect(text).toContain(s);
  expect(text).not.toContain('DỰ THẢO');

  await page.getByRole('link', { name: 'In' }).click();
  await expect(page).toHaveURL(/\/print$/);
  await expect(page.getByTestId('official-document')).toContainText('KT. BỘ TRƯỞNG, CHỦ NHIỆM');
  await screenshot(page, 'official-report-print');

  // The leader opens the published report and follows the overdue figure to its tasks.
  await leader.goto('/reports/official');
  await leader.locator(`main a[href="${new URL(reportUrl).pathname}"]`).click();
  await expect(leader.getByTestId('report-frozen')).toContainText('Đã ban hành lúc');
  await expect(leader.getByRole('button', { name: /Lưu/ })).toHaveCount(0);
  await leader.getByRole('link', { name: /^Quá hạn chưa hoàn thành: \d+$/ }).click();
  await expect(leader).toHaveURL(/\/tasks\?class=overdue$/);
  await expect(leader.getByRole('heading', { level: 1 })).toHaveText(`Quá hạn chưa hoàn thành: ${overdue}`);
  await expect(leader.locator('tbody tr')).toHaveCount(overdue);
  await expectAccessible(leader);
  await leader.close();
});
