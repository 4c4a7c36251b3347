import { readdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { directives, emailOutbox, notifications } from '@/db/schema';
import { buildOfficialDocx } from '@/lib/minutes/docx';
import { changeDocumentStatus, saveDocument } from '@/lib/minutes/mutations';
import { getDocument } from '@/lib/minutes/queries';
import { documentFieldsSchema } from '@/lib/minutes/schemas';
import type { Actor } from '@/lib/policy';
import { listTasks } from '@/lib/tasks/queries';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeSession, makeTask } from '@/tests/factories';
import { createDirective, deriveOrdinals, updateDirective } from './mutations';
import { listDirectives, listSessionDirectives } from './queries';

/**
 * Decision 021: confidential items are numbered in their own series (M1, M2 …), so a reader who may
 * not see them finds the public series continuous (7 then 8, 3b then 3c), on the pages and in the
 * published notice, which carries none of their text.
 */
let h: DatabaseHandle;
const actors: Record<string, Actor> = {};
let sessionId: number;
const SECRET = 'MẬT-ĐÁNH-SỐ nội dung nhân sự cấp cao';

const directive = (text: string, extra: Record<string, unknown> = {}) => ({
  text,
  parentId: null,
  areaCodes: [] as never[],
  isCrossCutting: false,
  isAssessment: false,
  isConfidential: false,
  issuedBy: 'Thủ tướng Chính phủ',
  sourceDocument: null,
  ...extra,
});

beforeAll(async () => {
  h = await createTestDatabase();
  actors.admin = await actorFor(h.db, { role: 'admin' });
  actors.secretariat = await actorFor(h.db, { role: 'secretariat' });
  actors.leader = await actorFor(h.db, { role: 'leader' });
  // Bộ Nội vụ leads the confidential item's task (so its users see that item); Bộ Tư pháp leads nothing here.
  actors.bnv = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  actors.btp = await actorFor(h.db, { role: 'agency', agencyCode: 'BTP' });
  sessionId = (
    await makeSession(h.db, actors.secretariat, {
      title: 'Phiên họp Ban Chỉ đạo cải cách hành chính của Chính phủ',
      date: '05/03/2026',
      time: '09:00',
      format: 'online',
      status: 'held',
    })
  ).id;
  const s = actors.secretariat!;
  const add = (text: string, extra: Record<string, unknown> = {}) =>
    createDirective({ actor: s, sessionId, values: directive(text, extra) }, h.db);
  // 1 … 7, then a confidential item, then the public item that used to be "9"; item 3 has sub-items
  // a, b, a confidential one, and d.
  const ids: number[] = [];
  for (let i = 1; i <= 7; i++) ids.push(await add(`Kết luận công khai số ${i}`));
  const secret = await add(`${SECRET} (mục lớn)`, { isConfidential: true });
  await add('Kết luận công khai số 8');
  await add('Mục con công khai 3a', { parentId: ids[2] });
  await add('Mục con công khai 3b', { parentId: ids[2] });
  await add(`${SECRET} (mục con)`, { parentId: ids[2], isConfidential: true });
  await add('Mục con công khai 3c', { parentId: ids[2] });
  for (const id of [secret, ids[0]!])
    await makeTask(h.db, s, id, { lead: 'BNV', deadline: { kind: 'dated', dueDate: '2026-12-31' } });
});
afterAll(() => h.close());

const labels = async (actor: Actor) =>
  (await listSessionDirectives({ actor, sessionId }, h.db)).map((d) => `${d.ordinal}:${d.text}`);

const PUBLIC = [
  '1:Kết luận công khai số 1',
  '2:Kết luận công khai số 2',
  '3:Kết luận công khai số 3',
  '3a:Mục con công khai 3a',
  '3b:Mục con công khai 3b',
  '3c:Mục con công khai 3c',
  '4:Kết luận công khai số 4',
  '5:Kết luận công khai số 5',
  '6:Kết luận công khai số 6',
  '7:Kết luận công khai số 7',
  '8:Kết luận công khai số 8',
];

describe('numbering of confidential directives', () => {
  it('a reader without clearance sees a continuous series: 7 then 8, 3b then 3c', async () => {
    expect(await labels(actors.admin!)).toEqual(PUBLIC);
    // The secretariat (and the leader) see the confidential items in place, in their own series.
    expect(await labels(actors.secretariat!)).toEqual([
      ...PUBLIC.slice(0, 5),
      `M1:${SECRET} (mục con)`,
      ...PUBLIC.slice(5, 10),
      `M2:${SECRET} (mục lớn)`,
      PUBLIC[10],
    ]);
    // The directive list and the task list name the confidential item by its own label.
    const list = await listDirectives({ actor: actors.leader!, filter: { committee: null, session: sessionId } }, h.db);
    expect(list.filter((d) => d.isConfidential).map((d) => d.ordinal)).toEqual(['M1', 'M2']);
    const bnvTasks = await listTasks({ actor: actors.bnv!, filter: { sessionId } }, h.db);
    expect(bnvTasks.map((t) => t.directiveOrdinal).sort()).toEqual(['1', 'M2']);
  });

  it('the published notice numbers its conclusions continuously and carries no confidential text', async () => {
    const s = actors.secretariat!;
    const fields = documentFieldsSchema.parse({
      sessionId,
      kind: 'notice',
      version: 0,
      number: '31',
      symbol: 'TB-VPCP',
      issuingBody: 'VĂN PHÒNG CHÍNH PHỦ',
      place: 'Hà Nội',
      issueDate: '09/03/2026',
      subject: 'Kết luận tại Phiên họp thứ 31',
      signerName: 'Nguyễn Văn A',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      recipients: 'Lưu: VT, TCCV',
      body: '',
      closing: '',
    });
    const v = await saveDocument({ actor: s, values: fields }, h.db);
    await changeDocumentStatus({ actor: s, sessionId, kind: 'notice', version: v, to: 'in_review' }, h.db);
    await changeDocumentStatus({ actor: s, sessionId, kind: 'notice', version: v + 1, to: 'published' }, h.db);
    // An agency that is no party to the confidential items reads the published notice and the session.
    const notice = (await getDocument({ actor: actors.btp!, sessionId, kind: 'notice' }, h.db))!;
    const numbered = notice.model.body.filter((b) => b.kind === 'numbered').map((b) => b.label);
    expect(numbered).toEqual(['1.', '2.', '3.', 'a)', 'b)', 'c)', '4.', '5.', '6.', '7.', '8.']);
    expect(JSON.stringify(notice.model)).not.toContain(SECRET.slice(0, 12));
    const docx = await JSZip.loadAsync(await buildOfficialDocx(notice.model));
    const xml = await docx.file('word/document.xml')!.async('string');
    expect(xml).toContain('Kết luận công khai số 8');
    expect(xml).not.toContain(SECRET.slice(0, 12));
    expect(await labels(actors.btp!)).toEqual(PUBLIC);
    // Bộ Nội vụ, assigned to M2, sees it in its own series and still no gap in the public one.
    expect(await labels(actors.bnv!)).toEqual([...PUBLIC.slice(0, 10), `M2:${SECRET} (mục lớn)`, PUBLIC[10]]);
  });

  it('marking an item confidential (or public) renumbers both series; its sub-items follow it', async () => {
    const s = actors.secretariat!;
    const items = await listSessionDirectives({ actor: s, sessionId }, h.db);
    const three = items.find((d) => d.text === 'Kết luận công khai số 3')!;
    await updateDirective(
      {
        actor: s,
        directiveId: three.id,
        version: three.version,
        values: directive(three.text, { isConfidential: true }),
      },
      h.db,
    );
    expect(await labels(actors.admin!)).toEqual([
      '1:Kết luận công khai số 1',
      '2:Kết luận công khai số 2',
      '3:Kết luận công khai số 4',
      '4:Kết luận công khai số 5',
      '5:Kết luận công khai số 6',
      '6:Kết luận công khai số 7',
      '7:Kết luận công khai số 8',
    ]);
    expect((await labels(s)).filter((l) => l.startsWith('M'))).toEqual([
      'M1:Kết luận công khai số 3',
      'M1a:Mục con công khai 3a',
      'M1b:Mục con công khai 3b',
      `M1c:${SECRET} (mục con)`,
      'M1d:Mục con công khai 3c',
      `M2:${SECRET} (mục lớn)`,
    ]);
    const after = (await listSessionDirectives({ actor: s, sessionId }, h.db)).find((d) => d.id === three.id)!;
    await updateDirective(
      { actor: s, directiveId: after.id, version: after.version, values: directive(after.text) },
      h.db,
    );
    // The parent is public again; its sub-items stay confidential until the secretariat says otherwise.
    expect((await labels(actors.admin!)).slice(2, 4)).toEqual([
      '3:Kết luận công khai số 3',
      '4:Kết luận công khai số 4',
    ]);
    expect((await labels(s)).filter((l) => l.startsWith('M'))[0]).toBe('M1:Mục con công khai 3a');
  });

  it('the migration renumbers what was numbered before and takes the text out of notices and emails already written', async () => {
    const s = actors.secretariat!;
    const [task] = await listTasks({ actor: s, filter: { sessionId, q: 'MẬT-ĐÁNH-SỐ' } }, h.db);
    // As main numbered them: one series for all, and a notice and its email quoting the text.
    const items = await listSessionDirectives({ actor: s, sessionId }, h.db);
    const want = new Map(items.map((d) => [d.id, d.ordinal]));
    for (const [i, d] of items.filter((x) => !x.parentId).entries())
      await h.db
        .update(directives)
        .set({ ordinal: String(i + 1) })
        .where(eq(directives.id, d.id));
    await h.db.insert(notifications).values({
      userId: actors.bnv!.userId,
      kind: 'urged',
      title: 'Văn phòng đôn đốc thực hiện nhiệm vụ',
      body: `M2. ${SECRET}`,
      link: `/tasks/${task!.id}`,
      dedupeKey: 'legacy:1:u1',
    });
    await h.db.insert(emailOutbox).values([
      {
        userId: actors.bnv!.userId,
        toAddress: 'a@b',
        subject: 'x',
        text: `Nội dung: ${SECRET}`,
        html: SECRET,
        dedupeKey: 'legacy:1:u1',
      },
      {
        userId: actors.leader!.userId,
        toAddress: 'c@d',
        subject: 'y',
        text: `Quá hạn: ${SECRET}`,
        html: SECRET,
        dedupeKey: 'digest:2026-03-02:u9',
      },
      {
        userId: actors.leader!.userId,
        toAddress: 'c@d',
        subject: 'z',
        text: 'Kết luận công khai số 1',
        dedupeKey: 'digest:2026-03-09:u9',
      },
    ]);
    const file = readdirSync('db/migrations').find((f) => f.endsWith('_confidential_series.sql'))!;
    for (const statement of readFileSync(`db/migrations/${file}`, 'utf8').split('--> statement-breakpoint'))
      await h.db.execute(sql.raw(statement));
    const now = await listSessionDirectives({ actor: s, sessionId }, h.db);
    expect(new Map(now.map((d) => [d.id, d.ordinal]))).toEqual(want);
    const [notice] = await h.db.select().from(notifications).where(eq(notifications.dedupeKey, 'legacy:1:u1'));
    expect(notice!.body).toBe('Nhiệm vụ mật — đăng nhập để xem nội dung.');
    const mails = await h.db
      .select()
      .from(emailOutbox)
      .where(inArray(emailOutbox.dedupeKey, ['legacy:1:u1', 'digest:2026-03-02:u9', 'digest:2026-03-09:u9']));
    expect(mails.filter((m) => JSON.stringify(m).includes('MẬT-ĐÁNH-SỐ'))).toEqual([]);
    expect(mails.find((m) => m.subject === 'z')!.text).toBe('Kết luận công khai số 1');
  });

  it('derives the two series from the order alone', () => {
    const rows = [
      { id: 1, parentId: null, isConfidential: true },
      { id: 2, parentId: 1, isConfidential: true },
      { id: 3, parentId: null, isConfidential: false },
      { id: 4, parentId: 3, isConfidential: true },
      { id: 5, parentId: 3, isConfidential: false },
      { id: 6, parentId: null, isConfidential: false },
    ];
    expect(deriveOrdinals(rows).map((r) => r.ordinal)).toEqual(['M1', 'M1a', '1', 'M2', '1a', '2']);
  });
});
