/**
 * npm run docs:notice: the 7th session's conclusion notice as the app composes and exports it, in a
 * throwaway database, rendered to PDF by LibreOffice and page 1 to docs/notice-page1.png (a picture
 * to check against the NĐ 30/2020 layout). Needs libreoffice and pdftoppm (Debian packages).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { openPglite } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { sessions, users } from '../db/schema';
import { loadActor } from '../lib/auth/actor';
import { buildOfficialDocx } from '../lib/minutes/docx';
import { changeDocumentStatus, saveDocument } from '../lib/minutes/mutations';
import { getDocument } from '../lib/minutes/queries';
import { documentFieldsSchema } from '../lib/minutes/schemas';
import { seedDatabase } from '../seeds';

async function main() {
  const h = await openPglite(null);
  try {
    await migrateDatabase(h);
    await seedDatabase(h.db, { demo: true });
    const [u] = await h.db.select().from(users).where(eq(users.email, 'thuky@demo.gov.vn'));
    const actor = (await loadActor(h.db, u!.id, u!.sessionVersion))!;
    const [s] = await h.db.select().from(sessions).where(eq(sessions.number, 7));
    const values = documentFieldsSchema.parse({
      sessionId: s!.id,
      kind: 'notice',
      version: 0,
      number: '45',
      symbol: 'TB-VPCP',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'Hà Nội',
      issueDate: '05/02/2024',
      subject:
        'Kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại Phiên họp thứ 7 Ban Chỉ đạo cải cách hành chính của Chính phủ',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      recipients:
        'Thủ tướng, các Phó Thủ tướng Chính phủ\nThành viên Ban Chỉ đạo\nCác bộ, cơ quan ngang bộ\nUBND các tỉnh, thành phố trực thuộc trung ương\nLưu: VT, TCCV',
      body: 'Sau khi nghe Bộ Nội vụ - Cơ quan thường trực Ban Chỉ đạo báo cáo kết quả cải cách hành chính năm 2023 và ý kiến của các đại biểu,',
      closing: '',
    });
    const v = await saveDocument({ actor, values }, h.db);
    await changeDocumentStatus({ actor, sessionId: s!.id, kind: 'notice', version: v, to: 'in_review' }, h.db);
    await changeDocumentStatus({ actor, sessionId: s!.id, kind: 'notice', version: v + 1, to: 'published' }, h.db);
    const doc = (await getDocument({ actor, sessionId: s!.id, kind: 'notice' }, h.db))!;
    const dir = mkdtempSync(join(tmpdir(), 'notice-'));
    const docx = join(dir, 'thong-bao-45.docx');
    writeFileSync(docx, await buildOfficialDocx(doc.model));
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore' });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      join(dir, 'thong-bao-45.pdf'),
      join(dir, 'page'),
    ]);
    copyFileSync(join(dir, 'page-1.png'), 'docs/notice-page1.png');
    copyFileSync(docx, 'docs/thong-bao-45-TB-VPCP.docx');
    console.info(`docs/notice-page1.png and docs/thong-bao-45-TB-VPCP.docx written (from ${dir})`);
  } finally {
    await h.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
