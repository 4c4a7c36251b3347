import { expect, test, type Browser, type Page } from '@playwright/test';
import { ACCOUNTS, expectAccessible, ownSessionNumber, signIn } from './fixtures';

/**
 * Issue 16, as the usability tester ran it: one session from the secretariat's first click to an agency head
 * reporting on a phone. A spreadsheet paste with presence in the fourth column (one absent, one substitute), a
 * Government Office-style notice pasted (its number, date and signer; a heading item whose sub-items carry the
 * work; a group item), the notice as generated (substitutes written as such, the absent not listed, one
 * closing, no "điểm cầu Điểm cầu", nothing said twice), approved by the leader and published, and Bộ Nội vụ's head on a phone: the notice of the new task names
 * its item, session and deadline, and the update takes five steps; a second save keeps the status.
 */

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });

async function as(browser: Browser, email: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true } : {});
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const noticeText = (number: string, session: string) => `VĂN PHÒNG CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: ${number}/TB-VPCP
Hà Nội, ngày 16 tháng 3 năm 2026
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ tại Phiên họp thứ ${session} của Ban Chỉ đạo
Ngày 12 tháng 3 năm 2026, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo cải cách hành chính của Chính phủ chủ trì Phiên họp thứ ${session} của Ban Chỉ đạo. Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Thủ tướng Chính phủ kết luận như sau:
1. Năm 2025, công tác cải cách hành chính đã đạt được nhiều kết quả tích cực, toàn diện.
2. Giao Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ:
a) Rà soát, hoàn thiện quy định về chế độ công vụ, công chức; hoàn thành trước ngày 30 tháng 6 năm 2026.
b) Xây dựng Bộ chỉ số theo dõi, đánh giá cải cách hành chính năm 2026; hoàn thành trước ngày 30 tháng 9 năm 2026.
3. Các bộ, ngành, địa phương đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, hoàn thành trước ngày 31 tháng 12 năm 2026.
Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, TCCV.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Nguyễn Sỹ Hiệp`;

test('a real session end to end: paste attendance, paste the notice, publish, and an agency head reports on a phone (issue 16)', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const page = await as(browser, ACCOUNTS.secretariat);

  // 1. The session, with its main point and a point named "Điểm cầu …".
  await page.goto('/sessions/new');
  const number = await ownSessionNumber(page);
  const title = `Phiên họp thứ ${number} Ban Chỉ đạo cải cách hành chính của Chính phủ`;
  await page.getByLabel('Tên phiên họp').fill(title);
  await page.getByLabel('Ngày họp').fill('12/03/2026');
  await page.getByLabel('Giờ bắt đầu (giờ Việt Nam)').fill('08:30');
  await page.getByLabel('Địa điểm').fill('Trụ sở Chính phủ');
  // Where publishing needs approval, only the approved notice makes a session "published" (decision 042).
  await expect(page.getByLabel('Trạng thái', { exact: true }).locator('option')).toHaveText(['Dự kiến', 'Đã họp']);
  await page.getByRole('combobox', { name: 'Người chủ trì' }).fill('Thủ tướng');
  await page
    .getByRole('option', { name: /^Phạm Minh Chính Thủ tướng Chính phủ/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Lưu phiên họp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const sessionUrl = page.url();
  for (const [name, host, main] of [
    ['Trụ sở Chính phủ', 'Văn phòng Chính phủ', true],
    ['Điểm cầu tỉnh Tuyên Quang', 'UBND tỉnh Tuyên Quang', false],
  ] as const) {
    await page.getByLabel('Tên điểm cầu').fill(name);
    await page.getByLabel('Cơ quan chủ trì điểm cầu').selectOption({ label: host });
    if (main) await page.getByLabel('Điểm cầu chính').check();
    await page.getByRole('button', { name: 'Thêm điểm cầu' }).click();
    await expect(page.getByRole('link', { name })).toBeVisible();
  }

  // 2. Attendance pasted from a spreadsheet: name, title, agency, presence (no header row).
  await page.getByRole('link', { name: 'Điểm cầu tỉnh Tuyên Quang' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Điểm cầu tỉnh Tuyên Quang');
  const sheet = [
    ['Nguyễn Văn Sơn', 'Chủ tịch UBND tỉnh', 'UBND tỉnh Tuyên Quang', 'Có mặt'],
    ['Hoàng Gia Long', 'Giám đốc Sở Nội vụ', 'Sở Nội vụ tỉnh Tuyên Quang', 'Vắng'],
    ['Trần Quốc Bảo', 'Giám đốc Sở Tư pháp', 'Sở Tư pháp tỉnh Tuyên Quang', 'Dự thay: Phạm Văn Đông'],
    ['Đỗ Minh Tuấn', 'Chánh Văn phòng UBND tỉnh', 'Văn phòng UBND tỉnh Tuyên Quang', 'Có mặt'],
  ]
    .map((cells) => cells.join('\t'))
    .join('\n');
  await page.getByLabel('Dán danh sách').fill(sheet);
  await page.getByRole('button', { name: 'Xem trước' }).click();
  await expect(page.getByTestId('preview-summary')).toHaveText('Số dòng: 4 · Hợp lệ: 4 · Lỗi: 0');
  await page.getByRole('button', { name: 'Lưu các đại biểu (4)' }).click();
  await expect(page.getByText('Đã lưu 4 đại biểu.')).toBeVisible();
  await expect(page.getByTestId('point-counts')).toHaveText('2 có mặt · 1 cử người dự thay · 1 vắng');
  await shot(page, 'journey-attendance');

  // 3. The notice pasted: its header is recognised, item 2 is a heading, item 3 a group.
  await page.goto(sessionUrl);
  await page.getByRole('link', { name: 'Kết luận, chỉ đạo' }).click();
  const noticeNumber = `2${number}`;
  await page.getByRole('textbox', { name: 'Dán văn bản kết luận' }).fill(noticeText(noticeNumber, number));
  await page.getByRole('button', { name: 'Phân tích' }).click();
  const header = page.getByRole('region', { name: 'Thông tin văn bản đã nhận dạng' });
  await expect(header).toContainText(`${noticeNumber}/TB-VPCP`);
  await expect(header).toContainText('16/03/2026');
  await expect(header).toContainText('Nguyễn Sỹ Hiệp');
  const proposals = page.getByTestId('proposal');
  await expect(proposals).toHaveCount(5);
  await expect(proposals.nth(2).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Nội vụ/);
  await expectAccessible(page);
  await shot(page, 'journey-proposals');
  await page.getByRole('button', { name: 'Lưu các nội dung đã chọn' }).click();
  const list = page.getByTestId('directive');
  await expect(list).toHaveCount(5);
  await expect(list.nth(1).getByTestId('assignment')).toHaveText('Giao nhiệm vụ: theo từng mục con');
  await expect(list.nth(2)).toContainText('Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ');
  await expect(list.nth(4)).toContainText('thành phố trực thuộc Trung ương');
  await expect(page.getByTestId('directive-list')).not.toContainText(/\d+ cơ quan \(/);
  await shot(page, 'journey-directives');

  // 4. The notice as generated: the pasted header, the attendance as it was, one closing.
  await page.getByRole('link', { name: 'Thông báo kết luận' }).click();
  await expect(page.getByLabel('Số', { exact: true })).toHaveValue(noticeNumber);
  await expect(page.getByLabel('Ngày ban hành')).toHaveValue('16/03/2026');
  await expect(page.getByLabel('Người ký', { exact: true })).toHaveValue('Nguyễn Sỹ Hiệp');
  const preview = page.getByTestId('official-document');
  await expect(preview).toContainText(`Số: ${noticeNumber}/TB-VPCP`);
  await expect(preview).toContainText('Phạm Văn Đông (dự thay đồng chí Trần Quốc Bảo');
  await expect(preview).not.toContainText('Hoàng Gia Long');
  await expect(preview).toContainText('điểm cầu tỉnh Tuyên Quang');
  await expect(preview).not.toContainText(/điểm cầu Điểm cầu/i);
  const body = (await preview.textContent())!;
  expect(body.match(/thông báo để/g)).toHaveLength(1);
  // Nothing said twice: the heading names the lead of 2a and 2b, and item 3 its group, each stating its deadline.
  expect(body.match(/Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ/g)).toHaveLength(1);
  expect(body).not.toContain('thuộc Trung ương chủ trì; hoàn thành trước ngày 31/12/2026');
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.getByText('Đang xem xét').first()).toBeVisible();
  // Publishing waits for someone other than its author: the leader approves (decision 024), in the audit trail.
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);
  const leader = await as(browser, ACCOUNTS.leader);
  await leader.goto(page.url());
  leader.once('dialog', (d) => d.accept());
  await leader.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(leader.getByText('Đã phê duyệt.')).toBeVisible();
  await shot(leader, 'journey-notice-approved');
  await page.reload();
  await expect(page.getByTestId('approval')).toContainText('Trần Minh Đức');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành').first()).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'journey-notice-published');

  // 5. Bộ Nội vụ's head on a phone: the notice of the new task, then the update, counted in steps.
  const bnv = await as(browser, ACCOUNTS.bonoivu, true);
  let steps = 0;
  const step = async <T>(action: Promise<T>) => {
    steps++;
    return action;
  };
  await step(bnv.getByTestId('bell').click());
  const notice = bnv
    .getByTestId('notification-list')
    .getByRole('listitem')
    .filter({ hasText: '2a. Rà soát' })
    .filter({ hasText: `Phiên họp thứ ${number} ` });
  await expect(notice).toContainText(/2a\. Rà soát, hoàn thiện quy định về chế độ công vụ, công chức/);
  await expect(notice).toContainText('Thời hạn: 30/06/2026');
  await shot(bnv, 'journey-phone-notifications');
  await step(notice.getByRole('button', { name: /Nhiệm vụ mới được giao chủ trì/ }).click());
  await expect(bnv.getByRole('heading', { level: 1 })).toContainText('Rà soát, hoàn thiện quy định');
  const update = bnv.getByRole('form', { name: 'Cập nhật tiến độ' });
  await expect(update).toBeInViewport(); // the update comes first, before the facts and the timeline
  const status = update.getByLabel('Trạng thái');
  await expect(status).toHaveValue('not_started');
  await step(status.selectOption({ label: 'Đang thực hiện' }));
  await step(update.getByLabel('Tiến độ (%)').fill('30'));
  await step(update.getByRole('button', { name: 'Lưu cập nhật' }).click());
  await expect(update.getByRole('status')).toHaveText('Đã lưu cập nhật.');
  expect(steps).toBe(5);
  await expect(status).toHaveValue('in_progress');
  await expectAccessible(bnv);
  await shot(bnv, 'journey-phone-update');

  // A second save, only a note: the status stays as first saved, in the form and in the timeline.
  const note = `Đã gửi dự thảo rà soát tới các vụ (${Date.now()}).`;
  await update.getByLabel('Ghi chú').fill(note);
  await update.getByRole('button', { name: 'Lưu cập nhật' }).click();
  const entry = bnv.getByTestId('timeline').getByRole('listitem').filter({ hasText: note });
  await expect(entry).toContainText('Đang thực hiện');
  await expect(status).toHaveValue('in_progress');
  await bnv.reload();
  await expect(bnv.getByTestId('task-class')).toContainText('Đang thực hiện');
  await expect(bnv.getByTestId('task-class')).not.toContainText('Chưa thực hiện');

  // The home's first screen on the phone: a header of one row above the links, the tasks that need action, and on
  // the first one the way to report on it, straight to the progress form.
  await bnv.goto('/');
  expect((await bnv.locator('header').boundingBox())!.height).toBeLessThan(100);
  const report = bnv.getByRole('link', { name: /^Cập nhật tiến độ: / }).first();
  await expect(report).toBeInViewport();
  await expectAccessible(bnv);
  await shot(bnv, 'journey-phone-home');
  await report.click();
  await bnv.waitForURL(/\/tasks\/\d+#update$/);
  await expect(bnv.getByRole('form', { name: 'Cập nhật tiến độ' })).toBeInViewport();
});
