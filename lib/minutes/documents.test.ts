import JSZip from 'jszip';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries, committees, people, sessions, tasks } from '@/db/schema';
import {
  acceptProposals,
  createDirective,
  deleteDirective,
  moveDirective,
  updateDirective,
} from '@/lib/directives/mutations';
import { countDirectives, listDirectives, listSessionDirectives } from '@/lib/directives/queries';
import { AppError } from '@/lib/errors';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { addAttendees } from '@/lib/sessions/attendees';
import { addPoint, createSession } from '@/lib/sessions/mutations';
import { sessionFormSchema } from '@/lib/sessions/schemas';
import { assignDirective, assignToTargets } from '@/lib/tasks/assign';
import { reassignTask } from '@/lib/tasks/mutations';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { noticeAssignment } from './compose';
import { buildOfficialDocx } from './docx';
import { APPROVAL_NEEDED, approveDocument, changeDocumentStatus, OWN_APPROVAL, saveDocument } from './mutations';
import { compareRevisions, getDocument, listRevisions } from './queries';
import { documentFieldsSchema } from './schemas';

let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
let sessionId: number;
const agencyId: Record<string, number> = {};

const directive = (text: string, extra: Record<string, unknown> = {}) => ({
  text,
  parentId: null,
  areaCodes: [] as never[],
  isCrossCutting: false,
  isAssessment: false,
  isConfidential: false,
  issuedBy: 'Thủ tướng Chính phủ Phạm Minh Chính',
  sourceDocument: null,
  ...extra,
});

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

beforeAll(async () => {
  h = await createTestDatabase();
  // The sessions below are this file's own (their numbers appear in the documents' expected texts); the
  // users are made for it too.
  actors.secretariat = await actorFor(h.db, { role: 'secretariat' });
  actors.leader = await actorFor(h.db, { role: 'leader' });
  actors.admin = await actorFor(h.db, { role: 'admin' });
  actors.bnv = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  actors.tuyenQuang = await actorFor(h.db, { role: 'agency', agencyCode: 'P-TUYENQUANG' });
  for (const a of await h.db.select().from(agencies)) agencyId[a.code] = a.id;
  const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
  sessionId = await createSession(
    {
      actor: actors.secretariat!,
      values: sessionFormSchema.parse({
        committeeId: c!.id,
        number: 18,
        title: 'Phiên họp thứ 18 Ban Chỉ đạo cải cách hành chính của Chính phủ',
        date: '05/03/2026',
        time: '09:00',
        format: 'hybrid',
        status: 'held',
        location: 'Trụ sở Chính phủ',
      }),
    },
    h.db,
  );
});
afterAll(() => h.close());

describe('directives', () => {
  it('numbers items from their place (1, 2, 2a, 2b) through adds, moves and deletes', async () => {
    const s = actors.secretariat!;
    const one = await createDirective(
      { actor: s, sessionId, values: directive('Đánh giá chung', { isAssessment: true }) },
      h.db,
    );
    const two = await createDirective(
      { actor: s, sessionId, values: directive('Đẩy mạnh cải cách:', { areaCodes: ['procedures'] }) },
      h.db,
    );
    const twoA = await createDirective(
      { actor: s, sessionId, values: directive('Cắt giảm thủ tục', { parentId: two, areaCodes: ['procedures'] }) },
      h.db,
    );
    const three = await createDirective(
      { actor: s, sessionId, values: directive('Chuyển đổi số', { areaCodes: ['digital_government'] }) },
      h.db,
    );
    const twoB = await createDirective(
      { actor: s, sessionId, values: directive('Dịch vụ công trực tuyến', { parentId: two }) },
      h.db,
    );
    const ordinals = async () =>
      (await listSessionDirectives({ actor: s, sessionId }, h.db)).map((d) => `${d.ordinal}:${d.text}`);
    expect(await ordinals()).toEqual([
      '1:Đánh giá chung',
      '2:Đẩy mạnh cải cách:',
      '2a:Cắt giảm thủ tục',
      '2b:Dịch vụ công trực tuyến',
      '3:Chuyển đổi số',
    ]);
    await moveDirective({ actor: s, directiveId: twoB, direction: 'up' }, h.db);
    await moveDirective({ actor: s, directiveId: three, direction: 'up' }, h.db);
    expect(await ordinals()).toEqual([
      '1:Đánh giá chung',
      '2:Chuyển đổi số',
      '3:Đẩy mạnh cải cách:',
      '3a:Dịch vụ công trực tuyến',
      '3b:Cắt giảm thủ tục',
    ]);
    await deleteDirective({ actor: s, directiveId: one }, h.db);
    expect((await ordinals())[0]).toBe('1:Chuyển đổi số');
    const refused = await deleteDirective({ actor: s, directiveId: two }, h.db).catch((e: Error) => e);
    expect(inVietnamese((refused as Error).message)).toContain('mục con');
    expect(twoA).toBeGreaterThan(0);
  });

  it('refuses a stale edit and anyone but the secretariat', async () => {
    const [d] = await listSessionDirectives({ actor: actors.secretariat!, sessionId }, h.db);
    await updateDirective(
      {
        actor: actors.secretariat!,
        directiveId: d!.id,
        version: d!.version,
        values: directive('Chuyển đổi số quốc gia', { areaCodes: ['digital_government'] }),
      },
      h.db,
    );
    const e = await refusal(
      updateDirective(
        { actor: actors.secretariat!, directiveId: d!.id, version: d!.version, values: directive('Bản cũ') },
        h.db,
      ),
    );
    expect(e.code).toBe('CONFLICT');
    await expect(
      createDirective({ actor: actors.bnv!, sessionId, values: directive('x') }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      createDirective({ actor: actors.leader!, sessionId, values: directive('x') }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('saves reviewed proposals with their tasks in one transaction, or nothing', async () => {
    const before = (await listSessionDirectives({ actor: actors.secretariat!, sessionId }, h.db)).length;
    const item = (key: string, extra: Record<string, unknown> = {}) => ({
      key,
      parentKey: null,
      text: `Nội dung ${key}`,
      areaCodes: [],
      isCrossCutting: true,
      isAssessment: false,
      sourceDocument: null,
      leadAgencyIds: [],
      coordinatorIds: [],
      monitorAgencyId: null,
      deadline: null,
      ...extra,
    });
    // A lead without a deadline refuses the whole batch.
    await refusal(
      acceptProposals(
        {
          actor: actors.secretariat!,
          sessionId,
          issuedBy: null,
          items: [item('4'), item('5', { leadAgencyIds: [agencyId.BNV] })] as never,
        },
        h.db,
      ),
    );
    expect((await listSessionDirectives({ actor: actors.secretariat!, sessionId }, h.db)).length).toBe(before);
    // A merged-away agency cannot be given new work.
    await refusal(
      acceptProposals(
        {
          actor: actors.secretariat!,
          sessionId,
          issuedBy: null,
          items: [item('4', { leadAgencyIds: [agencyId['P-HAGIANG']], deadline: { kind: 'urgent' } })] as never,
        },
        h.db,
      ),
    );
    const [{ n: assignsBefore }] = (await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(eq(auditEntries.action, 'task.assign'))) as [{ n: number }];
    const ids = await acceptProposals(
      {
        actor: actors.secretariat!,
        sessionId,
        issuedBy: 'Thủ tướng Chính phủ',
        items: [
          item('4', { text: 'Hoàn thiện thể chế:', isCrossCutting: false, areaCodes: ['institutional'] }),
          item('4a', {
            parentKey: '4',
            text: 'Trình Nghị định về cải cách thủ tục hành chính',
            areaCodes: ['procedures'],
            leadAgencyIds: [agencyId.BTP],
            coordinatorIds: [agencyId.VPCP, agencyId.BNV],
            monitorAgencyId: agencyId.VPCP,
            deadline: { kind: 'dated', dueDate: '2026-10-20' },
          }),
          item('5', {
            text: 'Các tỉnh báo cáo hằng quý',
            leadAgencyIds: [agencyId['P-TUYENQUANG'], agencyId['P-HANOI']],
            deadline: { kind: 'recurring', period: 'quarterly' },
          }),
        ] as never,
      },
      h.db,
    );
    expect(ids).toHaveLength(3);
    const list = await listSessionDirectives({ actor: actors.secretariat!, sessionId }, h.db);
    const fourA = list.find((d) => d.text.startsWith('Trình Nghị định'))!;
    expect(fourA.ordinal).toMatch(/^\da$/);
    expect(fourA.tasks).toHaveLength(1);
    expect(fourA.tasks[0]).toMatchObject({
      leadName: 'Bộ Tư pháp',
      coordinatorNames: ['Bộ Nội vụ', 'Văn phòng Chính phủ'],
      monitorName: 'Văn phòng Chính phủ',
      dueDate: '2026-10-20',
    });
    const five = list.find((d) => d.text === 'Các tỉnh báo cáo hằng quý')!;
    expect(five.tasks.map((t) => t.leadName).sort()).toEqual(['UBND thành phố Hà Nội', 'UBND tỉnh Tuyên Quang']);
    const [{ n }] = (await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(auditEntries)
      .where(eq(auditEntries.action, 'task.assign'))) as [{ n: number }];
    expect(n).toBe(assignsBefore + 3);
  });

  it('lets a leader list directives by reform area, searching without accents', async () => {
    const byArea = await listDirectives(
      { actor: actors.leader!, filter: { committee: null, session: null, area: 'procedures' } },
      h.db,
    );
    expect(byArea.length).toBeGreaterThan(0);
    expect(byArea.every((d) => d.areaCodes.includes('procedures'))).toBe(true);
    const found = await listDirectives(
      { actor: actors.leader!, filter: { committee: null, session: null, q: 'NGHI DINH VE CAI CACH' } },
      h.db,
    );
    expect(found.map((d) => d.text)).toEqual(['Trình Nghị định về cải cách thủ tục hành chính']);
  });

  it('counts what each reader may list, per area, and reads the list one page at a time', async () => {
    for (const actor of [actors.leader!, actors.secretariat!, actors.bnv!, actors.tuyenQuang!]) {
      for (const area of [undefined, 'procedures', 'cross_cutting'] as const) {
        const filter = { committee: null, session: null, area };
        const all = await listDirectives({ actor, filter: { ...filter, area: undefined }, limit: 100_000 }, h.db);
        const listed = area ? await listDirectives({ actor, filter, limit: 100_000 }, h.db) : all;
        const counts = await countDirectives({ actor, filter }, h.db);
        expect(counts.total).toBe(listed.length);
        expect(counts.all).toBe(all.length);
        expect(counts.byArea.cross_cutting).toBe(all.filter((d) => d.isCrossCutting).length);
        for (const code of new Set(all.flatMap((d) => d.areaCodes)))
          expect(counts.byArea[code]).toBe(all.filter((d) => d.areaCodes.includes(code)).length);
        // Pages of 2 in the list's order, without gaps or repeats.
        const paged = [];
        for (let offset = 0; offset < listed.length + 2; offset += 2)
          paged.push(...(await listDirectives({ actor, filter, limit: 2, offset }, h.db)));
        expect(paged.map((d) => d.id)).toEqual(listed.map((d) => d.id));
      }
    }
    const leaderAll = await countDirectives(
      { actor: actors.leader!, filter: { committee: null, session: null } },
      h.db,
    );
    expect(leaderAll.all).toBeGreaterThan(2);
  });

  it('only assigns to active agencies', async () => {
    const [d] = await listSessionDirectives({ actor: actors.secretariat!, sessionId }, h.db);
    const e = await refusal(
      assignDirective(
        {
          actor: actors.secretariat!,
          assignment: { directiveId: d!.id, leadAgencyIds: [agencyId.BKHDT!], deadline: { kind: 'urgent' } },
        },
        h.db,
      ),
    );
    expect(inVietnamese(e.message)).toContain('Bộ Kế hoạch và Đầu tư');
  });
});

describe('minutes and conclusion notice', () => {
  const fields = (extra: Record<string, unknown> = {}) =>
    documentFieldsSchema.parse({
      sessionId,
      kind: 'notice',
      version: 0,
      number: '123',
      symbol: 'tb-vpcp',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'Hà Nội',
      issueDate: '09/03/2026',
      subject: 'Kết luận của Thủ tướng Chính phủ tại Phiên họp thứ 18 Ban Chỉ đạo cải cách hành chính của Chính phủ',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      recipients: '- Thủ tướng, các Phó Thủ tướng Chính phủ;\nThành viên Ban Chỉ đạo\nLưu: VT, TCCV',
      body: 'Năm 2025, công tác cải cách hành chính đạt **kết quả tích cực**.',
      closing: '',
      ...extra,
    });

  it('starts a provincial committee’s notice as its province’s, not the Government Office’s', async () => {
    const [committee] = await h.db
      .insert(committees)
      .values({
        code: 'BCD-CCHC-TQ-DOC',
        name: 'Ban Chỉ đạo cải cách hành chính tỉnh Tuyên Quang',
        level: 'provincial',
        standingAgencyId: agencyId['TQ-SNV']!,
      })
      .returning();
    const id = await createSession(
      {
        actor: actors.secretariat!,
        values: sessionFormSchema.parse({
          committeeId: committee!.id,
          number: 1,
          title: 'Phiên họp thứ nhất Ban Chỉ đạo cải cách hành chính tỉnh Tuyên Quang',
          date: '25/11/2026',
          time: '08:00',
          format: 'in_person',
          status: 'held',
        }),
      },
      h.db,
    );
    const notice = (await getDocument({ actor: actors.secretariat!, sessionId: id, kind: 'notice' }, h.db))!;
    expect(notice.fields).toMatchObject({
      symbol: 'TB-UBND',
      issuingBody: 'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      place: 'Tuyên Quang',
      authorityPrefix: 'TL',
      authorityBody: 'CHỦ TỊCH',
      signerTitle: 'CHÁNH VĂN PHÒNG',
    });
    expect(notice.fields.closing).toBe(
      'Ủy ban nhân dân tỉnh Tuyên Quang thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    );
    expect(notice.fields.recipients.join('\n')).not.toMatch(/Thủ tướng|Chính phủ/);
    const minutes = (await getDocument({ actor: actors.secretariat!, sessionId: id, kind: 'minutes' }, h.db))!;
    expect(minutes.fields.place).toBe('Tuyên Quang');
    // With no standing agency, the province the committee's name ends with.
    await h.db.update(committees).set({ standingAgencyId: null }).where(eq(committees.id, committee!.id));
    const again = (await getDocument({ actor: actors.secretariat!, sessionId: id, kind: 'notice' }, h.db))!;
    expect(again.fields.issuingBody).toBe('ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG');
    // The Government's committee keeps the Government Office's (a session of its own, whose notice is not saved).
    const [central] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const centralId = await createSession(
      {
        actor: actors.secretariat!,
        values: sessionFormSchema.parse({
          committeeId: central!.id,
          number: 31,
          title: 'Phiên họp thứ 31',
          date: '25/11/2026',
          time: '08:00',
          format: 'in_person',
          status: 'held',
        }),
      },
      h.db,
    );
    const fresh = (await getDocument({ actor: actors.secretariat!, sessionId: centralId, kind: 'notice' }, h.db))!;
    expect(fresh.documentId).toBeNull();
    expect(fresh.fields).toMatchObject({ issuingBody: 'VĂN PHÒNG CHÍNH PHỦ', symbol: 'TB-VPCP', place: 'Hà Nội' });
  });

  it('saves revisions, publishes only after review, then locks the text unless corrected with a reason', async () => {
    const s = actors.secretariat!;
    expect(await getDocument({ actor: actors.tuyenQuang!, sessionId, kind: 'notice' }, h.db)).toBeNull();
    expect((await getDocument({ actor: s, sessionId, kind: 'notice' }, h.db))!.version).toBe(0);
    const v1 = await saveDocument({ actor: s, values: fields() }, h.db);
    const v2 = await saveDocument(
      { actor: s, values: fields({ version: v1, body: 'Năm 2025, công tác cải cách hành chính đạt kết quả rõ nét.' }) },
      h.db,
    );
    const stale = await refusal(saveDocument({ actor: s, values: fields({ version: v1 }) }, h.db));
    expect(stale.code).toBe('CONFLICT');
    await refusal(changeDocumentStatus({ actor: s, sessionId, kind: 'notice', version: v2, to: 'published' }, h.db));
    await changeDocumentStatus({ actor: s, sessionId, kind: 'notice', version: v2, to: 'in_review' }, h.db);
    await expect(
      changeDocumentStatus(
        { actor: actors.leader!, sessionId, kind: 'notice', version: v2 + 1, to: 'published' },
        h.db,
      ),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await changeDocumentStatus({ actor: s, sessionId, kind: 'notice', version: v2 + 1, to: 'published' }, h.db);

    const [session] = await h.db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(session!.status).toBe('minutes_published');
    const published = await getDocument({ actor: actors.tuyenQuang!, sessionId, kind: 'notice' }, h.db);
    expect(published!.status).toBe('published');

    // Later changes to directives do not change what was published.
    const text = JSON.stringify(published!.model.body);
    const [d] = await listSessionDirectives({ actor: s, sessionId }, h.db);
    await updateDirective(
      {
        actor: s,
        directiveId: d!.id,
        version: d!.version,
        values: directive('Sửa sau khi ban hành', { areaCodes: ['digital_government'] }),
      },
      h.db,
    );
    expect(JSON.stringify((await getDocument({ actor: s, sessionId, kind: 'notice' }, h.db))!.model.body)).toBe(text);

    const locked = await refusal(saveDocument({ actor: s, values: fields({ version: v2 + 2 }) }, h.db));
    expect(inVietnamese(locked.message)).toBe('Văn bản đã ban hành: nêu lý do đính chính để lưu bản sửa.');
    expect(inVietnamese(locked.fieldErrors.reason!)).toBe('Nhập lý do đính chính.');
    expect(inEnglish(locked.fieldErrors.reason!)).toBe('Enter the reason for the correction.');
    await saveDocument(
      { actor: s, values: fields({ version: v2 + 2, number: '124', reason: 'Đính chính số văn bản' }) },
      h.db,
    );
    const doc = (await getDocument({ actor: s, sessionId, kind: 'notice' }, h.db))!;
    const revisions = await listRevisions({ actor: s, documentId: doc.documentId! }, h.db);
    expect(revisions.map((r) => [r.revision, r.status, r.reason])).toEqual([
      [5, 'published', 'Đính chính số văn bản'],
      [4, 'published', null],
      [3, 'in_review', null],
      [2, 'draft', null],
      [1, 'draft', null],
    ]);
    const cmp = await compareRevisions({ actor: s, documentId: doc.documentId!, from: 1, to: 2 }, h.db);
    expect(cmp!.diff.filter((l) => l.kind === 'removed').map((l) => l.text)).toContain(
      'Năm 2025, công tác cải cách hành chính đạt kết quả tích cực.',
    );
    expect(cmp!.diff.filter((l) => l.kind === 'added').map((l) => l.text)).toContain(
      'Năm 2025, công tác cải cách hành chính đạt kết quả rõ nét.',
    );
    expect(doc.model.number).toBe('124');
    expect(doc.model.body.some((b) => 'runs' in b && b.runs.some((r) => r.text === 'Sửa sau khi ban hành'))).toBe(true);
  });

  it('exports the notice as DOCX whose numbered conclusions name the lead agencies and deadlines', async () => {
    const doc = (await getDocument({ actor: actors.tuyenQuang!, sessionId, kind: 'notice' }, h.db))!;
    const zip = await JSZip.loadAsync(await buildOfficialDocx(doc.model));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => p.replace(/<[^>]+>/g, '') + '\n');
    expect(xml).toContain('w:w="11906"');
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
    expect(text).toContain('Số: 124/TB-VPCP');
    expect(text).toContain('Hà Nội, ngày 09 tháng 3 năm 2026');
    expect(text).toContain('THÔNG BÁO');
    expect(text).toMatch(
      /a\) Trình Nghị định về cải cách thủ tục hành chính\. Bộ Tư pháp chủ trì, phối hợp với Bộ Nội vụ, Văn phòng Chính phủ; Văn phòng Chính phủ theo dõi, đôn đốc; hoàn thành trước ngày 20\/10\/2026\./,
    );
    expect(text).toContain(
      'Các tỉnh báo cáo hằng quý. UBND thành phố Hà Nội và UBND tỉnh Tuyên Quang chủ trì; thực hiện thường xuyên, báo cáo hằng quý.',
    );
    expect(text).toContain('KT. BỘ TRƯỞNG, CHỦ NHIỆM');
    expect(text).toContain('Nơi nhận:');
    expect(text).toContain('- Lưu: VT, TCCV.');
    expect(text).toContain('Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.');
  });

  it('keeps drafts from agencies and counts the assigned tasks', async () => {
    expect(await getDocument({ actor: actors.bnv!, sessionId, kind: 'minutes' }, h.db)).toBeNull();
    expect(await getDocument({ actor: actors.leader!, sessionId, kind: 'minutes' }, h.db)).not.toBeNull();
    const [{ n }] = (await h.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(tasks)
      .where(sql`${tasks.directiveId} in (select id from directives where session_id = ${sessionId})`)) as [
      { n: number },
    ];
    expect(n).toBe(3);
  });

  it('leaves confidential directives out of the documents, and keeps a session’s documents from agencies until it is published', async () => {
    const s = actors.secretariat!;
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const other = await createSession(
      {
        actor: s,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 90,
          title: 'Phiên họp riêng',
          date: '01/04/2026',
          time: '09:00',
          format: 'online',
          status: 'held',
        }),
      },
      h.db,
    );
    await createDirective(
      {
        actor: s,
        sessionId: other,
        values: directive('Nội dung mật về nhân sự', { isConfidential: true, areaCodes: ['civil_service'] }),
      },
      h.db,
    );
    await createDirective(
      { actor: s, sessionId: other, values: directive('Nội dung công khai', { areaCodes: ['procedures'] }) },
      h.db,
    );
    const minutes = documentFieldsSchema.parse({
      ...fields(),
      sessionId: other,
      kind: 'minutes',
      symbol: 'BB-BCD',
      number: '1',
    });
    const v = await saveDocument({ actor: s, values: minutes }, h.db);
    const draft = (await getDocument({ actor: s, sessionId: other, kind: 'minutes' }, h.db))!;
    const text = JSON.stringify(draft.model.body);
    expect(text).toContain('Nội dung công khai');
    expect(text).not.toContain('Nội dung mật');
    await changeDocumentStatus({ actor: s, sessionId: other, kind: 'minutes', version: v, to: 'in_review' }, h.db);
    await changeDocumentStatus({ actor: s, sessionId: other, kind: 'minutes', version: v + 1, to: 'published' }, h.db);
    // Published minutes of a session whose notice is not published: still not for agencies.
    expect(await getDocument({ actor: actors.bnv!, sessionId: other, kind: 'minutes' }, h.db)).toBeNull();
    // Publishing the notice bumps the session's version, so an edit form opened before cannot undo it.
    const [before] = await h.db.select().from(sessions).where(eq(sessions.id, other));
    const nv = await saveDocument(
      { actor: s, values: documentFieldsSchema.parse({ ...fields(), sessionId: other, number: '2' }) },
      h.db,
    );
    await changeDocumentStatus({ actor: s, sessionId: other, kind: 'notice', version: nv, to: 'in_review' }, h.db);
    await changeDocumentStatus({ actor: s, sessionId: other, kind: 'notice', version: nv + 1, to: 'published' }, h.db);
    const [after] = await h.db.select().from(sessions).where(eq(sessions.id, other));
    expect(after).toMatchObject({ status: 'minutes_published', version: before!.version + 1 });
    expect(await getDocument({ actor: actors.bnv!, sessionId: other, kind: 'minutes' }, h.db)).not.toBeNull();
  });
});

describe('text that can be signed as generated', () => {
  let other: number;
  const paragraphs = (body: ({ runs: { text: string }[] } | object)[]) =>
    body.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : ''));
  const saveAs = async (kind: 'notice' | 'minutes', extra: Record<string, unknown> = {}) => {
    const current = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind }, h.db))!;
    await saveDocument(
      {
        actor: actors.secretariat!,
        values: documentFieldsSchema.parse({
          ...current.fields,
          issueDate: null,
          recipients: current.fields.recipients.join('\n'),
          sessionId: other,
          kind,
          version: current.version,
          ...extra,
        }),
      },
      h.db,
    );
    return (await getDocument({ actor: actors.secretariat!, sessionId: other, kind }, h.db))!;
  };

  beforeAll(async () => {
    const s = actors.secretariat!;
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    other = await createSession(
      {
        actor: s,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 91,
          title: 'Phiên họp thứ 91 Ban Chỉ đạo',
          date: '10/04/2026',
          time: '14:30',
          format: 'hybrid',
          status: 'held',
          location: 'Trụ sở Chính phủ',
        }),
      },
      h.db,
    );
    const main = await addPoint(
      { actor: s, sessionId: other, point: { sessionId: other, name: 'Trụ sở Chính phủ', isMain: true } as never },
      h.db,
    );
    const tq = await addPoint(
      {
        actor: s,
        sessionId: other,
        point: { sessionId: other, name: 'Điểm cầu tỉnh Tuyên Quang', isMain: false } as never,
      },
      h.db,
    );
    await addAttendees(
      {
        actor: s,
        sessionId: other,
        pointId: main,
        attendees: [
          { fullName: 'Trần Văn An', positionTitle: 'Bộ trưởng Bộ Nội vụ', role: 'member', presence: 'present' },
          {
            fullName: 'Lê Thị Bình',
            positionTitle: 'Bộ trưởng Bộ Tư pháp',
            role: 'member',
            presence: 'represented',
            representedBy: 'Phạm Văn Cường, Thứ trưởng Bộ Tư pháp',
          },
          { fullName: 'Hoàng Văn Dũng', positionTitle: 'Bộ trưởng Bộ Tài chính', role: 'member', presence: 'absent' },
        ],
      },
      h.db,
    );
    await addAttendees(
      {
        actor: s,
        sessionId: other,
        pointId: tq,
        attendees: [{ fullName: 'Nguyễn Thị Em', positionTitle: 'Chủ tịch UBND tỉnh', presence: 'present' }],
      },
      h.db,
    );
    const base = { actor: s, leadAgencyIds: [], coordinatorIds: [], monitorAgencyId: null, asOf: 'session' as const };
    const provinces = await createDirective(
      { actor: s, sessionId: other, values: directive('Đẩy mạnh dịch vụ công trực tuyến toàn trình') },
      h.db,
    );
    await assignToTargets(
      { ...base, directiveId: provinces, target: 'provinces', deadline: { kind: 'dated', dueDate: '2026-09-30' } },
      h.db,
    );
    const ministries = await createDirective(
      {
        actor: s,
        sessionId: other,
        values: directive('Các bộ, cơ quan ngang bộ rà soát thủ tục hành chính nội bộ'),
      },
      h.db,
    );
    await assignToTargets(
      { ...base, directiveId: ministries, target: 'ministries', deadline: { kind: 'urgent' } },
      h.db,
    );
  });

  it('writes a substitute as such and never lists an absent member', async () => {
    for (const kind of ['notice', 'minutes'] as const) {
      const doc = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind }, h.db))!;
      const text = paragraphs(doc.model.body).join('\n');
      expect(text).toContain(
        'Phạm Văn Cường, Thứ trưởng Bộ Tư pháp (dự thay đồng chí Lê Thị Bình, Bộ trưởng Bộ Tư pháp)',
      );
      expect(text).not.toMatch(/Lê Thị Bình - /);
      expect(text).toContain('Trần Văn An - Bộ trưởng Bộ Nội vụ');
      expect(text).not.toContain('Hoàng Văn Dũng');
    }
  });

  it('names a group assignment by the group and does not repeat leads the item already names', async () => {
    const doc = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind: 'notice' }, h.db))!;
    const text = paragraphs(doc.model.body);
    expect(text).toContain(
      'Đẩy mạnh dịch vụ công trực tuyến toàn trình. Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì; hoàn thành trước ngày 30/09/2026.',
    );
    expect(text).toContain('Các bộ, cơ quan ngang bộ rà soát thủ tục hành chính nội bộ');
    expect(text.join('\n')).not.toMatch(/\d+ cơ quan \(/);
    // Nothing generated in italics: the sentence reads as part of the item.
    expect(doc.model.body.some((b) => 'runs' in b && b.runs.some((r) => r.italic))).toBe(false);
  });

  it('adds only what a pasted item does not already say', () => {
    const task = {
      leadAgencyId: 1,
      leadName: 'Bộ Nội vụ',
      coordinatorNames: ['Bộ Tài chính'],
      monitorName: null,
      deadlineKind: 'dated' as const,
      dueDate: '2026-10-15',
      recurrence: null,
    };
    const item = (text: string) => ({ id: 1, text, tasks: [task] });
    expect(
      noticeAssignment(item('Bộ Nội vụ chủ trì đổi mới chế độ công vụ, hoàn thành trước ngày 15/10/2026.')),
    ).toBeNull();
    expect(noticeAssignment(item('Giao Bộ Nội vụ tổng hợp, báo cáo trước ngày 15 tháng 10 năm 2026.'))).toBeNull();
    expect(noticeAssignment(item('Bộ Nội vụ chủ trì đổi mới chế độ công vụ; hoàn thành trong quý III năm 2026.'))).toBe(
      'Hoàn thành trước ngày 15/10/2026.',
    );
    expect(noticeAssignment(item('Đổi mới chế độ công vụ'))).toBe(
      'Bộ Nội vụ chủ trì, phối hợp với Bộ Tài chính; hoàn thành trước ngày 15/10/2026.',
    );
  });

  it('reads a province’s department by the short name its own province’s notice uses, and lists every lead', () => {
    const task = (leadAgencyId: number, leadName: string) => ({
      leadAgencyId,
      leadName,
      coordinatorNames: [],
      monitorName: null,
      deadlineKind: 'dated' as const,
      dueDate: '2026-12-15',
      recurrence: null,
    });
    const item = {
      id: 1,
      text: 'Giao Sở Nội vụ chủ trì rà soát vị trí việc làm, trước ngày 15 tháng 12 năm 2026.',
      tasks: [task(1, 'Sở Nội vụ tỉnh Tuyên Quang')],
    };
    expect(noticeAssignment(item)).toBeNull();
    // The province's People's Committee is not "UBND" alone.
    expect(
      noticeAssignment({ ...item, text: 'Giao UBND xã A rà soát.', tasks: [task(2, 'UBND tỉnh Tuyên Quang')] }),
    ).toBe('UBND tỉnh Tuyên Quang chủ trì; hoàn thành trước ngày 15/12/2026.');
    // Nine departments picked by hand: the document names all nine, not "9 cơ quan (A, B, C, …)".
    const nine = Array.from({ length: 9 }, (_, i) => task(10 + i, `Sở Thứ ${i + 1} tỉnh Tuyên Quang`));
    const sentence = noticeAssignment({ id: 2, text: 'Rà soát thủ tục.', tasks: nine })!;
    expect(sentence).not.toMatch(/\d+ cơ quan/);
    for (const t of nine) expect(sentence).toContain(t.leadName);
  });

  it('does not repeat what a sub-item’s heading says, nor a group the item names generically', () => {
    const task = (leadAgencyId: number, leadName: string) => ({
      leadAgencyId,
      leadName,
      coordinatorNames: ['Văn phòng Chính phủ'],
      monitorName: null,
      deadlineKind: 'dated' as const,
      dueDate: '2026-06-30',
      recurrence: null,
    });
    const sub = {
      id: 1,
      text: 'Rà soát quy định về công vụ; hoàn thành trước ngày 30 tháng 6 năm 2026.',
      tasks: [task(1, 'Bộ Nội vụ')],
    };
    const heading = 'Giao Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ:';
    expect(noticeAssignment(sub, [], {}, heading)).toBeNull();
    // Without the heading the lead is not named: the sentence is written.
    expect(noticeAssignment(sub)).toBe(
      'Bộ Nội vụ chủ trì, phối hợp với Văn phòng Chính phủ; hoàn thành trước ngày 30/06/2026.',
    );
    // "Các bộ, ngành, địa phương" is the group the tasks went to: only the deadline it does not state.
    const group = {
      name: 'Các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương',
      agencyIds: [1, 2, 3],
    };
    const all = {
      id: 2,
      text: 'Các bộ, ngành, địa phương đẩy mạnh dịch vụ công trực tuyến toàn trình.',
      tasks: [task(1, 'A'), task(2, 'B'), task(3, 'C')],
    };
    expect(noticeAssignment(all, [group])).toBe('Hoàn thành trước ngày 30/06/2026.');
    // An item that does not name the group generically gets the group's name.
    const plain = { ...all, text: 'Đẩy mạnh dịch vụ công trực tuyến toàn trình.' };
    expect(noticeAssignment(plain, [group])).toMatch(/^Các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh/);
  });

  it('lets the secretariat word each assignment sentence, or leave an item without one', async () => {
    const before = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind: 'notice' }, h.db))!;
    const [provinces, ministries] = before.assignments;
    expect(provinces!.current).toBe(
      'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì; hoàn thành trước ngày 30/09/2026.',
    );
    // The item already names its leads: nothing is prefilled, nothing written twice.
    expect(ministries!.current).toBe('');
    const own = 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương hoàn thành trong quý III năm 2026.';
    let doc = await saveAs('notice', {
      assignments: [
        { directiveId: String(provinces!.id), text: own },
        { directiveId: String(ministries!.id), text: '' },
      ],
    });
    expect(paragraphs(doc.model.body)).toContain(`Đẩy mạnh dịch vụ công trực tuyến toàn trình. ${own}`);
    expect(doc.fields.assignmentTexts).toEqual({ [provinces!.id]: own });
    // Emptied: no sentence at all; sent back as generated: follows the tasks again.
    doc = await saveAs('notice', {
      assignments: [{ directiveId: String(provinces!.id), text: '' }],
    });
    expect(paragraphs(doc.model.body)).toContain('Đẩy mạnh dịch vụ công trực tuyến toàn trình');
    doc = await saveAs('notice', {
      assignments: [{ directiveId: String(provinces!.id), text: ` ${provinces!.auto}\n` }],
    });
    expect(doc.fields.assignmentTexts).toEqual({});
    // A save without the list (another client) keeps the stored wording; another session's item is ignored.
    doc = await saveAs('notice', {
      assignments: [
        { directiveId: String(provinces!.id), text: own },
        { directiveId: '1', text: 'Không thuộc phiên họp này.' },
      ],
    });
    doc = await saveAs('notice', { body: 'Mở đầu.' });
    expect(doc.fields.assignmentTexts).toEqual({ [provinces!.id]: own });
    await saveAs('notice', { assignments: [{ directiveId: String(provinces!.id), text: provinces!.auto }] });
  });

  it('keeps the generated sentence beside a reworded one, and saving it back ("Về câu tự động") follows the tasks again', async () => {
    const [item] = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind: 'notice' }, h.db))!
      .assignments;
    const generated = item!.auto;
    expect(generated).toContain('chủ trì; hoàn thành trước ngày 30/09/2026.');
    let doc = await saveAs('notice', {
      assignments: [{ directiveId: String(item!.id), text: 'Các tỉnh báo cáo kết quả trong quý III.' }],
    });
    // What the button puts back: the sentence written from the tasks, still offered beside the secretariat's.
    expect(doc.assignments[0]).toMatchObject({ current: 'Các tỉnh báo cáo kết quả trong quý III.', auto: generated });
    doc = await saveAs('notice', { assignments: [{ directiveId: String(item!.id), text: doc.assignments[0]!.auto }] });
    expect(doc.fields.assignmentTexts).toEqual({});
    expect(doc.assignments[0]!.current).toBe(generated);
    expect(paragraphs(doc.model.body)).toContain(`Đẩy mạnh dịch vụ công trực tuyến toàn trình. ${generated}`);
  });

  it('names who chaired in place of an absent chair in a new notice’s subject and opening', async () => {
    const s = actors.secretariat!;
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const [pm] = await h.db.select().from(people).where(eq(people.fullName, 'Phạm Minh Chính'));
    const absent = await createSession(
      {
        actor: s,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 94,
          title: 'Phiên họp thứ 94 Ban Chỉ đạo',
          date: '15/04/2026',
          time: '08:00',
          format: 'in_person',
          status: 'held',
          location: 'Trụ sở Chính phủ',
          chairPersonId: String(pm!.id),
        }),
      },
      h.db,
    );
    const point = await addPoint(
      { actor: s, sessionId: absent, point: { sessionId: absent, name: 'Trụ sở Chính phủ', isMain: true } as never },
      h.db,
    );
    await addAttendees(
      {
        actor: s,
        sessionId: absent,
        pointId: point,
        attendees: [
          { fullName: 'Phạm Minh Chính', positionTitle: 'Thủ tướng Chính phủ', role: 'chair', presence: 'absent' },
          { fullName: 'Nguyễn Hòa Bình', positionTitle: 'Phó Thủ tướng Chính phủ', role: 'chair', presence: 'present' },
        ],
      },
      h.db,
    );
    const doc = (await getDocument({ actor: s, sessionId: absent, kind: 'notice' }, h.db))!;
    expect(doc.fields.subject).toBe(
      'Kết luận của Phó Thủ tướng Chính phủ Nguyễn Hòa Bình tại Phiên họp thứ 94 Ban Chỉ đạo',
    );
    const text = paragraphs(doc.model.body).join('\n');
    expect(text).toContain('Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Nguyễn Hòa Bình chủ trì phiên họp thứ 94');
    expect(text).not.toContain('Phạm Minh Chính');
  });

  it('shows the built-in closing in the closing field and ends with exactly one closing', async () => {
    const fresh = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind: 'notice' }, h.db))!;
    expect(fresh.fields.closing).toBe(
      'Văn phòng Chính phủ thông báo để các cơ quan, đơn vị liên quan biết, thực hiện./.',
    );
    const own = 'Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương biết, thực hiện./.';
    const doc = await saveAs('notice', { closing: own });
    const text = paragraphs(doc.model.body);
    expect(text.filter((p) => p.includes('thông báo để'))).toEqual([own]);
    expect(text.at(-1)).toBe(own);
  });

  it('never writes "điểm cầu Điểm cầu"', async () => {
    for (const kind of ['notice', 'minutes'] as const) {
      const doc = (await getDocument({ actor: actors.secretariat!, sessionId: other, kind }, h.db))!;
      const text = paragraphs(doc.model.body).join('\n');
      expect(text).toContain('Tại điểm cầu tỉnh Tuyên Quang có các đồng chí: Nguyễn Thị Em - Chủ tịch UBND tỉnh.');
      expect(text).not.toMatch(/điểm cầu điểm cầu/i);
    }
  });

  it('states the meeting’s time once in the minutes', async () => {
    const doc = await saveAs('minutes');
    const text = paragraphs(doc.model.body).join('\n');
    expect(text).toContain('Thời gian: 14 giờ 30 phút, ngày 10 tháng 4 năm 2026.');
    expect(text.match(/10 tháng 0?4 năm 2026/g)).toHaveLength(1);
    expect(text).toContain('Tại Trụ sở Chính phủ,');
  });
});

describe('publishing approval (decision 024)', () => {
  let session: number;
  let second: Actor;
  const values = (version: number, body = 'Nội dung dự thảo.') =>
    documentFieldsSchema.parse({
      sessionId: session,
      kind: 'notice',
      version,
      number: '77',
      symbol: 'TB-VPCP',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'Hà Nội',
      issueDate: '11/05/2026',
      subject: 'Kết luận tại Phiên họp thứ 92',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      recipients: 'Lưu: VT',
      body,
      closing: '',
    });
  const version = async () =>
    (await getDocument({ actor: actors.secretariat!, sessionId: session, kind: 'notice' }, h.db))!;
  const status = (actor: Actor, v: number, to: 'draft' | 'in_review' | 'published') =>
    changeDocumentStatus({ actor, sessionId: session, kind: 'notice', version: v, to }, h.db);
  const approve = (actor: Actor, v: number) =>
    approveDocument({ actor, sessionId: session, kind: 'notice', version: v }, h.db);
  const auditOf = async (documentId: number) =>
    (
      await h.db
        .select()
        .from(auditEntries)
        .where(sql`${auditEntries.entityType} = 'document' and ${auditEntries.entityId} = ${String(documentId)}`)
        .orderBy(auditEntries.id)
    ).map((a) => [a.action, a.actorUserId]);

  beforeAll(async () => {
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    session = await createSession(
      {
        actor: actors.secretariat!,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 92,
          title: 'Phiên họp thứ 92 Ban Chỉ đạo',
          date: '11/05/2026',
          time: '09:00',
          format: 'in_person',
          status: 'held',
          location: 'Trụ sở Chính phủ',
        }),
      },
      h.db,
    );
    // A second secretariat user, who did not write the draft.
    second = await actorFor(h.db, { role: 'secretariat', name: 'Thư ký thứ hai' });
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('refuses to publish without approval, lets the author neither approve nor bypass it, and a leader approve', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'required');
    const author = actors.secretariat!;
    const v1 = await saveDocument({ actor: author, values: values(0) }, h.db);
    await status(author, v1, 'in_review');
    let doc = await version();
    expect(doc.approval).toMatchObject({ required: true, requestedBy: author.name, approvedBy: null });
    expect(doc.approval.requestedAt).toBeInstanceOf(Date);
    expect(doc.approval).toMatchObject({ canApprove: false, ownDocument: true });

    const refused = await refusal(status(author, doc.version, 'published'));
    expect(refused.message).toBe(APPROVAL_NEEDED);
    expect(inVietnamese(refused.message)).toBe(
      'Văn bản cần được lãnh đạo hoặc một cán bộ khác của Văn phòng phê duyệt trước khi ban hành.',
    );
    const own = await approve(author, doc.version).then(
      () => null,
      (e: unknown) => e,
    );
    expect(own).toBeInstanceOf(ForbiddenError);
    expect((own as ForbiddenError).userMessage).toBe(OWN_APPROVAL);
    expect(inEnglish(OWN_APPROVAL)).toBe(
      'The author or submitter of a document cannot approve it: ask a leader or another officer to approve it.',
    );
    // Agencies and administrators do not approve documents.
    await expect(approve(actors.bnv!, doc.version)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approve(actors.admin!, doc.version)).rejects.toBeInstanceOf(ForbiddenError);

    expect(
      (await getDocument({ actor: actors.leader!, sessionId: session, kind: 'notice' }, h.db))!.approval.canApprove,
    ).toBe(true);
    await approve(actors.leader!, doc.version);
    doc = await version();
    expect(doc.approval).toMatchObject({ approvedBy: actors.leader!.name, canApprove: false });
    expect(doc.approval.approvedAt).toBeInstanceOf(Date);
    await status(author, doc.version, 'published');
    expect((await version()).status).toBe('published');

    const trail = await auditOf(doc.documentId!);
    expect(trail).toEqual([
      ['document.create', author.userId],
      ['document.status_in_review', author.userId],
      ['document.approval_requested', author.userId],
      ['document.approved', actors.leader!.userId],
      ['document.status_published', author.userId],
    ]);
  });

  it('voids an approval when a new version is saved, and lets a second secretariat user approve', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'required');
    const author = actors.secretariat!;
    // The previous test published the notice; the minutes follow the same rule.
    const minutes = (v: number, body?: string) => ({ ...values(v, body), kind: 'minutes' as const });
    const v1 = await saveDocument({ actor: author, values: minutes(0) }, h.db);
    await changeDocumentStatus(
      { actor: author, sessionId: session, kind: 'minutes', version: v1, to: 'in_review' },
      h.db,
    );
    await approveDocument({ actor: second, sessionId: session, kind: 'minutes', version: v1 + 1 }, h.db);
    const approved = (await getDocument({ actor: author, sessionId: session, kind: 'minutes' }, h.db))!;
    expect(approved.approval.approvedBy).toBe('Thư ký thứ hai');

    // The author changes the text after the approval: the approval no longer holds.
    const v4 = await saveDocument({ actor: author, values: minutes(approved.version, 'Nội dung đã sửa.') }, h.db);
    const voided = (await getDocument({ actor: author, sessionId: session, kind: 'minutes' }, h.db))!;
    expect(voided.approval).toMatchObject({ approvedBy: null, approvedAt: null });
    expect(
      (
        await refusal(
          changeDocumentStatus(
            { actor: author, sessionId: session, kind: 'minutes', version: v4, to: 'published' },
            h.db,
          ),
        )
      ).message,
    ).toBe(APPROVAL_NEEDED);
    const trail = await auditOf(voided.documentId!);
    expect(trail.map(([a]) => a)).toContain('document.approval_voided');

    // The second user, having saved it now, is an author too and cannot approve; the first one can.
    const v5 = await saveDocument({ actor: second, values: minutes(v4, 'Nội dung sửa lần hai.') }, h.db);
    await expect(
      approveDocument({ actor: second, sessionId: session, kind: 'minutes', version: v5 }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await approveDocument({ actor: author, sessionId: session, kind: 'minutes', version: v5 }, h.db).then(
      () => expect.unreachable('thuky asked for the approval'),
      (e: unknown) => expect(e).toBeInstanceOf(ForbiddenError),
    );
    await approveDocument({ actor: actors.leader!, sessionId: session, kind: 'minutes', version: v5 }, h.db);
    await changeDocumentStatus(
      { actor: second, sessionId: session, kind: 'minutes', version: v5 + 1, to: 'published' },
      h.db,
    );
    expect((await getDocument({ actor: author, sessionId: session, kind: 'minutes' }, h.db))!.status).toBe('published');
  });

  it('keeps what was approved published while a correction waits for approval (attacker pass 17)', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'required');
    const author = actors.secretariat!;
    // The previous test published the minutes, approved by the leader.
    const published = (await getDocument({ actor: actors.tuyenQuang!, sessionId: session, kind: 'minutes' }, h.db))!;
    const approvedText = JSON.stringify(published.model.body);
    expect(approvedText).toContain('Nội dung sửa lần hai.');
    const minutes = (v: number, body: string) => ({ ...values(v, body), kind: 'minutes' as const, reason: 'Sửa lỗi' });
    const v = await saveDocument({ actor: author, values: minutes(published.version, 'VĂN BẢN CHƯA DUYỆT.') }, h.db);
    // Readers, and the exports built from what they read, still have the approved text.
    const read = (await getDocument({ actor: actors.tuyenQuang!, sessionId: session, kind: 'minutes' }, h.db))!;
    expect(read.status).toBe('published');
    expect(JSON.stringify(read.model.body)).toBe(approvedText);
    const pending = (await getDocument({ actor: actors.leader!, sessionId: session, kind: 'minutes' }, h.db))!;
    expect(pending.approval).toMatchObject({ approvedBy: null, canApprove: true });
    // The author may not approve their own correction; the leader does, and the correction is what readers read.
    await expect(
      approveDocument({ actor: author, sessionId: session, kind: 'minutes', version: v }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await approveDocument({ actor: actors.leader!, sessionId: session, kind: 'minutes', version: v }, h.db);
    const after = (await getDocument({ actor: actors.tuyenQuang!, sessionId: session, kind: 'minutes' }, h.db))!;
    expect(JSON.stringify(after.model.body)).toContain('VĂN BẢN CHƯA DUYỆT.');
    const revisions = await listRevisions({ actor: author, documentId: after.documentId! }, h.db);
    expect(revisions.slice(0, 2).map((r) => [r.status, r.reason])).toEqual([
      ['published', 'Sửa lỗi'],
      ['in_review', 'Sửa lỗi'],
    ]);
  });

  it('publishes only what was approved: a conclusion reworded since sends it back for approval (attacker pass 18)', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'required');
    const author = actors.secretariat!;
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const s = await createSession(
      {
        actor: author,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 196,
          title: 'Phiên họp thứ 196 Ban Chỉ đạo',
          date: '12/05/2026',
          time: '09:00',
          format: 'in_person',
          status: 'held',
          location: 'Trụ sở Chính phủ',
        }),
      },
      h.db,
    );
    const approvedText = 'Rà soát thủ tục hành chính lĩnh vực tư pháp.';
    const directiveId = await createDirective({ actor: author, sessionId: s, values: directive(approvedText) }, h.db);
    await assignDirective(
      {
        actor: author,
        assignment: {
          directiveId,
          leadAgencyIds: [agencyId.BTP!],
          deadline: { kind: 'dated', dueDate: '2027-01-15' },
        },
      },
      h.db,
    );
    const notice = (v: number) => ({ ...values(v), sessionId: s });
    const read = async () => (await getDocument({ actor: author, sessionId: s, kind: 'notice' }, h.db))!;
    const to = (actor: Actor, v: number, target: 'draft' | 'in_review' | 'published') =>
      changeDocumentStatus({ actor, sessionId: s, kind: 'notice', version: v, to: target }, h.db);
    const sendAndApprove = async () => {
      await to(author, (await read()).version, 'in_review');
      await approveDocument(
        { actor: actors.leader!, sessionId: s, kind: 'notice', version: (await read()).version },
        h.db,
      );
    };
    await saveDocument({ actor: author, values: notice(0) }, h.db);
    await sendAndApprove();

    // After the approval the conclusion is reworded: publishing is refused, and nothing is published.
    const [row] = await listSessionDirectives({ actor: author, sessionId: s }, h.db);
    await updateDirective(
      {
        actor: author,
        directiveId,
        version: row!.version,
        values: directive('UNAPPROVED: bãi bỏ toàn bộ quy định.') as never,
      },
      h.db,
    );
    const refused = await refusal(to(author, (await read()).version, 'published'));
    expect(inVietnamese(refused.message)).toContain('đã thay đổi sau khi được phê duyệt');
    expect((await read()).status).toBe('in_review');

    // Sent back and approved again as it now reads, it is published.
    await to(author, (await read()).version, 'draft');
    await sendAndApprove();
    await to(author, (await read()).version, 'published');
    const published = await read();
    expect(JSON.stringify(published.model.body)).toContain('UNAPPROVED: bãi bỏ toàn bộ quy định.');
    // Published, not a draft: the frozen revision carries no "DỰ THẢO" mark.
    expect(published.status).toBe('published');
    expect(published.model.draftWatermark).toBeFalsy();

    // A correction publishes what it was when saved, the revision its approver compares: a conclusion reworded between
    // the correction's save and its approval waits for a correction of its own.
    await saveDocument(
      { actor: author, values: { ...notice(published.version), body: 'Đính chính.', reason: 'Sửa lỗi' } },
      h.db,
    );
    const [again] = await listSessionDirectives({ actor: author, sessionId: s }, h.db);
    await updateDirective(
      {
        actor: author,
        directiveId,
        version: again!.version,
        values: directive('SAU ĐÍNH CHÍNH: chưa duyệt.') as never,
      },
      h.db,
    );
    await approveDocument(
      { actor: actors.leader!, sessionId: s, kind: 'notice', version: (await read()).version },
      h.db,
    );
    const corrected = JSON.stringify((await read()).model.body);
    expect(corrected).toContain('Đính chính.');
    expect(corrected).toContain('UNAPPROVED: bãi bỏ toàn bộ quy định.');
    expect(corrected).not.toContain('SAU ĐÍNH CHÍNH');
  });

  it('refuses to publish a notice whose task went to another agency after approval (attacker pass 18)', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'required');
    const author = actors.secretariat!;
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const s = await createSession(
      {
        actor: author,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 195,
          title: 'Phiên họp thứ 195 Ban Chỉ đạo',
          date: '13/05/2026',
          time: '09:00',
          format: 'in_person',
          status: 'held',
          location: 'Trụ sở Chính phủ',
        }),
      },
      h.db,
    );
    const directiveId = await createDirective(
      { actor: author, sessionId: s, values: directive('Rà soát quy định về tuyển dụng.') },
      h.db,
    );
    const [taskId] = await assignDirective(
      {
        actor: author,
        assignment: { directiveId, leadAgencyIds: [agencyId.BTP!], deadline: { kind: 'dated', dueDate: '2027-01-15' } },
      },
      h.db,
    );
    const read = async () => (await getDocument({ actor: author, sessionId: s, kind: 'notice' }, h.db))!;
    await saveDocument({ actor: author, values: { ...values(0), sessionId: s } }, h.db);
    await changeDocumentStatus(
      { actor: author, sessionId: s, kind: 'notice', version: (await read()).version, to: 'in_review' },
      h.db,
    );
    await approveDocument(
      { actor: actors.leader!, sessionId: s, kind: 'notice', version: (await read()).version },
      h.db,
    );
    expect(JSON.stringify((await read()).model.body)).toContain('Bộ Tư pháp');
    const [task] = await h.db.select().from(tasks).where(eq(tasks.id, taskId!));
    await reassignTask(
      { actor: author, taskId: taskId!, version: task!.version, leadAgencyId: agencyId.BNV!, reason: 'Đổi cơ quan' },
      h.db,
    );
    const refused = await refusal(
      changeDocumentStatus(
        { actor: author, sessionId: s, kind: 'notice', version: (await read()).version, to: 'published' },
        h.db,
      ),
    );
    expect(inEnglish(refused.message)).toContain('changed since it was approved');
  });

  it('publishes without approval when the deployment turns it off', async () => {
    vi.stubEnv('PUBLISH_APPROVAL', 'off');
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const s = await createSession(
      {
        actor: actors.secretariat!,
        values: sessionFormSchema.parse({
          committeeId: c!.id,
          number: 93,
          title: 'Phiên họp thứ 93 Ban Chỉ đạo',
          date: '12/05/2026',
          time: '09:00',
          format: 'in_person',
          status: 'held',
          location: 'Trụ sở Chính phủ',
        }),
      },
      h.db,
    );
    const v = await saveDocument({ actor: actors.secretariat!, values: { ...values(0), sessionId: s } }, h.db);
    await changeDocumentStatus(
      { actor: actors.secretariat!, sessionId: s, kind: 'notice', version: v, to: 'in_review' },
      h.db,
    );
    await changeDocumentStatus(
      { actor: actors.secretariat!, sessionId: s, kind: 'notice', version: v + 1, to: 'published' },
      h.db,
    );
    const doc = (await getDocument({ actor: actors.secretariat!, sessionId: s, kind: 'notice' }, h.db))!;
    expect(doc.status).toBe('published');
    expect(doc.approval.required).toBe(false);
  });
});
