import { expect, test, type Browser, type Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { ACCOUNTS, expectAccessible, screenshot, signIn } from './fixtures';

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

const today = () => {
  const d = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-');
  return `${d[2]}/${d[1]}/${d[0]}`;
};

test('assign, report with evidence, extend and complete: the secretariat and Tuyên Quang follow a task to done', async ({
  browser,
}, info) => {
  const secretariat = await as(browser, ACCOUNTS.secretariat);
  await secretariat.goto('/sessions');
  await secretariat
    .getByRole('link', { name: /Phiên họp thứ 7/ })
    .first()
    .click();
  await secretariat.getByRole('link', { name: 'Kết luận, chỉ đạo' }).click();
  await secretariat.waitForURL(/\/directives$/);
  const directivesUrl = secretariat.url();

  // Directive 2 → Bộ Nội vụ, with two coordinators and a date.
  await secretariat.getByRole('link', { name: 'Giao nhiệm vụ: 2', exact: true }).click();
  const form = secretariat.getByRole('form', { name: 'Giao nhiệm vụ' });
  await form.getByLabel('Cơ quan chủ trì').selectOption({ label: 'Bộ Nội vụ' });
  await form
    .getByLabel('Cơ quan phối hợp')
    .selectOption([{ label: 'UBND tỉnh Tuyên Quang' }, { label: 'Văn phòng Chính phủ' }]);
  await form.getByLabel('Ngày', { exact: true }).fill('31/12/2027');
  await expectAccessible(secretariat);
  await form.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(secretariat.getByText('Đã giao 1 nhiệm vụ.')).toBeVisible();

  // Directive 7 → every province (as they are today), due 30/06/2027.
  await secretariat.goto(directivesUrl);
  await secretariat.getByRole('link', { name: 'Giao nhiệm vụ: 7', exact: true }).click();
  const form7 = secretariat.getByRole('form', { name: 'Giao nhiệm vụ' });
  await form7.getByLabel('Tất cả tỉnh, thành phố').check();
  await form7.getByLabel('Hôm nay').check();
  await form7.getByLabel('Ngày', { exact: true }).fill('30/06/2027');
  await form7.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect(secretariat.getByText('Đã giao 34 nhiệm vụ.')).toBeVisible();
  await screenshot(secretariat, 'assign');

  // Tuyên Quang sees both: the one it leads and the one it coordinates.
  const tq = await as(browser, ACCOUNTS.tuyenquang);
  await tq.goto('/tasks?relation=other');
  await expect(
    tq
      .getByTestId('task-table')
      .getByRole('row')
      .filter({ hasText: 'Nâng cao hơn nữa nhận thức' })
      .filter({ hasText: 'Bộ Nội vụ' })
      .first(),
  ).toBeVisible();
  // Not started yet: this run's task (a retry may find an earlier run's, already completed).
  await tq.goto('/tasks?relation=lead&status=not_started&dueFrom=30/06/2027&dueTo=30/06/2027');
  const lead = tq.getByTestId('task-table').getByRole('row').filter({ hasText: '30/06/2027' }).first();
  await expect(lead).toBeVisible();
  await expectAccessible(tq);
  await screenshot(tq, 'inbox-tuyen-quang');
  await lead.getByRole('link').first().click();
  await tq.waitForURL(/\/tasks\/\d+$/);
  await expect(tq.getByTestId('task-deadline')).toHaveText('30/06/2027');
  const taskUrl = tq.url();

  // Progress with a PDF.
  const pdf = info.outputPath('bao-cao-tien-do.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  await tq.getByLabel('Tiến độ (%)').fill('50');
  await tq.getByLabel('Ghi chú').fill('Đã triển khai tại 12/18 sở, ngành.');
  await tq.getByLabel(/Tệp \(PDF/).setInputFiles(pdf);
  await tq.getByRole('button', { name: 'Lưu cập nhật' }).click();
  await expect(tq.getByText('Đã lưu cập nhật.')).toBeVisible();
  await expect(tq.getByTestId('evidence-list')).toContainText('bao-cao-tien-do.pdf');
  await expect(tq.getByTestId('task-progress')).toHaveText('50%');

  // An extension request, accepted by the secretariat.
  await tq.getByLabel('Thời hạn đề nghị').fill('31/08/2027');
  await tq.getByLabel('Lý do', { exact: true }).fill('Chờ hoàn thiện hạ tầng tại các xã.');
  await tq.getByRole('button', { name: 'Gửi đề nghị' }).click();
  await expect(tq.getByRole('region', { name: 'Gia hạn' })).toContainText('30/06/2027 → 31/08/2027 · Đang chờ xử lý');
  await secretariat.goto(taskUrl);
  await secretariat.getByRole('button', { name: 'Đồng ý gia hạn' }).click();
  await expect(secretariat.getByTestId('task-deadline')).toHaveText('31/08/2027');
  await expect(secretariat.getByTestId('task-facts')).toContainText('30/06/2027');

  // Tuyên Quang completes it.
  await tq.reload();
  await tq.getByLabel('Trạng thái').selectOption('completed');
  await tq.getByLabel('Ngày hoàn thành').fill(today());
  await tq.getByLabel('Kết quả').fill('Hoàn thành cung cấp dịch vụ công trực tuyến toàn trình.');
  await tq.getByRole('button', { name: 'Lưu cập nhật' }).click();
  await expect(tq.getByTestId('task-class')).toContainText('Hoàn thành đúng hạn');
  await expect(tq.getByRole('form', { name: 'Cập nhật tiến độ' })).toHaveCount(0);
  await screenshot(tq, 'task-completed');

  // The secretariat sees the timeline and the class change.
  await secretariat.reload();
  await expect(secretariat.getByTestId('task-class')).toContainText('Hoàn thành đúng hạn');
  const timeline = secretariat.getByTestId('timeline');
  for (const entry of ['Giao nhiệm vụ', 'Cập nhật tiến độ', 'Đề nghị gia hạn', 'Xử lý đề nghị gia hạn'])
    await expect(timeline).toContainText(entry);
  await expect(timeline).toContainText('Đã triển khai tại 12/18 sở, ngành.');
  const download = secretariat.waitForEvent('download');
  await secretariat.getByRole('link', { name: 'bao-cao-tien-do.pdf' }).click();
  expect((await download).suggestedFilename()).toBe('bao-cao-tien-do.pdf');
  await expectAccessible(secretariat);
  await screenshot(secretariat, 'task-timeline');
});
