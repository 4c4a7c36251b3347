import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { ACCOUNTS, expectAccessible, screenshot, signIn } from './fixtures';

const AGENCY = 'Bộ Khoa học và Công nghệ';

test('the leader sees the overdue summary, drills from an agency’s overdue count to exactly those tasks, and downloads the Excel report', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.leader);
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo tình hình thực hiện' })).toBeVisible();
  const overdueTotal = Number(
    (await page.getByTestId('count-overdue').locator('span').first().innerText()).replace(/\./g, ''),
  );
  expect(overdueTotal).toBeGreaterThan(0);
  const completionRate = await page.getByTestId('completion-rate').innerText();
  expect(completionRate).toMatch(/^\d{1,3},\d{2}%$/);
  await expect(
    page.getByRole('img', { name: 'Biểu đồ: hoàn thành và trễ hạn theo tháng' }).locator('[data-tick]').first(),
  ).toBeVisible();
  // Drawn on the server: the page loads no chart library, and the chart reads without scripts.
  expect(await page.locator('figure[data-chart="trend"] svg').count()).toBe(1);
  await expectAccessible(page);
  await screenshot(page, 'reports-overview');

  // By agency: the ranking, with the agency's overdue count as a link.
  await page.getByRole('navigation', { name: 'Các báo cáo' }).getByRole('link', { name: 'Theo cơ quan' }).click();
  await expect(page).toHaveURL(/\/reports\/agencies/);
  await expect(
    page
      .getByRole('img', { name: /Biểu đồ: nhiệm vụ của 10 cơ quan/ })
      .locator('rect[data-series]')
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'reports-agencies');
  // An agency that ended keeps its own row and links its successor.
  const ended = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /UBND tỉnh Hà Giang/ }) });
  await expect(ended).toContainText('Đã kết thúc 30/06/2025');
  await expect(ended.getByRole('link', { name: 'UBND tỉnh Tuyên Quang' })).toHaveAttribute('href', /agency=\d+/);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: AGENCY }) });
  const overdueCell = row.getByRole('cell').nth(4);
  const clicked = (await overdueCell.innerText()).trim();
  expect(Number(clicked)).toBeGreaterThan(0);
  await overdueCell.getByRole('link').click();

  // The task list: exactly the tasks counted, each overdue and led by that agency.
  await expect(page).toHaveURL(/\/tasks\?.*class=overdue/);
  await expect(page.getByTestId('task-count')).toHaveText(clicked);
  const rows = page.getByTestId('task-table').locator('tbody tr');
  await expect(rows).toHaveCount(Number(clicked));
  for (const r of await rows.all()) {
    await expect(r).toContainText('Quá hạn chưa hoàn thành');
    await expect(r).toContainText(AGENCY);
  }
  await expectAccessible(page);
  await screenshot(page, 'reports-drilldown');

  // The Excel file: three sheets, the filters first, the same figures as the pages.
  await page.goBack();
  await expect(page).toHaveURL(/\/reports\/agencies/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Tải Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-nhiem-vu-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  expect(wb.worksheets.map((s) => s.name)).toEqual(['Tổng quan', 'Theo cơ quan', 'Danh sách nhiệm vụ quá hạn']);
  const [overview, agencies, overdue] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet, ExcelJS.Worksheet];
  const firstColumn = overview.getColumn(1).values.map(String);
  expect(firstColumn).toContain('Phạm vi báo cáo');
  expect(firstColumn).toContain('Tính theo thời hạn');
  const rateRow = overview.getRows(1, overview.rowCount)!.find((r) => r.getCell(1).text === 'Tỷ lệ hoàn thành')!;
  expect(((rateRow.getCell(2).value as number) * 100).toFixed(2).replace('.', ',') + '%').toBe(completionRate);
  expect(agencies.getRow(1).getCell(8).text).toBe('Quá hạn chưa hoàn thành');
  const agencyRow = agencies.getRows(2, agencies.rowCount - 1)!.find((r) => r.getCell(2).text === AGENCY)!;
  expect(String(agencyRow.getCell(8).value)).toBe(clicked);
  expect(overdue.rowCount - 1).toBe(overdueTotal);
  expect(overdue.getRow(1).getCell(2).text).toBe('Nội dung chỉ đạo');
});

test('the report’s print view and its other views read well, on a phone too', async ({ page }) => {
  await signIn(page, ACCOUNTS.secretariat);
  await page.goto('/reports/areas');
  await expect(
    page.getByRole('img', { name: 'Biểu đồ: nhiệm vụ theo lĩnh vực cải cách' }).locator('rect[data-series]').first(),
  ).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'reports-areas');
  await page.goto('/reports/sessions');
  await expect(page.getByRole('rowheader', { name: /Phiên họp thứ 7 Ban Chỉ đạo/ })).toBeVisible();
  await expect(
    page
      .getByRole('img', { name: /Biểu đồ: nhiệm vụ của 10 phiên họp/ })
      .locator('rect[data-series]')
      .first(),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Bản in' }).click();
  await expect(page.getByRole('heading', { name: 'BÁO CÁO TÌNH HÌNH THỰC HIỆN NHIỆM VỤ' })).toBeVisible();
  await expect(page.getByText('Tính theo thời hạn: hiện hành (sau gia hạn)')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'reports-print');

  // A filter from the form travels in the URL and through the tabs.
  await page.goto('/reports');
  await page.locator('summary', { hasText: 'Lọc báo cáo' }).click();
  await page.getByLabel('Tính theo thời hạn').selectOption('original');
  await page.getByRole('button', { name: 'Xem' }).click();
  await expect(page).toHaveURL(/basis=original/);
  await page.getByRole('navigation', { name: 'Các báo cáo' }).getByRole('link', { name: 'Theo lĩnh vực' }).click();
  await expect(page).toHaveURL(/\/reports\/areas\?basis=original/);
  await expect(page.locator('summary', { hasText: 'Lọc báo cáo' })).toContainText('Tính theo thời hạn: ban đầu');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/reports');
  await expect(page.getByTestId('completion-rate')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'reports-phone');
});
