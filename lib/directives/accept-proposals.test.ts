import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { agencies, committees, directives, notifications, sessions, tasks } from '@/db/schema';
import { DirectiveList } from '@/components/directive-list';
import { vi } from '@/lib/i18n/vi';
import { AppError } from '@/lib/errors';
import { saveDocument } from '@/lib/minutes/mutations';
import { assignableGroups, getDocument } from '@/lib/minutes/queries';
import { documentFieldsSchema } from '@/lib/minutes/schemas';
import type { Actor } from '@/lib/policy';
import { resolveGroup } from '@/lib/agencies/policy';
import { listAgencyRegistry } from '@/lib/agencies/queries';
import { assignToTargets } from '@/lib/tasks/assign';
import { assignSchema } from '@/lib/tasks/schemas';
import { inEnglish, inVietnamese } from '@/tests/i18n';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeDirective, makeSession } from '@/tests/factories';
import { parseConclusionText } from './conclusion-parser';
import { acceptProposals, deleteDirective, updateDirective } from './mutations';
import { parseNoticeHeader } from './notice-header';
import { proposalKeys as keys } from './proposal-keys';
import { listSessionDirectives } from './queries';
import { acceptProposalsSchema } from './schemas';

let h: DatabaseHandle;
let secretariat: Actor;
/** A user of Bộ Nội vụ, which the notices name as a lead. */
let bnvHead: Actor;
const agencyId: Record<string, number> = {};
/** The number of the last session made ("Phiên họp thứ N"). */
let sessionNo: number;
let committeeId: number;

/** A fresh held session of the administrative-reform committee on 05/03/2026. */
async function newSession(): Promise<number> {
  const session = await makeSession(h.db, secretariat, {
    title: 'Phiên họp Ban Chỉ đạo cải cách hành chính của Chính phủ',
    date: '05/03/2026',
    time: '09:00',
    format: 'online',
    status: 'held',
    location: 'Trụ sở Chính phủ',
  });
  sessionNo = session.number;
  return session.id;
}

/** The parser's proposals as the review form sends them (every item included). */
function asSent(sessionId: number, text: string, extra: Record<string, unknown> = {}) {
  return async () => {
    const registry = await listAgencyRegistry(h.db);
    const proposals = parseConclusionText(text, registry, { onDate: '2026-03-05', noticeDate: '2026-03-05' });
    return acceptProposalsSchema.parse({
      sessionId,
      issuedBy: 'Thủ tướng Chính phủ',
      items: proposals.map((p, i) => ({
        ...keys(proposals)[i]!,
        text: p.text,
        areaCodes: p.areaCodes,
        isCrossCutting: p.isCrossCutting,
        isAssessment: p.isAssessment,
        sourceDocument: p.sourceDocument,
        leadAgencyIds: p.leadAgencyIds,
        coordinatorIds: p.coordinatorAgencyIds,
        monitorAgencyId: p.monitorAgencyId,
        deadline: p.deadline,
        groups: p.groups,
      })),
      notice: parseNoticeHeader(text),
      ...extra,
    });
  };
}

/** A directive's text changed through the edit form's function, its other fields left plain. */
const reword = (d: { id: number; version: number }, text: string) =>
  updateDirective(
    {
      actor: secretariat,
      directiveId: d.id,
      version: d.version,
      values: {
        text,
        areaCodes: [],
        isCrossCutting: false,
        isAssessment: false,
        isConfidential: false,
        issuedBy: null,
        sourceDocument: null,
      },
    },
    h.db,
  );

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

async function tasksOf(sessionId: number) {
  const list = await listSessionDirectives({ actor: secretariat, sessionId }, h.db);
  return new Map(list.map((d) => [d.ordinal, d]));
}

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  bnvHead = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
  for (const a of await h.db.select().from(agencies)) agencyId[a.code] = a.id;
  const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
  committeeId = c!.id;
});
afterAll(() => h.close());

const HEADING_NOTICE = `VĂN PHÒNG CHÍNH PHỦ
Số: 61/TB-VPCP
Hà Nội, ngày 10 tháng 3 năm 2026
THÔNG BÁO
Thủ tướng Chính phủ kết luận như sau:
1. Giao Bộ Nội vụ chủ trì, phối hợp với Bộ Tư pháp, Văn phòng Chính phủ:
a) Xây dựng Đề án tinh gọn bộ máy, trình Thủ tướng Chính phủ trước ngày 30/6/2026;
b) Bộ Tài chính rà soát biên chế, hoàn thành trước ngày 30/9/2026.
2. Các bộ, ngành, địa phương tiếp tục rà soát, cắt giảm thủ tục hành chính; báo cáo hằng quý; Văn phòng Chính phủ theo dõi, đôn đốc.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, TCCV.
KT. BỘ TRƯỞNG, CHỦ NHIỆM
PHÓ CHỦ NHIỆM

Nguyễn Văn Minh`;

describe('acceptProposals', () => {
  it('saves a heading item whose sub-items carry the work, and a group as one task per member agency', async () => {
    const sessionId = await newSession();
    const values = await asSent(sessionId, HEADING_NOTICE)();
    // The heading has a lead and no deadline: it is not refused, it gets no task.
    await acceptProposals({ actor: secretariat, ...values }, h.db);
    const byOrdinal = await tasksOf(sessionId);
    expect([...byOrdinal.keys()]).toEqual(['1', '1a', '1b', '2']);
    expect(byOrdinal.get('1')!.tasks).toEqual([]);
    expect(byOrdinal.get('1a')!.tasks).toMatchObject([
      { leadName: 'Bộ Nội vụ', coordinatorNames: ['Bộ Tư pháp', 'Văn phòng Chính phủ'], dueDate: '2026-06-30' },
    ]);
    expect(byOrdinal.get('1b')!.tasks).toMatchObject([{ leadName: 'Bộ Tài chính', dueDate: '2026-09-30' }]);
    // "Các bộ, ngành, địa phương": the ministries and the provinces as of the session's day.
    const members = await resolveGroup(h.db, { group: 'ministries_and_provinces', day: '2026-03-05', committeeId });
    const ministries = await resolveGroup(h.db, { group: 'ministries', day: '2026-03-05', committeeId });
    const provinces = await resolveGroup(h.db, { group: 'provinces', day: '2026-03-05', committeeId });
    expect(members.length).toBe(ministries.length + provinces.length);
    const two = byOrdinal.get('2')!.tasks;
    expect(two.map((t) => t.leadAgencyId).sort()).toEqual([...members].sort());
    expect(two.every((t) => t.deadlineKind === 'recurring' && t.recurrence === 'quarterly')).toBe(true);
    expect(two.every((t) => t.monitorName === 'Văn phòng Chính phủ')).toBe(true);
    // The directives page names the group as the notice does, not "N cơ quan (…)".
    const [session] = await h.db.select().from(sessions).where(eq(sessions.id, sessionId));
    const html = renderToStaticMarkup(
      createElement(DirectiveList, {
        items: [byOrdinal.get('2')!],
        areaLabel: (c: string) => c,
        t: vi.directives,
        groups: await assignableGroups(session!.startsAt, session!.committeeId, h.db),
      }),
    );
    expect(html).toContain(
      'Các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chủ trì; Văn phòng Chính phủ theo dõi, đôn đốc',
    );
    expect(html).not.toMatch(/\d+ cơ quan \(/);
  });

  it('saves the same reviewed proposals once, sent twice or five times at once (attacker pass F2)', async () => {
    const sessionId = await newSession();
    const values = await asSent(sessionId, HEADING_NOTICE)();
    const sent = await Promise.allSettled(
      Array.from({ length: 5 }, () => acceptProposals({ actor: secretariat, ...values }, h.db)),
    );
    expect(sent.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = sent.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(inVietnamese((refused.reason as AppError).message)).toMatch(
      /^Các mục này đã được lưu vào phiên họp \(mục 1: “.+”\); không lưu lần thứ hai\.$/,
    );
    const saved = await h.db.select().from(directives).where(eq(directives.sessionId, sessionId));
    expect(saved.map((d) => d.ordinal).sort()).toEqual(['1', '1a', '1b', '2']);
    // One item that is not there yet: the paste overlaps what is saved, and is saved.
    const two = values.items.find((item) => item.key === '2')!;
    const three = { ...two, key: '3', text: 'Bộ Tư pháp rà soát văn bản.', groups: [], leadAgencyIds: [agencyId.BTP!] };
    await acceptProposals(
      { actor: secretariat, ...values, items: [{ ...two, groups: [], leadAgencyIds: [agencyId.BNV!] }, three] },
      h.db,
    );
    expect(await h.db.select().from(directives).where(eq(directives.sessionId, sessionId))).toHaveLength(6);
  });

  it('saves a review once, even sent again after one of its items was edited or deleted (attacker pass 23)', async () => {
    const sessionId = await newSession();
    const proposalSet = randomUUID();
    const values = await asSent(sessionId, HEADING_NOTICE, { proposalSet })();
    await acceptProposals({ actor: secretariat, ...values }, h.db);
    const saved = await h.db.select().from(directives).where(eq(directives.sessionId, sessionId));
    // One item reworded and another deleted since: the texts no longer all match, the review is still the same.
    const b = saved.find((d) => d.ordinal === '1b')!;
    await reword(b, 'Bộ Tài chính rà soát biên chế năm 2026.');
    const before = await h.db.select().from(tasks);
    const again = await refusal(acceptProposals({ actor: secretariat, ...values }, h.db));
    expect(inVietnamese(again.message)).toMatch(/^Bản xem xét này đã được lưu vào phiên họp/);
    expect(await h.db.select().from(tasks)).toHaveLength(before.length);
    expect(await h.db.select().from(directives).where(eq(directives.sessionId, sessionId))).toHaveLength(4);
    // A review refused for its content is not spent: fixed, the same review is saved.
    const other = await newSession();
    const fresh = await asSent(other, HEADING_NOTICE, { proposalSet: randomUUID() })();
    const bad = { ...fresh, items: fresh.items.map((i) => (i.key === '1b' ? { ...i, parentKey: 'x' } : i)) };
    await refusal(acceptProposals({ actor: secretariat, ...bad }, h.db));
    await acceptProposals({ actor: secretariat, ...fresh }, h.db);
    expect(await h.db.select().from(directives).where(eq(directives.sessionId, other))).toHaveLength(4);
  });

  it('deletes a directive at the version read: an edit saved meanwhile is not thrown away unseen (attacker pass 23)', async () => {
    const sessionId = await newSession();
    const b = await makeDirective(h.db, secretariat, sessionId, { text: 'Bộ Tài chính rà soát biên chế.' });
    await reword(b!, 'Bộ Tài chính rà soát biên chế, sửa lại.');
    const stale = await refusal(deleteDirective({ actor: secretariat, directiveId: b!.id, version: b!.version }, h.db));
    expect(stale.code).toBe('CONFLICT');
    await deleteDirective({ actor: secretariat, directiveId: b!.id, version: b!.version + 1 }, h.db);
    expect(await h.db.select().from(directives).where(eq(directives.id, b!.id))).toEqual([]);
  });

  it('assigns "Các bộ, ngành và địa phương" from the assign form as one task per ministry and province', async () => {
    const sessionId = await newSession();
    const [d] = await acceptProposals(
      {
        actor: secretariat,
        ...(await asSent(sessionId, '1. Rà soát thủ tục hành chính nội bộ, hoàn thành trước ngày 30/9/2026.')()),
      },
      h.db,
    );
    const input = assignSchema.parse({
      directiveId: d,
      target: 'ministries_and_provinces',
      asOf: 'session',
      deadline: { kind: 'dated', dueDate: '30/09/2026' },
    });
    const ids = await assignToTargets({ actor: secretariat, ...input }, h.db);
    const members = await resolveGroup(h.db, { group: 'ministries_and_provinces', day: '2026-03-05', committeeId });
    expect(ids).toHaveLength(members.length);
    const kinds = await h.db
      .selectDistinct({ kind: agencies.kind })
      .from(tasks)
      .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
      .where(inArray(tasks.id, ids));
    expect(kinds.map((k) => k.kind).sort()).toEqual(['ministry', 'ministry_level', 'province']);
  });

  it('fills the notice number, date, place and signer from the pasted notice; only empty fields of a saved one', async () => {
    const fresh = await newSession();
    await acceptProposals({ actor: secretariat, ...(await asSent(fresh, HEADING_NOTICE)()) }, h.db);
    const doc = await getDocument({ actor: secretariat, sessionId: fresh, kind: 'notice' }, h.db);
    expect(doc!.fields).toMatchObject({
      number: '61',
      symbol: 'TB-VPCP',
      place: 'Hà Nội',
      issueDate: '2026-03-10',
      authorityPrefix: 'KT',
      authorityBody: 'BỘ TRƯỞNG, CHỦ NHIỆM',
      signerTitle: 'PHÓ CHỦ NHIỆM',
      signerName: 'Nguyễn Văn Minh',
    });
    // A notice the secretariat saved with its own number keeps it; the empty signer is filled.
    const saved = await newSession();
    const base = await getDocument({ actor: secretariat, sessionId: saved, kind: 'notice' }, h.db);
    await saveDocument(
      {
        actor: secretariat,
        values: documentFieldsSchema.parse({ ...base!.fields, sessionId: saved, version: 0, number: '70' }),
      },
      h.db,
    );
    await acceptProposals({ actor: secretariat, ...(await asSent(saved, HEADING_NOTICE)()) }, h.db);
    const after = await getDocument({ actor: secretariat, sessionId: saved, kind: 'notice' }, h.db);
    expect(after!.fields).toMatchObject({ number: '70', signerName: 'Nguyễn Văn Minh', issueDate: '2026-03-10' });
  });

  it('names the item that fails, with its field errors, and saves nothing', async () => {
    const sessionId = await newSession();
    const values = await asSent(
      sessionId,
      '1. Bộ Tư pháp rà soát văn bản, hoàn thành trước ngày 30/6/2026.\n2. Bộ Nội vụ chủ trì rà soát biên chế.',
    )();
    const e = await refusal(acceptProposals({ actor: secretariat, ...values }, h.db));
    expect(inVietnamese(e.message)).toBe('Mục 2: chọn thời hạn cho nhiệm vụ.');
    expect(inEnglish(e.message)).toBe('Item 2: choose a deadline for the task.');
    expect(Object.fromEntries(Object.entries(e.fieldErrors).map(([k, m]) => [k, inVietnamese(m)]))).toEqual({
      'items.1': 'Chọn thời hạn cho nhiệm vụ.',
      'items.1.deadline': 'Chọn thời hạn.',
    });
    // An error from the assignment itself (an agency that has ended) names its item too.
    const ended = {
      ...values,
      items: [{ ...values.items[0]!, leadAgencyIds: [agencyId['P-HAGIANG']!], deadline: { kind: 'urgent' as const } }],
    };
    const e2 = await refusal(acceptProposals({ actor: secretariat, ...ended }, h.db));
    expect(inVietnamese(e2.message)).toMatch(/^Mục 1: không giao việc mới cho cơ quan đã chấm dứt hoạt động: .+\.$/);
    expect(inEnglish(e2.message)).toMatch(/^Item 1: new work cannot be given to agencies that have ceased operating: /);
    expect(Object.keys(e2.fieldErrors)).toContain('items.0');
    expect(await h.db.select().from(directives).where(eq(directives.sessionId, sessionId))).toEqual([]);
  });

  it('refuses an item number sent twice, on the second card, and saves nothing (attacker pass 30)', async () => {
    const sessionId = await newSession();
    const values = await asSent(
      sessionId,
      '1. Bộ Nội vụ chủ trì xây dựng Đề án, hoàn thành trước ngày 30/6/2026.\n2. Bộ Tài chính chủ trì rà soát biên chế, hoàn thành trước ngày 30/9/2026.\na) Bộ Tư pháp thẩm định, hoàn thành trước ngày 30/9/2026.',
    )();
    expect(values.items.map((i) => [i.key, i.parentKey])).toEqual([
      ['1', null],
      ['2', null],
      ['2a', '2'],
    ]);
    // The second item posted as "1" too, its sub-item under "1": the first "1" became a heading, saved with no task.
    const twice = [
      values.items[0]!,
      { ...values.items[1]!, key: '1' },
      { ...values.items[2]!, key: '1a', parentKey: '1' },
    ];
    const parsed = acceptProposalsSchema.safeParse({ sessionId, issuedBy: null, items: twice });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), inVietnamese(i.message)])).toEqual([
      ['items.1', 'Mục 1 được gửi hai lần: mỗi mục chỉ có một số thứ tự.'],
    ]);
    expect(inEnglish(parsed.error!.issues[0]!.message)).toBe(
      'Item 1 is sent twice: each item has a number of its own.',
    );
    expect(await h.db.select().from(directives).where(eq(directives.sessionId, sessionId))).toEqual([]);
    // The same items with their own numbers: each named lead gets its task.
    await acceptProposals({ actor: secretariat, ...values }, h.db);
    const saved = await tasksOf(sessionId);
    expect([...saved.keys()]).toEqual(['1', '2', '2a']);
  });

  it('saves a notice whose sections number their items again from 1, each sub-item under the item above it', async () => {
    const sessionId = await newSession();
    const values = await asSent(
      sessionId,
      `Ý kiến kết luận của Phó Thủ tướng như sau:
Về kết quả thực hiện
1. Các Bộ đã hoàn thành kế hoạch năm 2025.
2. Một số nhiệm vụ còn chậm.
Về nhiệm vụ thời gian tới
1. Bộ Tài chính chủ trì, phối hợp với Bộ Nội vụ hoàn thiện dự thảo Nghị định, trình Chính phủ trước ngày 30/6/2026.
2. Bộ Nội vụ rà soát thủ tục hành chính, báo cáo trước ngày 15/7/2026:
a) Rà soát các thủ tục, hoàn thành trước ngày 30/6/2026.
b) Đề xuất phương án, hoàn thành trước ngày 15/7/2026.`,
    )();
    // Keyed as the review form keys them: the numbers printed twice have keys of their own.
    expect(values.items.map((i) => [i.key, i.parentKey])).toEqual([
      ['1', null],
      ['2', null],
      ['1#3', null],
      ['2#4', null],
      ['2a', '2#4'],
      ['2b', '2#4'],
    ]);
    await acceptProposals({ actor: secretariat, ...values }, h.db);
    const saved = await h.db
      .select()
      .from(directives)
      .where(eq(directives.sessionId, sessionId))
      .orderBy(directives.id);
    expect(saved).toHaveLength(6);
    // The assessment "2" is no heading: the sub-items are the second "2"'s.
    expect(saved.filter((d) => d.parentId === saved[3]!.id)).toHaveLength(2);
    expect(saved.filter((d) => d.parentId === saved[1]!.id)).toHaveLength(0);
    const leads = await h.db
      .select({ directiveId: tasks.directiveId, agencyId: tasks.leadAgencyId })
      .from(tasks)
      .where(
        inArray(
          tasks.directiveId,
          saved.map((d) => d.id),
        ),
      );
    expect(leads.some((t) => t.directiveId === saved[2]!.id && t.agencyId === agencyId.BTC)).toBe(true);
  });

  it("tells the lead agency of the new task with the item's number, the session and the deadline", async () => {
    const sessionId = await newSession();
    await acceptProposals({ actor: secretariat, ...(await asSent(sessionId, HEADING_NOTICE)()) }, h.db);
    const [task] = await h.db
      .select({ id: tasks.id })
      .from(tasks)
      .innerJoin(directives, eq(directives.id, tasks.directiveId))
      .where(and(eq(directives.sessionId, sessionId), eq(tasks.leadAgencyId, agencyId.BNV!)));
    const [n] = await h.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.userId, bnvHead.userId),
          inArray(notifications.link, [`/tasks/${task!.id}`]),
          eq(notifications.kind, 'task_assigned'),
        ),
      );
    expect(n!.body).toBe(
      `1a. Xây dựng Đề án tinh gọn bộ máy, trình Thủ tướng Chính phủ trước ngày 30/6/2026 — Phiên họp thứ ${sessionNo} — Thời hạn: 30/06/2026`,
    );
    expect(n!.body).not.toContain('?.');
  });
});
