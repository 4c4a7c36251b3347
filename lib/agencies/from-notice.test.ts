import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '@/db/client';
import { agencies, auditEntries } from '@/db/schema';
import { ForbiddenError, type Actor } from '@/lib/policy';
import { createTestDatabase } from '@/tests/db';
import { actorFor } from '@/tests/factories';
import { addAgencyFromNotice, addListedAgencies } from './from-notice';
import { guessAgencyKind } from './kind-guess';

let h: DatabaseHandle;
let secretariat: Actor;
let agencyHead: Actor;

beforeAll(async () => {
  h = await createTestDatabase();
  secretariat = await actorFor(h.db, { role: 'secretariat' });
  agencyHead = await actorFor(h.db, { role: 'agency', agencyCode: 'BNV' });
}, 60_000);
afterAll(() => h.close());

const row = async (id: number) => (await h.db.select().from(agencies).where(eq(agencies.id, id)))[0]!;

describe('addAgencyFromNotice', () => {
  it('adds a body the notice names with its kind and code read from the name, audited agency.create', async () => {
    const added = await addAgencyFromNotice(
      { actor: secretariat, values: { name: ' Tập đoàn Hóa chất Việt Nam ' } },
      h.db,
    );
    expect(added).toMatchObject({ name: 'Tập đoàn Hóa chất Việt Nam', created: true });
    expect(await row(added.agencyId)).toMatchObject({ code: 'TDHCVN', kind: 'state_enterprise' });
    const audit = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, String(added.agencyId)), eq(auditEntries.action, 'agency.create')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ name: 'Tập đoàn Hóa chất Việt Nam', fromNotice: true });
  });

  it('returns the agency of the same name instead of a second one (a second click, another person)', async () => {
    const first = await addAgencyFromNotice(
      { actor: secretariat, values: { name: 'Ủy ban Kinh tế của Quốc hội' } },
      h.db,
    );
    const again = await addAgencyFromNotice(
      { actor: secretariat, values: { name: 'ỦY BAN KINH TẾ CỦA QUỐC HỘI' } },
      h.db,
    );
    expect(again).toEqual({ agencyId: first.agencyId, name: 'Ủy ban Kinh tế của Quốc hội', created: false });
    // A registry agency, written another way ("UBND" for "Ủy ban nhân dân"), is found too.
    const [tuyenQuang] = await h.db.select().from(agencies).where(eq(agencies.code, 'P-TUYENQUANG'));
    const found = await addAgencyFromNotice(
      { actor: secretariat, values: { name: tuyenQuang!.name.replace('Ủy ban nhân dân', 'UBND') } },
      h.db,
    );
    expect(found).toMatchObject({ agencyId: tuyenQuang!.id, created: false });
  });

  it('makes one agency when two people add the same body at once, however they spell it', async () => {
    const [a, b] = await Promise.all([
      addAgencyFromNotice({ actor: secretariat, values: { name: 'Ủy ban Pháp luật của Quốc hội' } }, h.db),
      addAgencyFromNotice({ actor: secretariat, values: { name: 'ỦY BAN PHÁP LUẬT CỦA QUỐC HỘI' } }, h.db),
    ]);
    expect(a.agencyId).toBe(b.agencyId);
    expect([a.created, b.created].sort()).toEqual([false, true]);
  });

  it('gives a new body a free code when its initials are taken', async () => {
    const a = await addAgencyFromNotice({ actor: secretariat, values: { name: 'Tổng công ty Hàng hải' } }, h.db);
    const b = await addAgencyFromNotice({ actor: secretariat, values: { name: 'Tổng công ty Hàng hóa' } }, h.db);
    expect((await row(a.agencyId)).code).toBe('TCTHH');
    expect((await row(b.agencyId)).code).toBe('TCTHH-2');
  });

  it('refuses an agency head, and an empty name, writing nothing', async () => {
    const before = (await h.db.select({ id: agencies.id }).from(agencies)).length;
    await expect(
      addAgencyFromNotice({ actor: agencyHead, values: { name: 'Tập đoàn Dầu khí Việt Nam' } }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addAgencyFromNotice({ actor: secretariat, values: { name: '   ' } }, h.db)).rejects.toMatchObject({
      fieldErrors: { name: expect.stringContaining('validation.required') },
    });
    expect((await h.db.select({ id: agencies.id }).from(agencies)).length).toBe(before);
  });
});

describe('guessAgencyKind', () => {
  it.each([
    ['Bộ Tài chính', 'ministry'],
    ['Ủy ban nhân dân tỉnh Lào Cai', 'province'],
    ['UBND thành phố Hải Phòng', 'province'],
    ['Sở Công Thương tỉnh Lào Cai', 'provincial_department'],
    ['Ủy ban nhân dân xã Bản Lầu', 'commune'],
    ['Tổng công ty Đường sắt Việt Nam', 'state_enterprise'],
    ['Ngân hàng Nhà nước Việt Nam', 'ministry_level'],
    ['Ủy ban Kinh tế của Quốc hội', 'other'],
    ['Bộ Chỉ huy Quân sự tỉnh Lào Cai', 'other'],
    ['UBND thành phố Lào Cai', 'other'],
    ['Ủy ban nhân dân thành phố Hà Nội', 'province'],
  ])('%s is a %s', (name, kind) => expect(guessAgencyKind(name)).toBe(kind));
});

describe('addListedAgencies (a people list naming bodies the registry lacks)', () => {
  it('adds each body once, however the list spells it, and counts those already there', async () => {
    const admin = await actorFor(h.db, { role: 'admin' });
    const names = ['Sở Tài chính tỉnh Nghệ An', 'Sở tài chính Tỉnh Nghệ An', 'Sở Y tế tỉnh Nghệ An', 'Bộ Tư pháp'];
    expect(await addListedAgencies({ actor: admin, values: { names } }, h.db)).toEqual({ created: 2, existing: 1 });
    const added = await h.db.select().from(agencies).where(eq(agencies.name, 'Sở Tài chính tỉnh Nghệ An'));
    expect(added).toHaveLength(1);
    const audit = await h.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, String(added[0]!.id)), eq(auditEntries.action, 'agency.create')));
    expect(audit[0]!.after).toMatchObject({ fromPeopleList: true });
    // Again: nothing more.
    expect(await addListedAgencies({ actor: admin, values: { names } }, h.db)).toEqual({ created: 0, existing: 3 });
  });

  it('refuses an agency head, no names, and more than a hundred, writing nothing', async () => {
    const before = (await h.db.select({ id: agencies.id }).from(agencies)).length;
    await expect(
      addListedAgencies({ actor: agencyHead, values: { names: ['Sở Nội vụ tỉnh Nghệ An'] } }, h.db),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const admin = await actorFor(h.db, { role: 'admin' });
    await expect(addListedAgencies({ actor: admin, values: { names: [] } }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
    });
    const many = Array.from({ length: 101 }, (_, i) => `Sở số ${i} tỉnh Nghệ An`);
    await expect(addListedAgencies({ actor: admin, values: { names: many } }, h.db)).rejects.toMatchObject({
      code: 'INVALID',
    });
    expect((await h.db.select({ id: agencies.id }).from(agencies)).length).toBe(before);
  });
});
