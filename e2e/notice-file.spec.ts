import { expect, test, type Page } from '@playwright/test';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { asVni, asVnTime } from '../tests/legacy-text';
import { encryptedPdf, macroDocx, noticePdf, pagePng, scannedPdf } from '../tests/notice-files';
import { ACCOUNTS, expectAccessible, ownSessionNumber, screenshot, signIn } from './fixtures';

/**
 * Issue 19, "Files, not only paste": the secretariat drops the conclusion notice as a Word file the test makes,
 * sees the text read from it beside the proposals, adds a body the registry lacks as an agency from the review,
 * accepts them, and finds the tasks.
 */

const noticeLines = (number: string, session: string, marker: string, newBody: string) => [
  'VĂN PHÒNG CHÍNH PHỦ',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  `Số: ${number}/TB-VPCP`,
  'Hà Nội, ngày 20 tháng 3 năm 2026',
  'THÔNG BÁO',
  `Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ ${session} của Ban Chỉ đạo cải cách hành chính`,
  'Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu, Thủ tướng Chính phủ kết luận như sau:',
  '1. Năm 2025, công tác cải cách hành chính đã đạt được nhiều kết quả tích cực, toàn diện.',
  `2. Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ rà soát quy định về ${marker}; hoàn thành trước ngày 30 tháng 6 năm 2026.`,
  `3. Bộ Tư pháp chủ trì rà soát văn bản quy phạm pháp luật về ${marker} theo Nghị quyết số 76/NQ-CP; hoàn thành trước ngày 30 tháng 9 năm 2026.`,
  `4. ${newBody} chủ trì, phối hợp với Bộ Nội vụ xây dựng nền tảng ${marker}; hoàn thành trước ngày 31 tháng 12 năm 2026.`,
  'Văn phòng Chính phủ thông báo để các cơ quan liên quan biết, thực hiện./.',
  'KT. BỘ TRƯỞNG, CHỦ NHIỆM',
  'PHÓ CHỦ NHIỆM',
  'Nguyễn Sỹ Hiệp',
];

async function docxOf(lines: string[]): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: lines.map(
          (text) => new Paragraph({ children: [new TextRun({ text, font: 'Times New Roman', size: 26 })] }),
        ),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

test('the secretariat drops a DOCX notice, checks the text read, accepts the proposals and sees the tasks', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.secretariat);

  await page.goto('/sessions/new');
  const number = await ownSessionNumber(page);
  const title = `Phiên họp thứ ${number} Ban Chỉ đạo (tệp thông báo)`;
  await page.getByLabel('Tên phiên họp').fill(title);
  await page.getByLabel('Ngày họp').fill('18/03/2026');
  await page.getByLabel('Giờ bắt đầu (giờ Việt Nam)').fill('08:30');
  await page.getByLabel('Địa điểm').fill('Trụ sở Chính phủ');
  await page.getByRole('combobox', { name: 'Người chủ trì' }).fill('Thủ tướng');
  await page
    .getByRole('option', { name: /^Phạm Minh Chính Thủ tướng Chính phủ/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Lưu phiên họp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

  await page.getByRole('link', { name: 'Kết luận, chỉ đạo' }).click();
  const noticeNumber = `3${number}`;
  // A phrase of this run's own, to find its tasks among everyone else's.
  const marker = `hồ sơ điện tử phiên ${number}`;
  // A body the registry lacks (a state corporation of this run's own).
  const newBody = `Tổng công ty Số Phiên ${number}`;
  await page.getByLabel('Tệp thông báo (DOCX, PDF)').setInputFiles({
    name: `thong-bao-${noticeNumber}.docx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await docxOf(noticeLines(noticeNumber, number, marker, newBody)),
  });
  await page.getByRole('button', { name: 'Phân tích' }).click();

  // The text read from the file, beside the proposals.
  const extracted = page.getByTestId('extracted-text');
  await expect(extracted).toBeVisible();
  await expect(extracted).toHaveValue(/2\. Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ/);
  await expect(page.getByRole('heading', { name: /Văn bản đọc từ tệp/ })).toContainText('Word');

  // The header read from it, and the proposals.
  const header = page.getByRole('region', { name: 'Thông tin văn bản đã nhận dạng' });
  await expect(header).toContainText(`${noticeNumber}/TB-VPCP`);
  await expect(header).toContainText('20/03/2026');
  await expect(header).toContainText('Nguyễn Sỹ Hiệp');
  const proposals = page.getByTestId('proposal');
  await expect(proposals).toHaveCount(4);
  await expect(proposals.nth(1).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Nội vụ/);
  await expect(proposals.nth(2).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Tư pháp/);
  await expect(proposals.nth(2)).toContainText('Văn bản được dẫn: 76/NQ-CP');

  // Item 4's lead is not in the registry: the secretariat adds it as an agency, as the lead, from the card.
  const fourth = proposals.nth(3);
  await expect(fourth).toContainText(`Chưa khớp danh mục`);
  await expect(fourth.getByRole('list', { name: 'Chủ trì' })).toHaveText('');
  await expect(fourth.getByRole('list', { name: 'Phối hợp' })).toHaveText(/Bộ Nội vụ/);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await screenshot(page, 'notice-file-review');
  await fourth.getByRole('button', { name: `Thêm làm cơ quan chủ trì: ${newBody}` }).click();
  await expect(fourth.getByRole('status')).toContainText(`Đã thêm ${newBody} vào danh mục cơ quan`);
  await expect(fourth.getByRole('list', { name: 'Chủ trì' })).toHaveText(new RegExp(newBody));
  await expect(fourth.getByRole('button', { name: `Thêm làm cơ quan chủ trì: ${newBody}` })).toHaveCount(0);
  // The new agency is now offered in every card's pickers.
  await expect(proposals.nth(1).getByRole('combobox', { name: 'Chủ trì' })).toContainText(newBody);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Lưu các nội dung đã chọn' }).click();
  const list = page.getByTestId('directive');
  await expect(list).toHaveCount(4);
  await expect(list.nth(1)).toContainText('Bộ Nội vụ chủ trì');
  await expect(list.nth(3)).toContainText(`${newBody} chủ trì`);

  // The tasks: one for Bộ Nội vụ, one for Bộ Tư pháp, one for the body added from the review.
  await page.goto(`/tasks?q=${encodeURIComponent(marker)}`);
  await expect(page.getByTestId('task-count')).toHaveText('3');
  await expect(page.getByRole('main')).toContainText('Bộ Nội vụ');
  await expect(page.getByRole('main')).toContainText('Bộ Tư pháp');
  await expect(page.getByRole('main')).toContainText(newBody);
});

/** Chooses `bytes` as the notice's file on a session's directives page and asks for it to be read. */
async function dropNotice(page: Page, directivesUrl: string, name: string, bytes: Uint8Array) {
  await page.goto(directivesUrl);
  await page
    .getByLabel('Tệp thông báo (DOCX, PDF)')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await page.getByRole('button', { name: 'Phân tích' }).click();
}

test('a signed PDF and a scan of it are read on the deployed server, header and items alike', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, ACCOUNTS.secretariat);
  await page.goto('/sessions/new');
  const number = await ownSessionNumber(page);
  const title = `Phiên họp thứ ${number} Ban Chỉ đạo cải cách hành chính của Chính phủ`;
  await page.getByLabel('Tên phiên họp').fill(title);
  await page.getByLabel('Ngày họp').fill('19/03/2026');
  await page.getByRole('button', { name: 'Lưu phiên họp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.getByRole('link', { name: 'Kết luận, chỉ đạo' }).click();
  await page.waitForURL(/\/sessions\/\d+\/directives$/);
  const directivesUrl = page.url();
  const noticeNumber = `4${number}`;
  const lines = noticeLines(noticeNumber, number, `hồ sơ PDF phiên ${number}`, `Tổng công ty PDF ${number}`);
  const pdf = await noticePdf(lines.join('\n'));

  for (const [file, bytes, source] of [
    ['thong-bao.pdf', pdf, 'lớp chữ của PDF'],
    ['thong-bao-scan.pdf', await scannedPdf(pdf), 'nhận dạng chữ từ bản quét'],
  ] as const) {
    await dropNotice(page, directivesUrl, file, bytes);
    await expect(page.getByRole('heading', { name: /Văn bản đọc từ tệp/ })).toContainText(source, { timeout: 60_000 });
    await expect(page.getByTestId('extracted-text')).toHaveValue(/Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ/);
    await expect(page.getByRole('region', { name: 'Thông tin văn bản đã nhận dạng' })).toContainText(
      `${noticeNumber}/TB-VPCP`,
    );
    const proposals = page.getByTestId('proposal');
    await expect(proposals).toHaveCount(4);
    await expect(proposals.nth(2).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Tư pháp/);
  }

  // What else reaches a secretariat as "the notice": each is refused beside the field, in words that say what to do,
  // through the built form, and nothing is read or saved.
  const oldWord = new Uint8Array(4096);
  oldWord.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (const [file, bytes, message] of [
    ['anh-chup-thong-bao.png', await pagePng(pdf), 'Đây là tệp ảnh'],
    ['thong-bao.doc', oldWord, 'tệp Word dạng cũ (.doc)'],
    ['thong-bao-ma-hoa.pdf', await encryptedPdf(pdf), 'có mật khẩu hoặc được mã hóa'],
    ['thong-bao-tai-do.pdf', pdf.subarray(0, Math.floor(pdf.length / 2)), 'bị hỏng hoặc không đầy đủ'],
    ['thong-bao.docx', await macroDocx(lines.join('\n')), 'Tệp Word có macro'],
  ] as const) {
    await dropNotice(page, directivesUrl, file, bytes);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByTestId('extracted-text')).toHaveCount(0);
    await expect(page.getByTestId('proposal')).toHaveCount(0);
  }
  await screenshot(page, 'notice-file-refused');
  await page.goto(directivesUrl);
  await expect(page.getByTestId('directive')).toHaveCount(0);

  // The same notice pasted from a document typed in TCVN3 (.VnTime fonts): read as Unicode, and the review says so.
  await page.getByRole('textbox', { name: 'Dán văn bản kết luận' }).fill(asVnTime(lines.join('\n')));
  await page.getByRole('button', { name: 'Phân tích' }).click();
  await expect(page.getByTestId('legacy-encoding')).toContainText('bảng mã TCVN3');
  const header = page.getByRole('region', { name: 'Thông tin văn bản đã nhận dạng' });
  await expect(header).toContainText(`${noticeNumber}/TB-VPCP`);
  await expect(header).toContainText('Nguyễn Sỹ Hiệp');
  const pasted = page.getByTestId('proposal');
  await expect(pasted).toHaveCount(4);
  await expect(pasted.nth(1).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Nội vụ/);
  await expect(pasted.nth(2).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Tư pháp/);
  await expectAccessible(page);
  await screenshot(page, 'notice-paste-tcvn3');

  // And from one typed in VNI (VNI-Times fonts), whose codes TCVN3 shares: read as VNI, not as TCVN3.
  await page.goto(directivesUrl);
  await page.getByRole('textbox', { name: 'Dán văn bản kết luận' }).fill(asVni(lines.join('\n')));
  await page.getByRole('button', { name: 'Phân tích' }).click();
  await expect(page.getByTestId('legacy-encoding')).toContainText('bảng mã VNI');
  await expect(header).toContainText('Nguyễn Sỹ Hiệp');
  await expect(pasted).toHaveCount(4);
  await expect(pasted.nth(1).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Nội vụ/);
  await expect(pasted.nth(2).getByRole('list', { name: 'Chủ trì' })).toHaveText(/Bộ Tư pháp/);
  await screenshot(page, 'notice-paste-vni');
});
