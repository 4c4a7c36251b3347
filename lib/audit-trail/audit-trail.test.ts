import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { auditEntries } from '@/db/schema';
import type { Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { inVietnamese, refusal } from '@/tests/i18n';
import { auditDiff, auditDiffText, auditRecordHref } from './diff';
import { auditExportResponse, streamAuditWorkbook } from './export';
import { auditFilterOptions, listAuditTrail } from './queries';
import { auditFilterFromParams, auditFilterToParams, badFilterMessage, type AuditFilter } from './schemas';

let h: DatabaseHandle;
let admin: Actor;
let thuky: Actor;
/** Every row this file writes has this record type, so the demo's own audit rows stay out of the counts. */
const TYPE = 'trail_test';

beforeAll(async () => {
  h = await createTestDatabase();
  admin = await actorFor(h.db, { role: 'admin' });
  thuky = await actorFor(h.db, { role: 'secretariat' });
  const at = (iso: string) => new Date(iso);
  await h.db.insert(auditEntries).values([
    // 01/03/2026 23:59 in Vietnam (16:59 UTC) and 02/03/2026 00:00 in Vietnam (17:00 UTC).
    {
      actorUserId: admin.userId,
      actorRole: 'admin',
      action: 'trail.edit',
      entityType: TYPE,
      entityId: '7',
      before: { title: 'Cũ', n: 1 },
      after: { title: 'Mới', n: 1 },
      createdAt: at('2026-03-01T16:59:00Z'),
    },
    {
      actorUserId: thuky.userId,
      actorRole: 'secretariat',
      action: 'trail.edit',
      entityType: TYPE,
      entityId: '8',
      after: { title: 'Tạo' },
      createdAt: at('2026-03-01T17:00:00Z'),
    },
    {
      actorUserId: null,
      actorRole: 'system',
      action: 'trail.job',
      entityType: TYPE,
      entityId: '7',
      createdAt: at('2026-03-05T03:00:00Z'),
    },
    // A user who no longer exists: audit rows have no foreign key.
    {
      actorUserId: 999_999,
      actorRole: 'agency',
      action: 'trail.job',
      entityType: TYPE,
      entityId: '9',
      createdAt: at('2026-03-06T03:00:00Z'),
    },
  ]);
  // 120 more rows by the secretariat, for paging.
  await h.db.insert(auditEntries).values(
    Array.from({ length: 120 }, (_, i) => ({
      actorUserId: thuky.userId,
      actorRole: 'secretariat',
      action: 'trail.bulk',
      entityType: TYPE,
      entityId: String(1000 + i),
      createdAt: at('2026-04-01T03:00:00Z'),
    })),
  );
});
afterAll(() => h.close());

const list = (filter: Omit<AuditFilter, 'entityType'>, before?: number | null) =>
  listAuditTrail({ actor: admin, filter: { entityType: TYPE, ...filter }, before, limit: 500 }, h.db);

describe('the audit trail query', () => {
  it('filters by person (and the system), action, record and Vietnam days, newest first', async () => {
    expect((await list({ person: admin.userId })).rows.map((r) => r.entityId)).toEqual(['7']);
    expect((await list({ person: 'system' })).rows.map((r) => r.action)).toEqual(['trail.job']);
    expect((await list({ action: 'trail.edit' })).rows.map((r) => r.entityId)).toEqual(['8', '7']);
    expect((await list({ entityId: '7' })).rows.map((r) => r.action)).toEqual(['trail.job', 'trail.edit']);
    // 01/03 in Vietnam ends at 16:59:59 UTC; 02/03 starts at 17:00 UTC on the 1st.
    expect((await list({ from: '2026-03-01', to: '2026-03-01' })).rows.map((r) => r.entityId)).toEqual(['7']);
    expect((await list({ from: '2026-03-02', to: '2026-03-05' })).rows.map((r) => r.entityId)).toEqual(['7', '8']);
    expect((await list({ from: '2026-03-02', to: '2026-03-05' })).rows.map((r) => r.action)).toEqual([
      'trail.job',
      'trail.edit',
    ]);
    expect((await list({ action: 'trail.edit', person: thuky.userId })).rows).toHaveLength(1);
    expect((await list({ action: 'nothing.like.this' })).rows).toHaveLength(0);
  });

  it('names the acting user from the users table, and survives a user that is gone', async () => {
    const { rows } = await list({ action: 'trail.edit' });
    expect(rows[0]).toMatchObject({ actorName: thuky.name, actorEmail: thuky.email });
    const [gone] = (await list({ entityId: '9' })).rows;
    expect(gone).toMatchObject({ actorUserId: 999_999, actorName: null, actorEmail: null });
  });

  it('pages by id, 50 at a time, with no row twice and none left out', async () => {
    const seen: number[] = [];
    let before: number | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof listAuditTrail>> = await listAuditTrail(
        { actor: admin, filter: { entityType: TYPE }, before },
        h.db,
      );
      expect(page.rows.length).toBeLessThanOrEqual(50);
      seen.push(...page.rows.map((r) => r.id));
      before = page.next;
      pages++;
    } while (before);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(124);
    expect(new Set(seen).size).toBe(124);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it('offers the actions, record types and people that the form selects from', async () => {
    const options = await auditFilterOptions({ actor: admin }, h.db);
    expect(options.actions).toEqual(expect.arrayContaining(['trail.edit', 'trail.job', 'trail.bulk']));
    expect(options.types).toContain(TYPE);
    expect(options.people.map((p) => p.email)).toContain(thuky.email);
  });

  it('is the administrator’s alone', async () => {
    await expect(listAuditTrail({ actor: thuky, filter: {} }, h.db)).rejects.toThrow();
    await expect(auditFilterOptions({ actor: thuky }, h.db)).rejects.toThrow();
    await expect(streamAuditWorkbook({ actor: thuky, filter: {} }, h.db)).rejects.toThrow();
  });
});

describe('the filters in the URL', () => {
  it('reads dd/MM/yyyy dates, ids and the system, and writes them back', () => {
    const { filter, before, ignored } = auditFilterFromParams({
      person: '12',
      action: 'task.update',
      type: 'task',
      record: ' 42 ',
      from: '01/03/2026',
      to: '2026-03-31',
      before: '900',
    });
    expect(ignored).toEqual([]);
    expect(filter).toEqual({
      person: 12,
      action: 'task.update',
      entityType: 'task',
      entityId: '42',
      from: '2026-03-01',
      to: '2026-03-31',
    });
    expect(before).toBe(900);
    expect(auditFilterFromParams(Object.fromEntries(auditFilterToParams(filter, before))).filter).toEqual(filter);
    expect(auditFilterFromParams({ person: 'system' }).filter.person).toBe('system');
  });

  it('names each bad value and drops it: arrays, huge ids, dates that do not exist, a range backwards', () => {
    const { filter, before, ignored } = auditFilterFromParams({
      person: ['1', '2'],
      action: "x'; drop table users; --",
      type: 'a'.repeat(200),
      record: '\u0000',
      from: '31/02/2026',
      before: '99999999999999999999999',
    });
    expect(filter).toEqual({});
    expect(before).toBeNull();
    expect(ignored.sort()).toEqual(['action', 'before', 'from', 'person', 'record', 'type']);
    const backwards = auditFilterFromParams({ from: '10/03/2026', to: '01/03/2026', person: '-3' });
    expect(backwards.filter).toEqual({ from: '2026-03-10' });
    expect(backwards.ignored.sort()).toEqual(['person', 'to']);
    expect(auditFilterFromParams({ person: '', action: '' })).toEqual({ filter: {}, before: null, ignored: [] });
  });

  it('says which filters were bad, in words', () => {
    expect(inVietnamese(badFilterMessage(['from', 'person']))).toBe(
      'Bộ lọc không hợp lệ: from, person. Hãy sửa bộ lọc rồi xuất lại.',
    );
  });
});

describe('the compact diff', () => {
  it('shows the fields that changed, and links the records that have a page', () => {
    expect(auditDiff({ title: 'Cũ', n: 1 }, { title: 'Mới', n: 1 }).lines).toEqual([
      { field: 'title', before: 'Cũ', after: 'Mới' },
    ]);
    expect(auditDiffText(null, { status: 'done', progress: 100 })).toBe('status: → done\nprogress: → 100');
    expect(auditDiffText({ a: 'x'.repeat(200) }, null)).toMatch(/^a: x{79}… →$/);
    expect(auditDiffText(null, null)).toBe('');
    expect(auditRecordHref('task', '12')).toBe('/tasks/12');
    expect(auditRecordHref('session', '3')).toBe('/sessions/3');
    expect(auditRecordHref('task', '../x')).toBeNull();
    expect(auditRecordHref('document', '3')).toBeNull();
  });
});

async function readWorkbook(stream: PassThrough): Promise<ExcelJS.Workbook> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return wb;
}

describe('the Excel export', () => {
  it('holds the filtered rows, newest first, with names, times in Vietnam and the changes', async () => {
    const wb = await readWorkbook(
      await streamAuditWorkbook({ actor: admin, filter: { entityType: TYPE, action: 'trail.edit' } }, h.db),
    );
    const sheet = wb.getWorksheet('Nhật ký thao tác')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1).slice(0, 9)).toEqual([
      'ID',
      'Thời gian',
      'Người thực hiện',
      'Email',
      'Vai trò',
      'Thao tác',
      'Loại bản ghi',
      'Mã bản ghi',
      'Thay đổi',
    ]);
    expect(sheet.actualRowCount).toBe(3);
    expect(values(2).slice(1, 9)).toEqual([
      '02/03/2026 00:00',
      thuky.name,
      thuky.email,
      'secretariat',
      'trail.edit',
      TYPE,
      '8',
      'title: → Tạo',
    ]);
    expect(values(3).slice(1, 9)).toEqual([
      '01/03/2026 23:59',
      admin.name,
      admin.email,
      'admin',
      'trail.edit',
      TYPE,
      '7',
      'title: Cũ → Mới',
    ]);
    const about = wb.getWorksheet('Bộ lọc')!;
    const aboutText = about.getSheetValues().flat().join('|');
    expect(aboutText).toContain('trail.edit');
    expect(aboutText).not.toContain('Chỉ xuất');
  });

  it('stays a file Excel reads when a row holds what XML cannot carry (attacker pass 29)', async () => {
    // A progress note with U+FFFF, audited before the input was cleaned: rows are never changed, and ExcelJS (as Excel)
    // refused the whole export as damaged ("disallowed character").
    await h.db.insert(auditEntries).values({
      actorUserId: admin.userId,
      actorRole: 'agency',
      action: 'trail.xml',
      entityType: TYPE,
      entityId: '9',
      before: { note: 'Cũ' },
      after: { note: 'Ghi chú \uffff\ufffe\u0001 hết' },
    });
    const wb = await readWorkbook(
      await streamAuditWorkbook({ actor: admin, filter: { entityType: TYPE, action: 'trail.xml' } }, h.db),
    );
    const row = (wb.getWorksheet('Nhật ký thao tác')!.getRow(2).values as unknown[]).slice(1);
    expect(row[8]).toBe('note: Cũ → Ghi chú  hết');
    expect(row[10]).toBe('{"note":"Ghi chú \\u0001 hết"}');
  });

  it('answers the route with a download, and refuses bad filters by name rather than widen the export', async () => {
    const res = await auditExportResponse(
      { actor: admin, query: new URLSearchParams({ type: TYPE, record: '7', from: '01/03/2026' }) },
      h.db,
    );
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="nhat-ky-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet('Nhật ký thao tác')!.actualRowCount).toBe(3);
    const bad = await refusal(
      auditExportResponse({ actor: admin, query: new URLSearchParams('person=1&person=2&from=31/02/2026') }, h.db),
    );
    expect(bad.message).toBe('Bộ lọc không hợp lệ: person, from. Hãy sửa bộ lọc rồi xuất lại.');
    await expect(auditExportResponse({ actor: thuky, query: new URLSearchParams() }, h.db)).rejects.toThrow();
  });

  it('stops at its cap and says so', async () => {
    const wb = await readWorkbook(
      await streamAuditWorkbook({ actor: admin, filter: { entityType: TYPE }, max: 100, locale: 'en' }, h.db),
    );
    expect(wb.getWorksheet('Audit trail')!.actualRowCount).toBe(101);
    const about = wb.getWorksheet('Filters')!.getSheetValues().flat().join('|');
    expect(about).toContain('Only this many newest rows exported|100');
  });
});
