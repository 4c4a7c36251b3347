/**
 * npm run bench:import: the two imports of going live at their limit, in a throwaway PostgreSQL database with the
 * reference data (no demo): 5,000 people from a CSV (preview, then one transaction with the invitations) and a
 * backlog sheet of 5,000 directives (preview, then one transaction), each timed; the figures go to
 * docs/benchmarks.md. BENCH_IMPORT_ROWS changes the size (at most 5,000, the imports' limit).
 */
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { openPostgres } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { directives, emailOutbox, tasks, users } from '../db/schema';
import { loadActor } from '../lib/auth/actor';
import { NO_PASSWORD } from '../lib/auth/password';
import { previewBacklog } from '../lib/directives/backlog-import';
import { importBacklog } from '../lib/directives/backlog-import-write';
import { backlogImportSchema } from '../lib/directives/schemas';
import { importUsers, previewUserImport } from '../lib/users/import';
import { seedDatabase } from '../seeds';
import { machine, writeSection } from './lib/bench-report';
import { createThrowawayDatabase } from './lib/app-server';

const ROWS = Math.min(Number(process.env.BENCH_IMPORT_ROWS ?? 5_000), 5_000);
const LEADS = ['Bộ Nội vụ', 'Bộ Tư pháp', 'Văn phòng Chính phủ', 'Bộ Tài chính', 'UBND tỉnh Tuyên Quang'];

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await run();
  return [value, performance.now() - started];
}

async function backlogFile(rows: number): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Theo dõi');
  ws.addRow(['BẢNG THEO DÕI NHIỆM VỤ']);
  ws.addRow(['STT', 'Số, ký hiệu văn bản', 'Ngày văn bản', 'Nội dung', 'Cơ quan chủ trì', 'Thời hạn', 'Tình trạng']);
  for (let i = 0; i < rows; i++)
    ws.addRow([
      i + 1,
      `${1 + Math.floor(i / 20)}/TB-VPCP`,
      '15/01/2025',
      `Rà soát, cắt giảm thủ tục hành chính, nhiệm vụ số ${i + 1} của bảng theo dõi.`,
      LEADS[i % LEADS.length],
      i % 2 ? new Date(Date.UTC(2026, 5, 30)) : '31/12/2027',
      i % 3 ? 'Đang thực hiện' : 'Chưa thực hiện',
    ]);
  return new File([await wb.xlsx.writeBuffer()], 'theo-doi.xlsx');
}

function peopleCsv(rows: number): string {
  const lines = ['Họ và tên;Email;Chức vụ;Vai trò;Cơ quan;Nhiệm vụ'];
  for (let i = 0; i < rows; i++)
    lines.push(`Cán bộ số ${i + 1};can.bo.${i + 1}@cchc.gov.vn;Chuyên viên;Cơ quan;${LEADS[i % LEADS.length]};Cán bộ`);
  return lines.join('\n');
}

async function main() {
  const db = await createThrowawayDatabase('steering_bench_import');
  if (!db) throw new Error('bench:import needs PostgreSQL at 127.0.0.1:5432');
  const h = await openPostgres(db.url, { max: 2 });
  try {
    await migrateDatabase(h);
    await seedDatabase(h.db, { demo: false });
    const [adminRow] = await h.db
      .insert(users)
      .values([
        { email: 'quantri@bench.gov.vn', name: 'Quản trị', role: 'admin', passwordHash: NO_PASSWORD },
        { email: 'thuky@bench.gov.vn', name: 'Thư ký', role: 'secretariat', passwordHash: NO_PASSWORD },
      ])
      .returning();
    const [secRow] = await h.db.select().from(users).where(eq(users.email, 'thuky@bench.gov.vn'));
    const admin = (await loadActor(h.db, adminRow!.id, adminRow!.sessionVersion))!;
    const secretariat = (await loadActor(h.db, secRow!.id, secRow!.sessionVersion))!;

    const [preview, previewMs] = await timed(() => previewUserImport({ actor: admin, text: peopleCsv(ROWS) }, h.db));
    if (preview.some((r) => Object.keys(r.errors).length)) throw new Error('people: rows with errors');
    const [, importMs] = await timed(() =>
      importUsers({ actor: admin, rows: preview.map((r) => ({ ...r.values, line: r.line })) }, h.db),
    );
    const [{ n: mails }] = (await h.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox)) as [{ n: number }];

    const values = backlogImportSchema.parse({ file: await backlogFile(ROWS), agencies: [], fixes: [] });
    const [backlogPreview, backlogPreviewMs] = await timed(() => previewBacklog({ actor: secretariat, values }, h.db));
    if (backlogPreview.counts.ready !== ROWS) throw new Error(`backlog: ${JSON.stringify(backlogPreview.counts)}`);
    const [result, backlogMs] = await timed(() => importBacklog({ actor: secretariat, values }, h.db));
    const [again, againMs] = await timed(() => importBacklog({ actor: secretariat, values }, h.db));
    const [{ n: imported }] = (await h.db
      .select({ n: sql<number>`count(*)::int` })
      .from(tasks)
      .innerJoin(directives, eq(directives.id, tasks.directiveId))
      .where(sql`${directives.importKey} is not null`)) as [{ n: number }];

    const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
    const markdown = [
      `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}, PostgreSQL, ${ROWS.toLocaleString('en')} rows each.`,
      '',
      '| Import | Preview (read and check) | Import (one transaction) | Rows a second |',
      '| --- | --- | --- | --- |',
      `| People (CSV), with ${mails.toLocaleString('en')} invitations queued | ${s(previewMs)} | ${s(importMs)} | ${Math.round(ROWS / (importMs / 1000))} |`,
      `| Backlog (XLSX), ${result.directives.toLocaleString('en')} directives and ${imported.toLocaleString('en')} tasks | ${s(backlogPreviewMs)} | ${s(backlogMs)} | ${Math.round(ROWS / (backlogMs / 1000))} |`,
      `| The same backlog again (${again.alreadyImported.toLocaleString('en')} rows skipped, nothing created) | | ${s(againMs)} | |`,
      '',
    ].join('\n');
    console.info(markdown);
    writeSection('Imports at their limit (npm run bench:import)', markdown);
    if (again.directives !== 0 || imported !== ROWS) throw new Error('the second import created something');
  } finally {
    await h.close();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
