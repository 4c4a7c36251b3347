import ExcelJS from 'exceljs';
import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries, emailOutbox, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor, agencyIdOf } from '@/tests/factories';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import {
  buildUserImportTemplate,
  importUsers,
  previewUserImport,
  userImportWarnings,
  usersImportedMessage,
  type PreviewRow,
} from './import';
import { importUsersSchema } from './import-schemas';
import { IMPORT_HEADERS, LISTS_SHEET, TEMPLATE_SHEET } from './import-vocabulary';
import { cpuGrowth, cpuMs, GROWTH_LIMIT } from '@/tests/cpu-time';

let h: DatabaseHandle;
let admin: Actor;
let secretariat: Actor;
let bnv: number;
let tuyenQuang: number;
beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  bnv = await agencyIdOf(h.db, 'BNV');
  tuyenQuang = await agencyIdOf(h.db, 'P-TUYENQUANG');
}, 60_000);
afterAll(() => h.close());

const HEADER = ['Họ và tên', 'Email', 'Chức vụ', 'Số điện thoại', 'Vai trò', 'Cơ quan', 'Nhiệm vụ (Đầu mối/Cán bộ)'];

async function xlsx(rows: (string | number)[][], header = HEADER): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Người dùng');
  sheet.addRow(header);
  for (const r of rows) sheet.addRow(r);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
const bytesOf = (text: string) => new TextEncoder().encode(text);
/** The message of a refusal, in English (the keys and parameters translated as a reader would see them). */
async function refusalOf(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}
const errorsOf = (row: PreviewRow) =>
  Object.fromEntries(Object.entries(row.errors).map(([f, list]) => [f, list.map(inEnglish)]));
/** The preview's rows as the confirm form posts them back. */
const posted = (rows: PreviewRow[]) => rows.map((r) => ({ line: r.line, ...r.values }));

describe('reading the sheet', () => {
  it('reads the XLSX template’s columns, finds the agency by code, short name or name, the role and duty by label', async () => {
    const file = await xlsx([
      ['Nguyễn Văn An', 'An.Nguyen@Example.gov.vn', 'Chuyên viên', '0912 345 678', 'Cơ quan', 'BNV', 'Đầu mối'],
      ['Trần Thị Bình', 'binh@example.gov.vn', '', '', 'co quan', 'tuyen quang', 'Cán bộ'],
      ['Lê Văn Cường', 'cuong@example.gov.vn', 'Phó Vụ trưởng', '', 'agency', 'Bộ Nội vụ', ''],
      ['Phạm Thu Dung', 'dung@example.gov.vn', '', '', 'Văn phòng', '', ''],
      ['Hoàng Minh', 'minh@example.gov.vn', '', '', 'Lãnh đạo', '', ''],
    ]);
    const rows = await previewUserImport({ actor: admin, bytes: file }, h.db);
    expect(rows.map((r) => r.errors)).toEqual([{}, {}, {}, {}, {}]);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0]!.values).toEqual({
      name: 'Nguyễn Văn An',
      email: 'An.Nguyen@Example.gov.vn',
      position: 'Chuyên viên',
      phone: '0912 345 678',
      role: 'agency',
      agencyId: String(bnv),
      agencyDuty: 'focal_point',
      committeePosition: '',
      personId: '',
    });
    expect(rows[1]!.values).toMatchObject({ role: 'agency', agencyId: String(tuyenQuang), agencyDuty: 'staff' });
    // No duty written: the least power, staff (a focal point reports for the agency; HR lists made everyone one).
    expect(rows[2]!.values).toMatchObject({ agencyId: String(bnv), agencyDuty: 'staff' });
    expect(rows[3]!.values).toMatchObject({ role: 'secretariat', agencyId: '' });
    expect(rows[4]!.values.role).toBe('leader');
  });

  it('reads the duty from the role when the sheet has no duty column: "Đầu mối cơ quan", "Cán bộ cơ quan"', async () => {
    const csv =
      'Họ và tên,Email,Vai trò,Cơ quan\nAn,an.duty@example.gov.vn,Đầu mối cơ quan,BNV\nBình,binh.duty@example.gov.vn,Cán bộ cơ quan,BNV\n';
    const rows = await previewUserImport({ actor: admin, bytes: bytesOf(csv) }, h.db);
    expect(rows.map((r) => [r.values.role, r.values.agencyDuty, r.errors])).toEqual([
      ['agency', 'focal_point', {}],
      ['agency', 'staff', {}],
    ]);
  });

  it('reads CSV with a BOM and semicolons, headers in another order and spelt without accents', async () => {
    const csv =
      '\ufeffSTT;ho va ten;Đơn vị;EMAIL;Vai trò\r\n1;"Nguyễn Văn An; con";Bộ NV;an.csv@example.gov.vn;Cơ quan\r\n2;Trần Bình;VPCP;binh.csv@example.gov.vn;Cơ quan\r\n';
    const rows = await previewUserImport({ actor: admin, bytes: bytesOf(csv) }, h.db);
    expect(rows.map((r) => [r.line, r.values.name, r.values.email, r.values.agencyId, r.errors])).toEqual([
      [2, 'Nguyễn Văn An; con', 'an.csv@example.gov.vn', String(bnv), {}],
      [3, 'Trần Bình', 'binh.csv@example.gov.vn', String(await agencyIdOf(h.db, 'VPCP')), {}],
    ]);
  });

  it('reads comma CSV without a BOM, and cells pasted from a spreadsheet (tabs)', async () => {
    const csv = 'Họ tên,Email,Vai trò,Cơ quan\nAn,an.comma@example.gov.vn,Cơ quan,BNV\n';
    const [row] = await previewUserImport({ actor: admin, bytes: bytesOf(csv) }, h.db);
    expect(row!.values).toMatchObject({ name: 'An', role: 'agency', agencyId: String(bnv) });
    const pasted = 'Họ và tên\tEmail\tVai trò\nBình\tbinh.tab@example.gov.vn\tThư ký\n';
    const [tab] = await previewUserImport({ actor: admin, text: pasted }, h.db);
    expect(tab!.values).toMatchObject({ name: 'Bình', role: 'secretariat' });
  });

  it('takes the one address of a cell copied from Outlook or a web page, with its name, brackets or closing mark', async () => {
    const pasted = [
      'Họ và tên\tEmail\tVai trò',
      'An\tNguyễn Văn An <an.outlook@example.gov.vn>\tThư ký',
      'Bình\tbinh.outlook@example.gov.vn;\tThư ký',
      'Cường\tMAILTO:cuong.outlook@example.gov.vn\tThư ký',
      'Dung\t(dung.outlook@example.gov.vn).\tThư ký',
      'Hà\tHà <ha.outlook@example.gov.vn>; Văn thư <vt@example.gov.vn>\tThư ký',
    ].join('\n');
    const rows = await previewUserImport({ actor: admin, text: pasted }, h.db);
    expect(rows.map((r) => [r.values.email, errorsOf(r).email])).toEqual([
      ['an.outlook@example.gov.vn', undefined],
      ['binh.outlook@example.gov.vn', undefined],
      ['cuong.outlook@example.gov.vn', undefined],
      ['dung.outlook@example.gov.vn', undefined],
      // Two: left as written, and named.
      ['Hà <ha.outlook@example.gov.vn>; Văn thư <vt@example.gov.vn>', [expect.stringMatching(/2 addresses/)]],
    ]);
  });

  it('reads an office’s staff list: no role column (its people are agency users), birth dates and notes passed over', async () => {
    const file = await xlsx(
      [['1', 'Nguyễn Thị Ánh Tuyết', '12/03/1978', 'tuyet.staff@example.gov.vn', 'Giám đốc', 'Bộ NV', 912345678, 'x']],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Email', 'Chức vụ', 'Đơn vị công tác', 'Điện thoại', 'Ghi chú'],
    );
    const preview = await previewUserImport({ actor: admin, bytes: file }, h.db);
    expect(preview[0]!.values).toMatchObject({
      name: 'Nguyễn Thị Ánh Tuyết',
      role: 'agency',
      position: 'Giám đốc',
      phone: '0912345678', // a number cell, its leading zero lost
    });
    expect(preview[0]!.values.agencyId).not.toBe('');
  });

  it('refuses a file missing a required column, naming it', async () => {
    const csv = 'Họ và tên;Cơ quan;Vai trò\nAn;BNV;Cơ quan\n';
    const e = await refusalOf(previewUserImport({ actor: admin, bytes: bytesOf(csv) }, h.db));
    expect(inEnglish(e.message)).toMatch(
      /^The file lacks the column\(s\): Email\. The template’s columns: Họ và tên, Email/,
    );
  });

  it('refuses a file with a column it does not understand, naming it, rather than leave it unread', async () => {
    const file = await xlsx(
      [['An', 'an.x@example.gov.vn', 'Cơ quan', 'BNV', 'x']],
      ['Họ và tên', 'Email', 'Vai tro quyen', 'Cơ quan', 'Ghi chú'],
    );
    const e = await refusalOf(previewUserImport({ actor: admin, bytes: file }, h.db));
    expect(inEnglish(e.message)).toMatch(/^The file has columns that are not understood: "Vai tro quyen"\./);
    const twice = 'Họ và tên;Email;Email;Vai trò\nAn;a@example.gov.vn;b@example.gov.vn;Cơ quan\n';
    expect(inEnglish((await refusalOf(previewUserImport({ actor: admin, text: twice }, h.db))).message)).toBe(
      'A column appears twice: Email.',
    );
  });

  it('refuses a file in another encoding, an unreadable workbook, a file too large and nothing at all', async () => {
    const latin = new Uint8Array([
      ...bytesOf('Họ tên;Email;Vai trò\n'),
      0x4c,
      0xea,
      0x3b,
      0x61,
      0x40,
      0x62,
      0x3b,
      0x78,
    ]);
    expect(inEnglish((await refusalOf(previewUserImport({ actor: admin, bytes: latin }, h.db))).message)).toMatch(
      /reads as no Vietnamese/,
    );
    const broken = new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]);
    expect(inEnglish((await refusalOf(previewUserImport({ actor: admin, bytes: broken }, h.db))).message)).toMatch(
      /Excel file cannot be read/,
    );
    const huge = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41);
    expect(inEnglish((await refusalOf(previewUserImport({ actor: admin, bytes: huge }, h.db))).message)).toBe(
      'The file is too large (at most 5 MB).',
    );
    expect(inEnglish((await refusalOf(previewUserImport({ actor: admin, text: ' ' }, h.db))).message)).toBe(
      'Choose a CSV or XLSX file, or paste the list.',
    );
  });
});

describe('each row’s errors', () => {
  it('an unknown agency, an ended one, an unknown role or duty, a bad phone and a bad email, beside their field', async () => {
    const file = await xlsx([
      ['An', 'an.err@example.gov.vn', '', '', 'Cơ quan', 'Bộ Không Có', ''],
      ['Bình', 'binh.err@example.gov.vn', '', '', 'Cơ quan', 'Bộ KH&ĐT', ''],
      ['Cường', 'cuong.err@example.gov.vn', '', '', 'Thủ quỹ', '', 'Trưởng nhóm'],
      ['Dung', 'dung.err@example.gov.vn', '', 'gọi 0912', 'Lãnh đạo', '', ''],
      ['', 'not-an-email', '', '', 'Lãnh đạo', '', ''],
      ['Hà', 'ha.err@example.gov.vn', '', '', 'Cơ quan', '', ''],
    ]);
    const rows = await previewUserImport({ actor: admin, bytes: file }, h.db);
    expect(errorsOf(rows[0]!)).toEqual({
      agencyId: ['No agency “Bộ Không Có” was found (by code, name or short name). Choose the agency.'],
    });
    expect(rows[0]!.agencyText).toBe('Bộ Không Có');
    expect(errorsOf(rows[1]!).agencyId?.[0]).toMatch(/^Bộ Kế hoạch và Đầu tư .*28\/02\/2025/);
    expect(rows[1]!.values.agencyId).toBe(String(await agencyIdOf(h.db, 'BKHDT')));
    expect(errorsOf(rows[2]!)).toEqual({
      role: [expect.stringMatching(/^Role “Thủ quỹ” is not valid\. Choose one of: Cơ quan, /)],
      agencyDuty: [expect.stringMatching(/^Duty “Trưởng nhóm” is not valid/)],
    });
    expect(rows[2]!.values).toMatchObject({ role: '', agencyDuty: '' });
    expect(Object.keys(errorsOf(rows[3]!))).toEqual(['phone']); // "gọi 0912": words and four digits
    expect(Object.keys(errorsOf(rows[4]!)).sort()).toEqual(['email', 'name']);
    expect(Object.keys(errorsOf(rows[5]!))).toEqual(['agencyId']); // an agency user needs an agency
  });

  it('an email twice in the file (on the later row); one already with an account is no error but “đã có”', async () => {
    const csv = [
      'Họ và tên;Email;Vai trò;Cơ quan',
      'An;dup@example.gov.vn;Cơ quan;BNV',
      'Bình;DUP@example.gov.vn;Cơ quan;BNV',
      `Cường;${admin.email.toUpperCase()};Lãnh đạo;`,
    ].join('\n');
    const rows = await previewUserImport({ actor: admin, text: csv }, h.db);
    expect(rows.map(errorsOf)).toEqual([{}, { email: ['This email is already on line 2 of the file.'] }, {}]);
    expect(rows.map((r) => r.existing ?? false)).toEqual([false, false, true]);
  });
});

describe('importing', () => {
  it('creates every row in one go, audited, each invitation queued in the outbox once the import commits', async () => {
    const csv = [
      'Họ và tên;Email;Chức vụ;Số điện thoại;Vai trò;Cơ quan;Nhiệm vụ',
      'Nguyễn An;an.ok@example.gov.vn;Chuyên viên;0912 345 678;Cơ quan;BNV;Cán bộ',
      'Trần Bình;binh.ok@example.gov.vn;;;Thư ký;;',
    ].join('\n');
    const rows = await previewUserImport({ actor: admin, text: csv }, h.db);
    expect(await importUsers({ actor: admin, rows: posted(rows) }, h.db)).toEqual({
      created: 2,
      skipped: [],
      members: 0,
    });
    const made = await h.db
      .select()
      .from(users)
      .where(inArray(users.email, ['an.ok@example.gov.vn', 'binh.ok@example.gov.vn']))
      .orderBy(users.email);
    expect(made.map((u) => [u.name, u.role, u.agencyId, u.agencyDuty, u.phone, u.position])).toEqual([
      ['Nguyễn An', 'agency', bnv, 'staff', '0912 345 678', 'Chuyên viên'],
      ['Trần Bình', 'secretariat', null, 'focal_point', null, null],
    ]);
    const outbox = await h.db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.toAddress, ['an.ok@example.gov.vn', 'binh.ok@example.gov.vn']));
    expect(outbox.map((m) => [m.status, m.dedupeKey.startsWith('password-link:')])).toEqual([
      ['pending', true],
      ['pending', true],
    ]);
    const audits = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityType, 'user'), eq(auditEntries.entityId, String(made[0]!.id))));
    expect(audits.map((a) => [a.action, (a.after as { via?: string }).via])).toEqual([['user.create', 'import']]);
  });

  it('checks every row again and creates nothing while one row is wrong, each error under rows.<i>.<field>', async () => {
    const before = await h.db.select().from(users);
    const rows = [
      {
        line: 2,
        name: 'Hợp lệ',
        email: 'valid.first@example.gov.vn',
        role: 'leader',
        agencyId: '',
        agencyDuty: 'focal_point',
      },
      {
        line: 3,
        name: 'Cơ quan đã kết thúc',
        email: 'ended@example.gov.vn',
        role: 'agency',
        agencyId: String(await agencyIdOf(h.db, 'BKHDT')),
        agencyDuty: 'focal_point',
      },
      {
        line: 4,
        name: 'Trùng',
        email: 'VALID.FIRST@example.gov.vn',
        role: 'leader',
        agencyId: '',
        agencyDuty: 'focal_point',
      },
      { line: 5, name: 'Sai', email: 'x', role: 'boss', agencyId: '999999', agencyDuty: 'focal_point' },
    ];
    const e = await refusalOf(importUsers({ actor: admin, rows }, h.db));
    expect(inEnglish(e.message)).toBe(
      '3 rows have errors: no user was created. Fix the marked cells and import again.',
    );
    expect(Object.keys(e.fieldErrors).sort()).toEqual([
      'rows.1.agencyId',
      'rows.2.email',
      'rows.3.agencyId',
      'rows.3.email',
      'rows.3.role',
    ]);
    expect(inEnglish(e.fieldErrors['rows.2.email']!)).toBe('This email is already on line 2 of the file.');
    expect(await h.db.select().from(users)).toHaveLength(before.length);
    expect(await h.db.select().from(emailOutbox).where(like(emailOutbox.toAddress, 'valid.first%'))).toEqual([]);
  });

  // Two transactions at once: the embedded database has one connection, so this runs on PostgreSQL only.
  it.skipIf(process.env.TEST_DB === 'pglite')(
    'one transaction: a row refused inside it undoes the rows before, and their invitations never leave',
    async () => {
      const emails = Array.from({ length: 40 }, (_, i) => `tx${i}@example.gov.vn`);
      const rows = emails.map((email, i) => ({
        line: i + 2,
        name: `Người ${i}`,
        email,
        role: 'agency',
        agencyId: String(bnv),
        agencyDuty: 'focal_point',
      }));
      const last = emails.at(-1)!;
      // Another administrator creates the last row's account meanwhile: the import, past its checks, reaches that
      // row inside its transaction, waits for the other and is refused when it commits.
      let importing: Promise<unknown> | undefined;
      let seenMeanwhile: unknown[] = ['not read'];
      await h.db.transaction(async (other) => {
        await other.insert(users).values({ email: last, name: 'Đã có', role: 'leader', passwordHash: 'x' });
        importing = importUsers({ actor: admin, rows }, h.db).then(
          () => null,
          (error: unknown) => error,
        );
        // Until the import waits on the row this transaction holds (its other rows made, their invitations queued).
        for (let waited = 0; waited < 60_000; waited += 50) {
          const [lock] = await h.query<{ n: number }>(
            "select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'",
          );
          if (lock && Number(lock.n) > 0) break;
          await new Promise((r) => setTimeout(r, 50));
        }
        // Whatever the import has queued so far is in its transaction, invisible outside it.
        seenMeanwhile = await h.db.select().from(emailOutbox).where(inArray(emailOutbox.toAddress, emails));
      });
      const refused = (await importing) as AppError;
      expect(refused).toBeInstanceOf(AppError);
      // Refused inside the transaction (a conflict), not by the checks before it (INVALID).
      expect(refused.code).toBe('CONFLICT');
      expect(seenMeanwhile).toEqual([]);
      expect(
        await h.db
          .select()
          .from(users)
          .where(inArray(users.email, emails.slice(0, -1))),
      ).toEqual([]);
      expect(await h.db.select().from(emailOutbox).where(inArray(emailOutbox.toAddress, emails))).toEqual([]);
    },
  );

  it('only the administrator may preview, import or download the template', async () => {
    const csv = 'Họ và tên;Email;Vai trò\nAn;an.s@example.gov.vn;Lãnh đạo\n';
    await expect(previewUserImport({ actor: secretariat, text: csv }, h.db)).rejects.toThrow();
    await expect(
      importUsers(
        { actor: secretariat, rows: [{ line: 2, name: 'An', email: 'an.s@example.gov.vn', role: 'leader' }] },
        h.db,
      ),
    ).rejects.toThrow();
    await expect(buildUserImportTemplate({ actor: secretariat }, h.db)).rejects.toThrow();
    expect(await h.db.select().from(users).where(eq(users.email, 'an.s@example.gov.vn'))).toEqual([]);
  });
});

describe('the template', () => {
  it('has the columns, lists roles and the agencies in operation, and reads back as an import', async () => {
    const bytes = await buildUserImportTemplate({ actor: admin }, h.db);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet(TEMPLATE_SHEET)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(Object.values(IMPORT_HEADERS));
    const lists = workbook.getWorksheet(LISTS_SHEET)!;
    const column = (n: number) =>
      (lists.getColumn(n).values as unknown[]).slice(2).filter((v) => typeof v === 'string' && v !== '');
    expect(column(1)).toEqual(['Cơ quan', 'Thư ký Ban Chỉ đạo', 'Lãnh đạo', 'Quản trị viên']);
    expect(column(4)).toContain('BNV');
    expect(column(4)).toContain('P-TUYENQUANG');
    expect(column(4)).not.toContain('BKHDT'); // ended
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'list' });
    // The example row reads back without an error.
    const rows = await previewUserImport({ actor: admin, bytes }, h.db);
    expect(rows.map((r) => r.errors)).toEqual([{}]);
  });
});

describe('5,000 rows', () => {
  const big = (n: number, prefix: string) =>
    [
      HEADER.join(';'),
      ...Array.from(
        { length: n },
        (_, i) =>
          `Người thứ ${i};${prefix}${i}@example.gov.vn;Chuyên viên;0912 000 ${String(i).padStart(3, '0')};Cơ quan;${i % 2 ? 'BNV' : 'Tuyên Quang'};${i % 3 ? 'Cán bộ' : 'Đầu mối'}`,
      ),
    ].join('\n');

  it('refuses 5,001 rows, clearly, in the file and as posted back', async () => {
    const e = await refusalOf(previewUserImport({ actor: admin, bytes: bytesOf(big(5001, 'over')) }, h.db));
    expect(inEnglish(e.message)).toBe(
      'The file has 5001 rows, more than the 5000 rows one import takes: split it into several files.',
    );
    const rows = Array.from({ length: 5001 }, (_, i) => ({ line: i + 2 }));
    expect(importUsersSchema.safeParse({ rows }).success).toBe(false);
    expect(inEnglish((await refusalOf(importUsers({ actor: admin, rows }, h.db))).message)).toMatch(/5001 rows/);
  });

  it('previews and imports 5,000 rows in one transaction (time reported)', async () => {
    const file = await xlsx(
      big(5000, 'bulk')
        .split('\n')
        .slice(1)
        .map((l) => l.split(';')),
    );
    let t = performance.now();
    const rows = await previewUserImport({ actor: admin, bytes: file }, h.db);
    const previewMs = performance.now() - t;
    expect(rows).toHaveLength(5000);
    expect(rows.filter((r) => Object.keys(r.errors).length > 0)).toEqual([]);
    t = performance.now();
    expect(await importUsers({ actor: admin, rows: posted(rows) }, h.db)).toEqual({
      created: 5000,
      skipped: [],
      members: 0,
    });
    const importMs = performance.now() - t;
    expect(await h.db.select({ id: users.id }).from(users).where(like(users.email, 'bulk%'))).toHaveLength(5000);
    expect(
      await h.db.select({ id: emailOutbox.id }).from(emailOutbox).where(like(emailOutbox.toAddress, 'bulk%')),
    ).toHaveLength(5000);
    console.info(
      `user import, 5,000 rows: XLSX preview ${Math.round(previewMs)} ms, import ${Math.round(importMs)} ms`,
    );
  }, 300_000);
});

describe('a hostile sheet (attacker pass 17)', () => {
  it('reads a header of 20,000 empty columns over 20,000 rows in linear time', async () => {
    const csv = (n: number) => `Email${','.repeat(n)}\n${'x\n'.repeat(n)}`;
    const preview = (text: string) => previewUserImport({ actor: admin, bytes: bytesOf(text) }, h.db).catch(() => null);
    // CPU time, not the wall clock (decision 089): columns times rows would be 400 million cells.
    expect(await cpuMs(() => preview(csv(20_000)))).toBeLessThan(5_000);
    expect((await cpuGrowth(preview, csv(5_000), csv(20_000))).ratio).toBeLessThan(GROWTH_LIMIT);
  }, 120_000);
});

// An officer imported a decision's member list (no "Nhiệm vụ" column): everyone became staff, so no member agency
// had anyone able to submit its reports, and nothing said so. Staff stays the default (an HR list must not make
// everyone a focal point), but the preview now states it and names each agency that would be left without one.
describe('focal points', () => {
  it('states the default duty, and warns of each agency the import would leave without a focal point', async () => {
    await actorFor(h.db, { role: 'agency', agencyCode: 'BTC' }); // a focal point of Bộ Tài chính, already there
    const csv = [
      'Họ và tên,Email,Cơ quan,Nhiệm vụ',
      'An,an.focal@example.gov.vn,BYT,',
      'Bình,binh.focal@example.gov.vn,Bộ Y tế,Cán bộ',
      'Cường,cuong.focal@example.gov.vn,BTP,Đầu mối',
      'Dũng,dung.focal@example.gov.vn,BTP,',
      'Giang,giang.focal@example.gov.vn,BTC,',
    ].join('\n');
    const rows = await previewUserImport({ actor: admin, bytes: bytesOf(csv) }, h.db);
    expect(rows.map((r) => r.values.agencyDuty)).toEqual(['staff', 'staff', 'focal_point', 'staff', 'staff']);
    const warnings = await userImportWarnings(rows, h.db);
    expect(warnings.map(inVietnamese)).toEqual([
      '3 người không ghi Nhiệm vụ sẽ là “Cán bộ”: soạn được báo cáo nhưng không gửi được. Người gửi báo cáo của cơ quan phải là “Đầu mối”.',
      'Bộ Y tế sẽ không có Đầu mối nào (trong tệp và trong hệ thống): 2 người của cơ quan đều là Cán bộ, không ai gửi được báo cáo. Hãy chọn “Đầu mối” cho ít nhất một người.',
    ]);
    expect(inEnglish(warnings[1]!)).toBe(
      'Bộ Y tế would have no focal point (in the file or already in the system): its 2 people are all staff, so nobody can submit its reports. Make at least one of them a focal point (“Đầu mối”).',
    );
  });
});

// Attacker pass 26: one row of a staff list sent from outside made an administrator, the preview saying only "41 rows, 0
// with errors".
describe('privileged rows', () => {
  it('refuses an administrator row in the preview and as posted back, and names secretariat and leader rows', async () => {
    const csv = [
      'Họ và tên;Email;Vai trò;Cơ quan;Nhiệm vụ',
      'An;an.priv@example.gov.vn;Cơ quan;BNV;Đầu mối',
      'Hỗ Trợ;hotro.priv@example.gov.vn;Quản trị viên;;',
      'Bình;binh.priv@example.gov.vn;Thư ký;;',
      'Cường;cuong.priv@example.gov.vn;Lãnh đạo;;',
    ].join('\n');
    const rows = await previewUserImport({ actor: admin, text: csv }, h.db);
    expect(rows.map((r) => Object.keys(r.errors))).toEqual([[], ['role'], [], []]);
    expect(inVietnamese(rows[1]!.errors.role![0]!)).toMatch(/^Không tạo Quản trị viên qua nhập danh sách/);
    expect((await userImportWarnings(rows, h.db)).map(inVietnamese)).toContain(
      '2 người sẽ có vai trò Thư ký hoặc Lãnh đạo (xem được công việc của mọi cơ quan): binh.priv@example.gov.vn, cuong.priv@example.gov.vn. Hãy kiểm tra trước khi nhập.',
    );
    // posted back with the role set by hand: refused, nothing created
    const before = await h.db.select().from(users);
    await expect(importUsers({ actor: admin, rows: posted(rows) }, h.db)).rejects.toThrow();
    expect(await h.db.select().from(users)).toHaveLength(before.length);
  });
});

// Importing the same list again failed on every row ("already has an account") and so created nobody, the new
// people of the list included: a re-import skips who is already there, and says so.
describe('importing a list again', () => {
  it('skips the people who already have an account, says so, and creates the others', async () => {
    const first = ['Họ và tên;Email;Vai trò;Cơ quan;Nhiệm vụ', 'An;an.again@example.gov.vn;Cơ quan;BNV;Đầu mối'];
    const once = await previewUserImport({ actor: admin, text: first.join('\n') }, h.db);
    expect(await importUsers({ actor: admin, rows: posted(once) }, h.db)).toEqual({
      created: 1,
      skipped: [],
      members: 0,
    });
    const again = [...first, 'Bình;binh.again@example.gov.vn;Cơ quan;BNV;Cán bộ'].join('\n');
    const rows = await previewUserImport({ actor: admin, text: again }, h.db);
    expect(rows.map((r) => [r.values.email, r.existing ?? false, r.errors])).toEqual([
      ['an.again@example.gov.vn', true, {}],
      ['binh.again@example.gov.vn', false, {}],
    ]);
    expect((await userImportWarnings(rows, h.db)).map(inVietnamese)).toEqual([
      '1 người đã có tài khoản (cùng email), sẽ được bỏ qua: an.again@example.gov.vn.',
    ]);
    expect(await importUsers({ actor: admin, rows: posted(rows) }, h.db)).toEqual({
      created: 1,
      skipped: ['an.again@example.gov.vn'],
      members: 0,
    });
    // A third time: nothing to create, nothing refused.
    expect(await importUsers({ actor: admin, rows: posted(rows) }, h.db)).toEqual({
      created: 0,
      skipped: ['an.again@example.gov.vn', 'binh.again@example.gov.vn'],
      members: 0,
    });
    const made = await h.db.select().from(users).where(like(users.email, '%.again@example.gov.vn'));
    expect(made).toHaveLength(2);
  });
});

describe('what the administrator is told once the accounts are made', () => {
  it('without a mail server, that the invitations reached nobody and wait in the outbox; with one, that they leave', () => {
    // It said "queued in the outbox; sent once the import is done" either way: without SMTP, nobody got anything.
    expect(inVietnamese(usersImportedMessage(21, false))).toBe(
      'Đã tạo 21 người dùng. Máy chủ chưa cấu hình gửi thư (SMTP) nên 21 thư mời chưa đến người nhận: thư nằm trong Hộp thư đi (Hàng đợi › Hộp thư đi), mỗi thư có liên kết đặt mật khẩu để chuyển cho từng người.',
    );
    expect(inEnglish(usersImportedMessage(1, false))).toBe(
      '1 user was created. No mail server (SMTP) is configured, so the invitation has reached nobody: they wait in the outbox (Queue › Outbox), each with its link to set a password, to pass on to each person.',
    );
    expect(inVietnamese(usersImportedMessage(21, true))).toBe(
      'Đã tạo 21 người dùng và xếp 21 thư mời vào Hộp thư đi; thư được gửi sau khi nhập xong.',
    );
  });
});
