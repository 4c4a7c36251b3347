import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, committees, tasks } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { offeredGroups } from '@/lib/agencies/policy';
import { assignableGroups } from '@/lib/minutes/queries';
import type { Actor } from '@/lib/policy';
import { assignToTargets } from '@/lib/tasks/assign';
import { assignSchema } from '@/lib/tasks/schemas';
import { createTestDatabase } from '@/tests/db';
import { actorFor, makeSession } from '@/tests/factories';
import { noticeIssuerProvince } from './conclusion-parser';
import { acceptProposals } from './mutations';
import { parseNoticeHeader } from './notice-header';
import { proposalKeys as keys } from './proposal-keys';
import { proposeForSession } from './propose';
import { acceptProposalsSchema } from './schemas';

/**
 * Decision 076: "các sở, ban, ngành" and "UBND các xã, phường" in a province's notice are that province's bodies, in
 * every way they are assigned (a reviewed notice, the assign form, the notice's wording), never another province's
 * from the reference data (Hà Giang / Tuyên Quang's departments) nor every department in the registry.
 */
let h: DatabaseHandle;
let secretariat: Actor;
const id: Record<string, number> = {};

const ITEMS = [
  '1. Các sở, ban, ngành tỉnh rà soát thủ tục hành chính nội bộ, báo cáo trước ngày 30/6/2026.',
  '2. UBND các xã, phường đẩy mạnh chuyển đổi số, hoàn thành trước ngày 30/9/2026.',
];
const NOTICE = ['THÔNG BÁO', 'Kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ hai', ...ITEMS].join('\n');
/** The same items under a Lào Cai header, pasted on a session of a committee of no province. */
const LAO_CAI_NOTICE = [
  'ỦY BAN NHÂN DÂN',
  'TỈNH LÀO CAI',
  'Số: 12/TB-UBND',
  'Lào Cai, ngày 10 tháng 3 năm 2026',
  'THÔNG BÁO',
  'Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo',
  ...ITEMS,
].join('\n');

const codesOf = async (ids: number[]) =>
  (await h.db.select({ code: agencies.code }).from(agencies).where(inArray(agencies.id, ids)))
    .map((r) => r.code)
    .sort();

async function leadsOf(directiveIds: number[]) {
  const rows = await h.db
    .select({ directiveId: tasks.directiveId, code: agencies.code })
    .from(tasks)
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .where(inArray(tasks.directiveId, directiveIds));
  return directiveIds.map((d) =>
    rows
      .filter((r) => r.directiveId === d)
      .map((r) => r.code)
      .sort(),
  );
}

/** The parser's proposals for a session, as the review form sends them back. */
async function reviewed(sessionId: number, committeeName: string, text: string, committeeId: number) {
  const proposals = await proposeForSession(
    text,
    { startsAt: new Date('2026-03-05T02:00:00Z'), committeeName, committeeId },
    h.db,
  );
  return {
    proposals,
    values: acceptProposalsSchema.parse({
      sessionId,
      issuedBy: null,
      items: proposals.map((p, i) => ({
        ...keys(proposals)[i]!,
        text: p.text,
        areaCodes: p.areaCodes,
        isCrossCutting: p.isCrossCutting,
        isAssessment: p.isAssessment,
        leadAgencyIds: p.leadAgencyIds,
        coordinatorIds: p.coordinatorAgencyIds,
        monitorAgencyId: p.monitorAgencyId,
        deadline: p.deadline,
        groups: p.groups,
      })),
      notice: { ...parseNoticeHeader(text), province: noticeIssuerProvince(text) },
    }),
  };
}

const session = (committeeCode: string) =>
  makeSession(h.db, secretariat, {
    title: 'Phiên họp Ban Chỉ đạo',
    date: '05/03/2026',
    time: '09:00',
    format: 'in_person',
    status: 'held',
    committeeCode,
  });

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  for (const a of await h.db.select().from(agencies)) id[a.code] = a.id;
  // Lào Cai's bodies beside the reference data's Tuyên Quang (and Hà Giang) departments
  const add = async (code: string, name: string, kind: 'provincial_department' | 'commune', parent: string) => {
    const [row] = await h.db.insert(agencies).values({ code, name, kind, parentId: id[parent]! }).returning();
    id[code] = row!.id;
  };
  await add('LC-SNV', 'Sở Nội vụ tỉnh Lào Cai', 'provincial_department', 'P-LAOCAI');
  await add('LC-STP', 'Sở Tư pháp tỉnh Lào Cai', 'provincial_department', 'P-LAOCAI');
  await add('LC-XA-BANLAU', 'UBND xã Bản Lầu', 'commune', 'P-LAOCAI');
  await add('TQ-XA-MINHXUAN', 'UBND xã Minh Xuân', 'commune', 'P-TUYENQUANG');
  const committee = async (code: string, name: string, level: 'central' | 'provincial', standing: string) =>
    h.db.insert(committees).values({ code, name, level, standingAgencyId: id[standing]! });
  await committee('BCD-LC', 'Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai', 'provincial', 'LC-SNV');
  await committee('BCD-X', 'Ban Chỉ đạo chuyển đổi số', 'central', 'BNV');
}, 60_000);
afterAll(() => h.close());

describe("a provincial notice's groups (decision 076)", () => {
  it("gives a Lào Cai committee's 'các sở, ban, ngành' and 'UBND các xã, phường' to Lào Cai's bodies only", async () => {
    const s = await session('BCD-LC');
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-LC'));
    const { proposals, values } = await reviewed(s.id, c!.name, NOTICE, c!.id);
    expect(proposals.map((p) => p.groups)).toEqual([['departments'], ['localities']]);
    // the card says whose and how many, as saving gives them
    expect(proposals[0]!.notes).toContain(
      '"các sở, ban, ngành": 2 cơ quan của UBND tỉnh Lào Cai nhận nhiệm vụ khi lưu (tính theo ngày phiên họp).',
    );
    expect(proposals[1]!.notes).toContain(
      '"UBND các xã, phường": 1 cơ quan của UBND tỉnh Lào Cai nhận nhiệm vụ khi lưu (tính theo ngày phiên họp).',
    );
    const saved = await acceptProposals({ actor: secretariat, ...values }, h.db);
    expect(await leadsOf(saved)).toEqual([['LC-SNV', 'LC-STP'], ['LC-XA-BANLAU']]);
    // the notice's wording names the group as the tasks are: the committee's province's bodies
    const groups = await assignableGroups(s.startsAt, c!.id, h.db);
    const departments = groups.find((g) => g.agencyIds.includes(id['LC-SNV']!));
    expect(await codesOf(departments!.agencyIds)).toEqual(['LC-SNV', 'LC-STP']);
  });

  it("gives the assign form's 'các sở, ban, ngành' of a Lào Cai directive to Lào Cai's departments", async () => {
    const s = await session('BCD-LC');
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-LC'));
    const { values } = await reviewed(
      s.id,
      c!.name,
      '1. Rà soát thủ tục hành chính nội bộ, hoàn thành trước ngày 30/9/2026.',
      c!.id,
    );
    const [d] = await acceptProposals({ actor: secretariat, ...values }, h.db);
    const input = assignSchema.parse({
      directiveId: d,
      target: 'departments',
      asOf: 'today',
      deadline: { kind: 'dated', dueDate: '30/09/2026' },
    });
    const ids = await assignToTargets({ actor: secretariat, ...input }, h.db);
    expect(await leadsOf([d!])).toEqual([['LC-SNV', 'LC-STP']]);
    expect(ids).toHaveLength(2);
    // the form offers the province's groups to the province's committee
    expect(await offeredGroups(c!.id, h.db)).toEqual(expect.arrayContaining(['departments', 'localities']));
  });

  it("takes the issuing province a notice's header names when the committee has none", async () => {
    const s = await session('BCD-X');
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-X'));
    const { proposals, values } = await reviewed(s.id, c!.name, LAO_CAI_NOTICE, c!.id);
    expect(values.notice?.province).toBe('tỉnh Lào Cai');
    expect(proposals.map((p) => p.groups)).toEqual([['departments'], ['localities']]);
    const saved = await acceptProposals({ actor: secretariat, ...values }, h.db);
    expect(await leadsOf(saved)).toEqual([['LC-SNV', 'LC-STP'], ['LC-XA-BANLAU']]);
  });

  it('proposes no group when no province is known, says so on the card, and refuses one sent anyway', async () => {
    const s = await session('BCD-X');
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-X'));
    const { proposals, values } = await reviewed(s.id, c!.name, NOTICE, c!.id);
    expect(proposals.map((p) => p.groups)).toEqual([[], []]);
    expect(proposals[0]!.notes.join(' ')).toContain('không rõ của tỉnh nào');
    expect(proposals[1]!.notes.join(' ')).toContain('UBND các xã, phường');
    // a group sent anyway (a replay, a hand-made form): refused, naming the item, nothing saved
    const forged = {
      ...values,
      items: values.items.map((item, i) => ({
        ...item,
        groups: ([['departments'], ['localities']] as const)[i]!.slice(),
      })),
    };
    const before = await h.db.select({ id: tasks.id }).from(tasks);
    const e = await acceptProposals({ actor: secretariat, ...forged }, h.db).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).fieldErrors['items.0']).toBe('errors.directives.groupProvinceUnknown');
    expect(await h.db.select({ id: tasks.id }).from(tasks)).toHaveLength(before.length);
    // the assign form alike
    const [d] = await acceptProposals({ actor: secretariat, ...values }, h.db);
    const input = assignSchema.parse({
      directiveId: d,
      target: 'localities',
      asOf: 'session',
      deadline: { kind: 'dated', dueDate: '30/09/2026' },
    });
    const refused = await assignToTargets({ actor: secretariat, ...input }, h.db).catch((x: unknown) => x);
    expect((refused as AppError).message).toBe('errors.agencies.groupProvinceUnknown');
    // so the assign form does not offer what saving would refuse
    expect(await offeredGroups(c!.id, h.db)).toEqual([
      'committee_members',
      'ministries',
      'provinces',
      'ministries_and_provinces',
    ]);
    // and the notice's wording has no province's group to name
    const groups = await assignableGroups(s.startsAt, c!.id, h.db);
    expect(groups.some((g) => g.agencyIds.includes(id['TQ-SNV']!))).toBe(false);
  });

  it("leaves a ministry-level committee's 'các Bộ, ngành' as it was", async () => {
    const s = await session('BCD-CCHH');
    const [c] = await h.db.select().from(committees).where(eq(committees.code, 'BCD-CCHH'));
    const text = '1. Các Bộ, ngành rà soát thủ tục hành chính nội bộ, hoàn thành trước ngày 30/9/2026.';
    const { proposals, values } = await reviewed(s.id, c!.name, text, c!.id);
    expect(proposals[0]!.groups).toEqual(['ministries']);
    const saved = await acceptProposals({ actor: secretariat, ...values }, h.db);
    const [leads] = await leadsOf(saved);
    expect(leads).toHaveLength(17);
    expect(leads).toContain('BNV');
  });
});
