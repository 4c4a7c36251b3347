import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, screenshot, signIn, ownSessionNumber } from './fixtures';

const NOTICE = `Ngày 05 tháng 3 năm 2026, tại Trụ sở Chính phủ, Thủ tướng Chính phủ chủ trì phiên họp Ban Chỉ đạo cải cách hành chính. Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:
1. Năm 2025, công tác cải cách hành chính đã đạt được nhiều kết quả tích cực, toàn diện trên cả 6 nội dung.
2. Nhiệm vụ trọng tâm năm 2026:
a) Bộ Tư pháp chủ trì, phối hợp với Văn phòng Chính phủ rà soát, hoàn thiện thể chế về thủ tục hành chính, hoàn thành trước ngày 30 tháng 6 năm 2026.
b) Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính đổi mới chế độ công vụ, công chức; hoàn thành trong quý III năm 2026.
3. Các bộ, ngành, địa phương khẩn trương đẩy mạnh chuyển đổi số, cung cấp dịch vụ công trực tuyến toàn trình.
Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.`;

test('the secretariat turns a pasted notice into directives, publishes the notice and downloads it; agencies read it, leaders browse by area', async ({
  browser,
}) => {
  // A long journey (four people, a DOCX download, axe on five pages) beside the from-empty journey's own server.
  test.setTimeout(180_000);
  const page = await (await browser.newContext()).newPage();
  await signIn(page, ACCOUNTS.secretariat);
  // A session of its own, so the test does not depend on the others.
  await page.goto('/sessions/new');
  const number = await ownSessionNumber(page);
  const title = `Phiên họp thứ ${number} Ban Chỉ đạo cải cách hành chính của Chính phủ`;
  await page.getByLabel('Tên phiên họp').fill(title);
  await page.getByLabel('Ngày họp').fill('05/03/2026');
  await page.getByLabel('Địa điểm').fill('Trụ sở Chính phủ');
  await page.getByRole('combobox', { name: 'Người chủ trì' }).fill('Pham Minh Chinh');
  await page
    .getByRole('option', { name: /^Phạm Minh Chính Thủ tướng Chính phủ/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Lưu phiên họp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const sessionUrl = page.url();

  await page.getByRole('link', { name: 'Kết luận, chỉ đạo' }).click();
  await page.getByRole('textbox', { name: 'Dán văn bản kết luận' }).fill(NOTICE);
  await page.getByRole('button', { name: 'Phân tích' }).click();
  const proposals = page.getByTestId('proposal');
  await expect(proposals).toHaveCount(5);
  await expect(proposals.nth(0).getByLabel('Nội dung đánh giá (không giao nhiệm vụ)')).toBeChecked();
  const twoA = proposals.nth(2);
  await expect(twoA.getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Tư pháp/);
  await expect(twoA.getByRole('list', { name: 'Phối hợp' })).toHaveText(/Văn phòng Chính phủ/);
  await expect(twoA.getByLabel('Ngày', { exact: true })).toHaveValue('30/06/2026');
  // Correct one proposal: the 2b deadline is 15/10/2026, not the end of the quarter.
  const twoB = proposals.nth(3);
  await expect(twoB.getByLabel('Ngày', { exact: true })).toHaveValue('30/09/2026');
  await twoB.getByLabel('Ngày', { exact: true }).fill('15/10/2026');
  await expectAccessible(page);
  await screenshot(page, 'directive-proposals');
  await page.getByRole('button', { name: 'Lưu các nội dung đã chọn' }).click();

  const list = page.getByTestId('directive');
  await expect(list).toHaveCount(5);
  await expect(list.nth(2)).toContainText(
    'Bộ Tư pháp chủ trì, phối hợp với Văn phòng Chính phủ; hoàn thành trước ngày 30/06/2026.',
  );
  await expect(list.nth(3)).toContainText(
    'Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính; hoàn thành trước ngày 15/10/2026.',
  );
  await expectAccessible(page);
  await screenshot(page, 'session-directives');

  // The notice: header fields, then draft → review → published.
  await page.getByRole('link', { name: 'Thông báo kết luận' }).click();
  const numberField = page.getByLabel('Số', { exact: true });
  await numberField.fill(`9${number}`);
  await page.getByLabel('Ngày ban hành').fill('09/03/2026');
  await page.getByLabel('Người ký', { exact: true }).fill('Nguyễn Văn A');
  await page.getByLabel(/Nội dung mở đầu/).fill('Năm 2025, công tác cải cách hành chính có **chuyển biến rõ nét**.');
  // An assignment sentence reworded, then put back as generated with "Về câu tự động".
  const sentences = page.getByRole('group', { name: 'Câu giao nhiệm vụ sau từng kết luận' });
  const sentence = sentences.getByRole('textbox').first();
  const generated = await sentence.inputValue();
  await sentence.fill('Câu tạm, sẽ bỏ.');
  await sentences
    .getByRole('button', { name: /^Về câu tự động/ })
    .first()
    .click();
  await expect(sentence).toHaveValue(generated);
  await page.getByRole('button', { name: 'Lưu dự thảo' }).click();
  await expect(page.getByText('Đã lưu.', { exact: true })).toBeVisible();
  const preview = page.getByTestId('official-document');
  await expect(preview).toContainText(`Số: 9${number}/TB-VPCP`);
  await expect(preview).toContainText('Hà Nội, ngày 09 tháng 3 năm 2026');
  await expect(preview).toContainText('a) Bộ Tư pháp chủ trì'.replace('a) ', ''));
  await page.getByRole('button', { name: 'Trình duyệt' }).click();
  await expect(page.getByText('Đang xem xét').first()).toBeVisible();
  // Publishing needs the approval of someone other than the author (decision 024): a leader approves.
  const approval = page.getByTestId('approval');
  await expect(approval).toContainText('Chưa được phê duyệt.');
  await expect(approval).toContainText('Bạn đã soạn hoặc trình văn bản này nên không tự phê duyệt được.');
  await expect(page.getByRole('button', { name: 'Ban hành' })).toHaveCount(0);
  const approver = await (await browser.newContext()).newPage();
  await signIn(approver, ACCOUNTS.leader);
  await approver.goto(page.url());
  approver.once('dialog', (d) => d.accept());
  await approver.getByRole('button', { name: 'Phê duyệt' }).click();
  await expect(approver.getByText('Đã phê duyệt.')).toBeVisible();
  await expect(approver.getByTestId('approval')).toContainText('Trần Minh Đức');
  await approver.close();
  await page.reload();
  await expect(page.getByTestId('approval')).toContainText('Trần Minh Đức');
  page.once('dialog', (d) => d.accept());
  await page.getByRole('button', { name: 'Ban hành' }).click();
  await expect(page.getByText('Đã ban hành').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu bản đính chính' })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'notice-published');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải DOCX' }).click();
  const file = await (await download).path();
  const zip = await JSZip.loadAsync(readFileSync(file!));
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain(`Số: 9${number}/TB-VPCP`);
  // The item already names its lead; the deadline the secretariat corrected (15/10, not "quý III") is added once.
  expect(text).toContain('hoàn thành trong quý III năm 2026. Hoàn thành trước ngày 15/10/2026.');
  expect(text).not.toContain('Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính; hoàn thành');
  expect(text).not.toContain('DỰ THẢO');
  const noticeUrl = page.url();
  await page.close();

  // An agency head reads the published notice and cannot edit it.
  const agency = await (await browser.newContext()).newPage();
  await signIn(agency, ACCOUNTS.bonoivu);
  await agency.goto(noticeUrl);
  await expect(agency.getByTestId('official-document')).toContainText('Bộ Nội vụ chủ trì');
  await expect(agency.getByText('Văn bản đã ban hành (chỉ xem).')).toBeVisible();
  await expect(agency.getByRole('button', { name: /Lưu/ })).toHaveCount(0);
  expect((await agency.goto(`${sessionUrl}/edit`))?.status()).toBe(404);
  await expectAccessible(agency);
  await agency.close();

  // A leader sees the directives by reform area.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, ACCOUNTS.leader);
  await leader.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chỉ đạo' }).click();
  await leader.getByTestId('area-civil_service').click();
  await expect(leader).toHaveURL(/area=civil_service/);
  const rows = leader.getByTestId('directive-row');
  // This run's directive (a retry may have left an earlier one from another session).
  await expect(rows.filter({ hasText: title }).filter({ hasText: 'đổi mới chế độ công vụ, công chức' })).toHaveCount(1);
  const count = Number((await leader.getByTestId('directive-count').textContent())!.split(' ')[0]);
  await expect(rows).toHaveCount(count);
  await expectAccessible(leader);
  await screenshot(leader, 'directives-by-area');
  await leader.close();
});
